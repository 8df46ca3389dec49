/// How answers made with an earlier version carry over to this one.
public struct Migration: Sendable, Hashable {
    /// The version answers come from.
    public var from: SemanticVersion
    /// Per question of the earlier version, what becomes of its answer.
    public var questions: [QuestionID: Step]

    /// What happens to one question's answer.
    public enum Step: Sendable, Hashable {
        /// Carried to these questions (one for a rename, several for a split), with option keys mapped.
        case carry(to: [QuestionID], options: [String: String])
        /// Not carried over; the respondent answers the new question(s) again.
        case drop
    }

    public init(from: SemanticVersion, questions: [QuestionID: Step]) {
        self.from = from
        self.questions = questions
    }
}
