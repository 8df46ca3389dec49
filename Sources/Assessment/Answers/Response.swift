public import Questionnaire
import Synchronization

/// A respondent's answers to one version of one questionnaire.
public struct Response: Sendable, Hashable {
    public var questionnaire: String
    public var version: SemanticVersion
    /// The digest of the questionnaire file the answers were made with, when recorded.
    public var digest: String?
    /// The answers by question id.
    public var answers: [QuestionID: Answer] {
        get {
            switch storage {
            case .byID(let answers): answers
            case .byPosition(let kept): kept.byID
            }
        }
        set { storage = .byID(newValue) }
        _modify {
            // Taken out first, so that changing one answer changes the dictionary in place.
            var answers = self.answers
            storage = .byID([:])
            defer { storage = .byID(answers) }
            yield &answers
        }
    }
    /// Optional questions the respondent chose to skip.
    public var skipped: Set<QuestionID>

    /// The answers as they were given: by id, or by position as the reader found them.
    private var storage: Storage

    private enum Storage: Sendable {
        case byID([QuestionID: Answer])
        case byPosition(KeptPositions)
    }

    public init(
        questionnaire: String, version: SemanticVersion, digest: String? = nil,
        answers: [QuestionID: Answer] = [:], skipped: Set<QuestionID> = []
    ) {
        self.questionnaire = questionnaire
        self.version = version
        self.digest = digest
        self.storage = .byID(answers)
        self.skipped = skipped
    }

    /// A response with the answers by position as the reader worked them out; its answers
    /// by id are made the first time they are asked for.
    init(questionnaire: String, version: SemanticVersion, digest: String?, positions: Positions, skipped: Set<QuestionID>) {
        self.questionnaire = questionnaire
        self.version = version
        self.digest = digest
        self.storage = .byPosition(KeptPositions(positions))
        self.skipped = skipped
    }

    public var reference: String { "\(questionnaire)@\(version)" }

    /// The answers by position in the questionnaire they were read against, and which
    /// questions it hides from a role, as the reader worked them out: an assessment of the
    /// same questionnaire and role starts from them instead of working them out again.
    /// Gone as soon as `answers` change; no part of a response's value.
    var positions: Positions? {
        if case .byPosition(let kept) = storage { return kept.positions }
        return nil
    }

    /// Positions kept by a response, with its answers by id made once, when first asked for.
    private final class KeptPositions: Sendable {
        let positions: Positions
        private let made = Mutex<[QuestionID: Answer]?>(nil)

        init(_ positions: Positions) {
            self.positions = positions
        }

        var byID: [QuestionID: Answer] {
            if let made = made.withLock({ $0 }) { return made }
            let ids = positions.index.ids
            var answers: [QuestionID: Answer] = [:]
            for position in positions.answers.indices {
                if let answer = positions.answers[position] { answers[ids[position]] = answer }
            }
            return made.withLock { made in
                if let made { return made }
                made = answers
                return answers
            }
        }
    }

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
