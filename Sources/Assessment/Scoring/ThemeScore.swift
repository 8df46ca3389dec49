public import Questionnaire

/// The score of one theme, or why it has none.
public struct ThemeScore: Sendable, Hashable {
    public var theme: String
    public var method: ScoringMethod
    /// Nil when the theme has too little to score; `noScore` says why.
    public var score: Double?
    /// Why there is no score; nil when there is one.
    public var noScore: NoScoreReason?
    public var level: Level?
    public var questions: [QuestionScore]
    /// Shown questions that score.
    public var scoredQuestions: Int
    /// Shown scoring questions without a value (unanswered or n.v.t.).
    public var missing: Int
    /// For a sum with missing answers within the policy: the sum was scaled up to the full
    /// theme, so it compares with complete ones. Reports mark such scores.
    public var extrapolated: Bool

    public init(
        theme: String, method: ScoringMethod, score: Double?, level: Level?, questions: [QuestionScore],
        scoredQuestions: Int, missing: Int, extrapolated: Bool, noScore: NoScoreReason? = nil
    ) {
        self.theme = theme
        self.method = method
        self.score = score
        self.level = level
        self.questions = questions
        self.scoredQuestions = scoredQuestions
        self.missing = missing
        self.extrapolated = extrapolated
        self.noScore = score == nil ? noScore : nil
    }

    public func question(_ id: QuestionID) -> QuestionScore? {
        for index in questions.indices where questions[index].id == id { return questions[index] }
        return nil
    }
}
