/// A theme (section) of a questionnaire, holding its questions.
public struct Theme: Sendable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Weight of the theme in the safeguard's score.
    public var weight: Double
    /// How the theme's question scores combine; the questionnaire's method when nil.
    public var method: ScoringMethod?
    /// The theme's own levels, needed when it sums; the questionnaire's when nil.
    public var levels: [Level]?
    public var questions: [Question]
    /// The ids of the roles the theme's questions are asked of, unless a question names its
    /// own; nil when every role gets them.
    public var roles: [String]?
    /// What a board can do when the theme scores low: the action of its built-in
    /// development point (`findings: {low_theme: development_point}`).
    public var action: LocalizedText?

    public init(
        id: String, title: LocalizedText, description: LocalizedText? = nil, weight: Double = 1,
        method: ScoringMethod? = nil, levels: [Level]? = nil, questions: [Question], roles: [String]? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
        self.method = method
        self.levels = levels
        self.questions = questions
        self.roles = roles
    }
}

extension Theme {
    /// Whether every weight and option value is a whole number, so the theme's sums are.
    public var isWholeNumbered: Bool {
        questions.allSatisfy { question in
            question.weight == question.weight.rounded()
                && question.kind.options.allSatisfy { ($0.value ?? 0) == ($0.value ?? 0).rounded() }
        }
    }
}
