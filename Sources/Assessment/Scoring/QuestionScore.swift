public import Questionnaire

/// What became of one question in scoring.
public struct QuestionScore: Sendable, Hashable {
    /// Why a question has or lacks a value.
    public enum Status: String, Sendable, Hashable {
        /// Answered with an option that has a value.
        case scored
        /// Answered *n.v.t.*: an option without value; left out of every score.
        case notApplicable = "nvt"
        /// Answered *weet ik niet*: an answer without value, counted apart from n.v.t.;
        /// left out of every score.
        case unknown = "weet-niet"
        /// Shown but not answered (or skipped).
        case unanswered
        /// Hidden by its `show_if`; left out of every score.
        case hidden
        /// A question type that never scores (yes/no, number, text).
        case unscored
    }

    public var id: QuestionID
    public var status: Status
    /// The numeric value that counts, before weighting.
    public var value: Double?
    public var weight: Double
    /// The option keys answered, for display.
    public var keys: [String] {
        get {
            switch answered {
            case .none: []
            case .one(let key): [key]
            case .several(let keys): keys
            }
        }
        set { answered = OptionKeys(newValue) }
    }

    /// The keys as stored: most questions have one, which needs no array of its own.
    var answered: OptionKeys

    public init(id: QuestionID, status: Status, value: Double?, weight: Double, keys: [String]) {
        self.init(id: id, status: status, value: value, weight: weight, answered: OptionKeys(keys))
    }

    init(id: QuestionID, status: Status, value: Double?, weight: Double, answered: OptionKeys) {
        self.id = id
        self.status = status
        self.value = value
        self.weight = weight
        self.answered = answered
    }

    /// Whether the question counts toward its theme's missing-data share.
    var countsAsMissing: Bool { Self.countsAsMissing(status) }

    /// Whether a question with `status` counts toward its theme's missing-data share.
    static func countsAsMissing(_ status: Status) -> Bool { status == .notApplicable || status == .unknown || status == .unanswered }
}

/// The option keys of an answer, without an array for the usual single key. Every list has
/// one form, so equal lists are equal values.
enum OptionKeys: Sendable, Hashable {
    case none
    case one(String)
    case several([String])

    init(_ keys: [String]) {
        switch keys.count {
        case 0: self = .none
        case 1: self = .one(keys[0])
        default: self = .several(keys)
        }
    }

    var isEmpty: Bool {
        if case .none = self { return true }
        return false
    }

    /// Calls `body` with each key in order.
    func forEach(_ body: (String) -> Void) {
        switch self {
        case .none: break
        case .one(let key): body(key)
        case .several(let keys): keys.forEach(body)
        }
    }
}
