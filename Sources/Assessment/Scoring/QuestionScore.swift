public import Questionnaire

/// What became of one question in scoring.
public struct QuestionScore: Sendable, Hashable {
    /// Why a question has or lacks a value.
    public enum Status: String, Sendable, Hashable {
        /// Answered with an option that has a value.
        case scored
        /// Answered *n.v.t.*: an option without value; left out of every score.
        case notApplicable = "nvt"
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
    public var keys: [String]

    public init(id: QuestionID, status: Status, value: Double?, weight: Double, keys: [String]) {
        self.id = id
        self.status = status
        self.value = value
        self.weight = weight
        self.keys = keys
    }

    /// Whether the question counts toward its theme's missing-data share.
    var countsAsMissing: Bool { status == .notApplicable || status == .unanswered }
}
