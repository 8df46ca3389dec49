public import Questionnaire

/// Everything a review panel gets before its conversation with a board.
public struct PanelBrief: Sendable {
    /// The board's name(s) as given by its respondents.
    public var organisations: [String]
    public var respondents: Int
    /// Respondents per role id.
    public var roles: [String: Int]
    /// Roles with fewer respondents are not shown apart.
    public var minimumGroup: Int
    public var parts: [PanelPart]
    /// Findings over the board together, with disagreement, role gaps and changes, ordered.
    public var findings: [Finding]
    /// Whether an earlier self-assessment was given.
    public var hasPrevious: Bool
    /// Number of other boards in the regional comparison (0 when none was given).
    public var benchmarkBoards: Int

    /// Whether a role's group is large enough to show apart.
    public func isShown(role: String) -> Bool { (roles[role] ?? 0) >= minimumGroup }
}

/// One safeguard in a panel brief.
public struct PanelPart: Sendable {
    public var questionnaire: Questionnaire
    public var aggregate: PartAggregate
    /// The board's scores: per theme the mean of respondents' theme scores.
    public var card: ScoreCard
    /// Per theme, the change since the earlier self-assessment, when one was given.
    public var changes: [ThemeChange]
    /// Per theme, the region's boards, when a benchmark was given.
    public var region: [String: Statistics]
}

/// How a theme's board score changed since an earlier self-assessment.
public struct ThemeChange: Sendable, Hashable {
    public var theme: String
    public var before: Double?
    public var now: Double?
    /// False when the earlier assessment used a version in which the theme differs.
    public var comparable: Bool

    public var delta: Double? {
        guard comparable, let before, let now else { return nil }
        return now - before
    }
}
