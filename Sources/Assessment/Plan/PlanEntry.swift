public import Questionnaire

/// One development point (*ontwikkelpunt*) of a plan and what the board will do about it.
///
/// `id`, `questionnaire`, `safeguard`, `theme`, `reason`, `priority` and `vanished` come
/// from the findings and are refreshed by an update; the title is prefilled and the rest
/// is the board's own text, never overwritten.
public struct PlanEntry: Sendable, Hashable {
    /// Stable across updates: `waarborg-1/visie-onderschrijven` (a rule),
    /// `waarborg-1/thema/visie` (a theme below the threshold),
    /// `waarborg-1/kern/visie.visie-onderschreven` (a core statement); any unique text
    /// for a development point of the board's own.
    public var id: String
    /// Ids of other development points this entry also addresses, such as a core
    /// statement that the entry of a rule on the same theme takes care of.
    public var covers: [String]
    public var questionnaire: String?
    public var safeguard: Int?
    public var theme: String?
    public var title: String
    /// Why the development point arose: each reason as `rule: fact; fact`.
    public var reason: [String]
    public var priority: Priority?
    /// Whether the board marks this point as a *speerpunt*: one of the 3–6 points the panel
    /// brief and the rendered plan open with. Absent in a file means no.
    public var speerpunt: Bool
    /// What the board wants to reach, and by when (SMART).
    public var goal: String?
    /// How the board will know the goal is reached.
    public var successCriterion: String?
    public var actions: [PlanAction]
    /// When the board looks back on the result.
    public var evaluation: PlanMoment?
    public var status: PlanStatus
    /// Set by an update when the answers no longer give this development point: the date
    /// of the self-assessment in which it was gone.
    public var vanished: PlanDate?
    /// The board's own remarks.
    public var notes: String?
    public var locations: FieldLocations

    public init(
        id: String, covers: [String] = [], questionnaire: String? = nil, safeguard: Int? = nil, theme: String? = nil, title: String,
        reason: [String] = [], priority: Priority? = nil, speerpunt: Bool = false, goal: String? = nil, successCriterion: String? = nil,
        actions: [PlanAction] = [], evaluation: PlanMoment? = nil, status: PlanStatus = .open,
        vanished: PlanDate? = nil, notes: String? = nil, locations: FieldLocations = .init()
    ) {
        self.id = id
        self.covers = covers
        self.questionnaire = questionnaire
        self.safeguard = safeguard
        self.theme = theme
        self.title = title
        self.reason = reason
        self.priority = priority
        self.speerpunt = speerpunt
        self.goal = goal
        self.successCriterion = successCriterion
        self.actions = actions
        self.evaluation = evaluation
        self.status = status
        self.vanished = vanished
        self.notes = notes
        self.locations = locations
    }
}
