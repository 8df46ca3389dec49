/// How scores of the parts of a theme combine.
public enum ScoringMethod: String, Sendable, Hashable, CaseIterable {
    /// The weighted mean of the scored answers.
    case mean
    /// The weighted sum of the scored answers.
    case sum
}

/// When a theme has too little to score.
public struct MissingDataPolicy: Sendable, Hashable {
    /// The largest share (0…1) of a theme's shown scored questions that may be unanswered
    /// or *n.v.t.* while the theme still gets a score.
    public var maxShare: Double

    public init(maxShare: Double = 0.5) {
        self.maxShare = maxShare
    }
}

/// A band on a score, such as *in ontwikkeling*.
public struct Level: Sendable, Hashable, Identifiable {
    /// The upper end of a level.
    public enum UpperBound: Sendable, Hashable {
        /// Scores below this value (exclusive).
        case below(Double)
        /// Scores up to and including this value.
        case max(Double)
        /// No upper bound.
        case none
    }

    public var id: String
    public var label: LocalizedText
    /// Inclusive lower bound; nil for no lower bound.
    public var min: Double?
    public var upper: UpperBound

    public init(id: String, label: LocalizedText, min: Double?, upper: UpperBound) {
        self.id = id
        self.label = label
        self.min = min
        self.upper = upper
    }

    @inlinable
    public func contains(_ score: Double) -> Bool {
        if let min, score < min { return false }
        switch upper {
        case .below(let bound): return score < bound
        case .max(let bound): return score <= bound
        case .none: return true
        }
    }

    /// The defaults of the partnership: below 2.5, 2.5 to 3, 3 and higher.
    public static let defaults: [Level] = [
        Level(
            id: "aandacht", label: .init(translations: ["nl": "Vraagt aandacht", "en": "Needs attention"], primaryLanguage: "nl"), min: 1,
            upper: .below(2.5)),
        Level(
            id: "ontwikkeling", label: .init(translations: ["nl": "In ontwikkeling", "en": "Developing"], primaryLanguage: "nl"), min: 2.5,
            upper: .below(3.0)),
        Level(id: "op-orde", label: .init(translations: ["nl": "Op orde", "en": "In place"], primaryLanguage: "nl"), min: 3.0, upper: .max(4)),
    ]
}

extension Array where Element == Level {
    /// The first level that contains the score.
    @inlinable
    public func level(for score: Double) -> Level? {
        // By index: iterating would copy every level it passes.
        for index in indices where self[index].contains(score) { return self[index] }
        return nil
    }
}

/// The questionnaire's scoring settings.
public struct ScoringSettings: Sendable, Hashable {
    public var method: ScoringMethod
    public var missing: MissingDataPolicy
    public var levels: [Level]

    public init(method: ScoringMethod = .mean, missing: MissingDataPolicy = .init(), levels: [Level] = Level.defaults) {
        self.method = method
        self.missing = missing
        self.levels = levels
    }
}

/// Thresholds of the built-in findings; nil switches one off.
public struct FindingSettings: Sendable, Hashable {
    /// A theme scoring below this is a development point.
    public var developmentBelow: Double?
    /// A theme scoring at or above this is a strength.
    public var strengthFrom: Double?
    /// A *kern* statement answered with the lowest value is a development point.
    public var kernLowest: Bool
    /// Panel: respondents' standard deviation above this is disagreement.
    public var disagreementStdev: Double?
    /// Panel: lowest and highest answer at least this far apart is disagreement.
    public var disagreementRange: Double?
    /// Panel: board and schools this far apart on a theme is a role gap.
    public var roleGap: Double?
    /// Panel: roles with fewer respondents are not shown apart.
    public var minimumGroup: Int
    /// Panel: the regional comparison is shown only over at least this many other boards.
    public var minimumBoards: Int

    /// What a theme below `developmentBelow` yields when it names an action; without an
    /// action it is always a conversation point.
    public var lowTheme: LowTheme = .conversationPoint

    /// What a low theme score yields.
    public enum LowTheme: String, Sendable, Hashable, CaseIterable {
        /// *gesprekspunt*: talk about why the theme scores lower.
        case conversationPoint = "gesprekspunt"
        /// *ontwikkelpunt*: work on it with the theme's action.
        case developmentPoint = "ontwikkelpunt"
    }

    public init(
        developmentBelow: Double? = 3.0, strengthFrom: Double? = 3.5, kernLowest: Bool = true,
        disagreementStdev: Double? = 0.5, disagreementRange: Double? = 2, roleGap: Double? = 1.0,
        minimumGroup: Int = 3, minimumBoards: Int = 5
    ) {
        self.developmentBelow = developmentBelow
        self.strengthFrom = strengthFrom
        self.kernLowest = kernLowest
        self.disagreementStdev = disagreementStdev
        self.disagreementRange = disagreementRange
        self.roleGap = roleGap
        self.minimumGroup = minimumGroup
        self.minimumBoards = minimumBoards
    }
}
