public import Questionnaire

/// Something the rules say about an assessment: a strength, a development point or a
/// question for the panel, with the reasons it arose.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case strength
        case developmentPoint = "development_point"
        case panelQuestion = "panel_question"
    }

    public var kind: Kind
    /// The questionnaire (safeguard) the finding belongs to.
    public var questionnaire: String
    public var safeguard: Int?
    public var theme: String?
    public var title: LocalizedText
    public var text: LocalizedText?
    public var actions: [LocalizedText]
    /// Only for development points.
    public var priority: Priority?
    /// Why the finding arose; several when overlapping rules were merged.
    public var reasons: [Reason]
    /// The questions the finding looks at: those its rule names, or the kern statement.
    public var questions: [QuestionID] = []

    public init(
        kind: Kind, questionnaire: String, safeguard: Int?, theme: String?, title: LocalizedText,
        text: LocalizedText? = nil, actions: [LocalizedText] = [], priority: Priority? = nil, reasons: [Reason]
    ) {
        self.kind = kind
        self.questionnaire = questionnaire
        self.safeguard = safeguard
        self.theme = theme
        self.title = title
        self.text = text
        self.actions = actions
        self.priority = priority
        self.reasons = reasons
    }
}

/// One reason for a finding: which rule fired and the values that made it fire.
public struct Reason: Sendable, Hashable {
    /// The rule's id, or `builtin:…` for the built-in findings.
    public var rule: String
    /// Each fact as text, such as `score(rollen) = 1.8 < 2.5`.
    public var facts: [String]

    public init(rule: String, facts: [String]) {
        self.rule = rule
        self.facts = facts
    }

    /// `rule: fact; fact`.
    public var text: String { facts.isEmpty ? rule : "\(rule): " + facts.joined(separator: "; ") }
}
