public import Questionnaire

/// The scores of one response to one questionnaire: per question, theme and safeguard.
public struct ScoreCard: Sendable, Hashable {
    public var questionnaire: String
    public var version: SemanticVersion
    public var themes: [ThemeScore]
    /// The safeguard's score, combined from its themes; nil when too few themes scored.
    public var score: Double?
    public var level: Level?
    /// Why the safeguard has no score; nil when it has one.
    public var noScore: NoScoreReason?

    public init(
        questionnaire: String, version: SemanticVersion, themes: [ThemeScore], score: Double?, level: Level?,
        noScore: NoScoreReason? = nil
    ) {
        self.questionnaire = questionnaire
        self.version = version
        self.themes = themes
        self.score = score
        self.level = level
        self.noScore = score == nil ? noScore : nil
    }

    /// Whether the safeguard's score is built from an extrapolated theme sum, so reports
    /// mark it as they mark that theme.
    public var extrapolated: Bool {
        score != nil && themes.contains { $0.extrapolated && $0.score != nil }
    }

    public func theme(_ id: String) -> ThemeScore? {
        // By index: iterating would copy every theme score it passes.
        for index in themes.indices where themes[index].theme == id { return themes[index] }
        return nil
    }

    public func question(_ id: QuestionID) -> QuestionScore? { theme(id.theme)?.question(id) }
}
