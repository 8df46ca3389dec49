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
    /// Other boards the regional comparison needs before it shows anything.
    public var minimumBoards: Int
    /// The rule that decides which figures may be shown; `PanelPart` applies it per figure.
    public var privacy: PrivacyRule

    /// What may be shown over all the board's respondents: which roles apart.
    public var disclosure: Disclosure { privacy.disclosure(roles) }

    /// Whether a role's figures may be shown apart, over the whole board.
    public func isShown(role: String) -> Bool { disclosure.shows(role: role) }

    /// Whether the regional comparison has enough other boards to be shown.
    public var showsRegion: Bool { benchmarkBoards >= minimumBoards }

    /// Whether a joint self-assessment was given.
    public var hasConsensus: Bool { parts.contains { !$0.consensus.isEmpty } }

    /// Adds the board's joint self-assessment: its theme scores beside the respondents'.
    ///
    /// A joint score is shown only where the board's own mean of the theme may be shown.
    /// A draft from `waarborg consensus` repeats what its respondents answered, so where
    /// fewer than the minimum group answered a theme, its joint score could be one
    /// person's: the privacy promise made when answering holds for it too.
    public mutating func addConsensus(_ joint: RespondentAssessment) {
        for index in parts.indices {
            guard let card = joint.parts.first(where: { $0.questionnaire.id == parts[index].questionnaire.id })?.card else { continue }
            for theme in card.themes {
                guard let score = theme.score, parts[index].disclosure(parts[index].aggregate.theme(theme.theme)).showsMean else { continue }
                parts[index].consensus[theme.theme] = score
            }
        }
    }
}

/// One safeguard in a panel brief.
public struct PanelPart: Sendable {
    public var questionnaire: Questionnaire
    public var aggregate: PartAggregate
    /// The board's scores: per theme the mean of respondents' theme scores.
    public var card: ScoreCard
    /// Per theme, the change since the earlier self-assessment, when one was given.
    public var changes: [ThemeChange]
    /// Per theme, the region's other boards, when a benchmark with enough of them scored it.
    public var region: [String: RegionFigure]
    /// The board's privacy rule, for the figures of this part.
    public var privacy: PrivacyRule
    /// Per theme id, the score of the board's joint self-assessment (`kind: consensus`),
    /// when one was given: the board's own view beside its respondents' spread.
    public var consensus: [String: Double] = [:]

    /// What may be shown of a theme's or the safeguard's scores.
    public func disclosure(_ scores: ScoreAggregate) -> Disclosure { privacy.disclosure(scores) }

    /// What may be shown of a statement's figures.
    public func disclosure(_ question: QuestionAggregate) -> Disclosure { privacy.disclosure(question) }
}

/// The other boards of the region on one theme, together: never one board's own figure,
/// so no lowest or highest board.
public struct RegionFigure: Sendable, Hashable {
    /// Other boards with a score on the theme.
    public var boards: Int
    /// The mean of their board means (each board counts once).
    public var mean: Double
    /// The standard deviation between their board means.
    public var standardDeviation: Double?

    /// The region's figure over `means`, or nil when fewer than `minimum` boards have one.
    public init?(_ means: Statistics, minimum: Int) {
        guard means.count >= Swift.max(2, minimum), let mean = means.mean else { return nil }
        self.boards = means.count
        self.mean = mean
        self.standardDeviation = means.standardDeviation
    }
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
