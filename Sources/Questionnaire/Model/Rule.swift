/// A rule of a questionnaire: a condition and the findings it yields when it holds.
public struct Rule: Sendable, Identifiable {
    public var id: String
    /// The theme the findings belong to, declared or derived from the questions named.
    public var theme: String?
    public var when: Condition
    public var strength: LocalizedText?
    public var developmentPoint: DevelopmentPointTemplate?
    public var panelQuestion: LocalizedText?
    /// The rule's own reason, with placeholders such as `{score(visie)}` for the values of
    /// the calls in `when` (``ReasonTemplate``).
    public var reason: ReasonTemplate?

    public init(
        id: String, theme: String?, when: Condition, strength: LocalizedText? = nil,
        developmentPoint: DevelopmentPointTemplate? = nil, panelQuestion: LocalizedText? = nil
    ) {
        self.id = id
        self.theme = theme
        self.when = when
        self.strength = strength
        self.developmentPoint = developmentPoint
        self.panelQuestion = panelQuestion
    }
}

/// What a rule says a development point (*ontwikkelpunt*) is.
public struct DevelopmentPointTemplate: Sendable, Hashable {
    public var title: LocalizedText
    public var text: LocalizedText?
    public var actions: [LocalizedText]
    public var priority: Priority

    public init(title: LocalizedText, text: LocalizedText?, actions: [LocalizedText], priority: Priority) {
        self.title = title
        self.text = text
        self.actions = actions
        self.priority = priority
    }
}

/// How urgent a development point is.
public enum Priority: String, Sendable, Hashable, CaseIterable, Comparable {
    case hoog
    case midden
    case laag

    private var rank: Int {
        switch self {
        case .hoog: 0
        case .midden: 1
        case .laag: 2
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
