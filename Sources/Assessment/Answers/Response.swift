public import Questionnaire

/// A respondent's answers to one version of one questionnaire.
public struct Response: Sendable, Hashable {
    public var questionnaire: String
    public var version: SemanticVersion
    /// The digest of the questionnaire file the answers were made with, when recorded.
    public var digest: String?
    /// Answers in the order they appear in the file or were given.
    public var answers: [QuestionID: Answer] {
        didSet { positions = nil }
    }
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

    /// The answers by position in the questionnaire they were read against, and which
    /// questions it hides from a role, as the reader worked them out: an assessment of the
    /// same questionnaire and role starts from them instead of working them out again.
    /// Dropped whenever `answers` change; no part of a response's value.
    var positions: Positions?

    /// Answers by position and hidden positions for one question index and role.
    struct Positions: Sendable {
        let index: Questionnaire.QuestionIndex
        let role: String?
        let answers: [Answer?]
        let hidden: [Bool]

        /// These positions, when they were made for `index` and `role`.
        func matching(_ index: Questionnaire.QuestionIndex, role: String?) -> Positions? {
            self.index.isSame(as: index) && self.role == role ? self : nil
        }
    }

    // Equal and hashed by value, without the positions kept beside it.

    public static func == (a: Response, b: Response) -> Bool {
        a.questionnaire == b.questionnaire && a.version == b.version && a.digest == b.digest && a.answers == b.answers
            && a.skipped == b.skipped
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(questionnaire)
        hasher.combine(version)
        hasher.combine(digest)
        hasher.combine(answers)
        hasher.combine(skipped)
    }
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
