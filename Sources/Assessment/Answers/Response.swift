public import Questionnaire

/// A respondent's answers to one version of one questionnaire.
public struct Response: Sendable, Hashable {
    public var questionnaire: String
    public var version: SemanticVersion
    /// The digest of the questionnaire file the answers were made with, when recorded.
    public var digest: String?
    /// Answers in the order they appear in the file or were given.
    public var answers: [QuestionID: Answer]
    /// Optional questions the respondent chose to skip.
    public var skipped: Set<QuestionID>

    public init(
        questionnaire: String, version: SemanticVersion, digest: String? = nil,
        answers: [QuestionID: Answer] = [:], skipped: Set<QuestionID> = []
    ) {
        self.questionnaire = questionnaire
        self.version = version
        self.digest = digest
        self.answers = answers
        self.skipped = skipped
    }

    public var reference: String { "\(questionnaire)@\(version)" }
}

/// The contents of one answers file: one respondent, answers to one or more questionnaires.
public struct AnswersFile: Sendable, Hashable {
    public var respondent: Respondent
    /// ISO 8601 times, as written; informative only.
    public var started: String?
    public var updated: String?
    public var responses: [Response]

    public init(respondent: Respondent, started: String? = nil, updated: String? = nil, responses: [Response] = []) {
        self.respondent = respondent
        self.started = started
        self.updated = updated
        self.responses = responses
    }

    public func response(for questionnaire: String) -> Response? {
        responses.first { $0.questionnaire == questionnaire }
    }
}
