import Diagnostics

/// What the panel and the board agreed in their conversation (`docs/track.md`): per
/// speerpunt of the plan whether it stands, was changed or dropped, the points the panel
/// added, and the panel's advice. The panel's secretary fills it in from a draft.
public struct PanelVerslag: Sendable, Hashable {
    /// The panel's advice on accession.
    public enum Advice: String, Sendable, Hashable, CaseIterable {
        /// The board joins now.
        case toetreden
        /// The board joins as aspirant, under an intentieverklaring with the agreed points,
        /// until the accession conversation by `term`.
        case aspirant
        /// Not yet: the board works on its plan and comes back.
        case nietNu = "niet-nu"
    }

    /// What became of a point of the plan in the conversation.
    public enum Decision: String, Sendable, Hashable, CaseIterable {
        /// Agreed as the plan has it.
        case akkoord
        /// Agreed as changed in the conversation (`agreed` says how).
        case aangepast
        /// Dropped.
        case geschrapt
    }

    /// One development point as discussed.
    public struct Point: Sendable, Hashable {
        /// The plan entry's id; nil for a point the panel added.
        public var id: String?
        public var title: String
        public var decision: Decision?
        /// The point as agreed, when it was changed.
        public var agreed: String?
        /// Who answers for it.
        public var owner: String?
        /// When it is to be reached.
        public var due: PlanDate?
        public var notes: String?
        public var locations = FieldLocations()

        public init(
            id: String?, title: String, decision: Decision? = nil, agreed: String? = nil, owner: String? = nil, due: PlanDate? = nil,
            notes: String? = nil
        ) {
            self.id = id
            self.title = title
            self.decision = decision
            self.agreed = agreed
            self.owner = owner
            self.due = due
            self.notes = notes
        }

        /// Whether the point is one of the agreed development points.
        public var isAgreed: Bool { decision == .akkoord || decision == .aangepast || (id == nil && decision != .geschrapt) }

        /// The text of the point as agreed.
        public var agreedText: String { decision == .aangepast ? agreed ?? title : title }
    }

    public var board: String
    /// The day of the conversation.
    public var date: PlanDate?
    /// The panel's members.
    public var panel: [String]
    /// The plan's points discussed, speerpunten first.
    public var points: [Point]
    /// Points the panel raised that the plan did not have.
    public var extraPoints: [Point]
    public var advice: Advice?
    /// With `aspirant`: what the board is to show by the accession conversation.
    public var conditions: [String]
    /// With `aspirant`: the accession conversation takes place by this day.
    public var term: PlanDate?
    public var notes: String?
    public var locations = FieldLocations()

    public init(
        board: String, date: PlanDate? = nil, panel: [String] = [], points: [Point] = [], extraPoints: [Point] = [],
        advice: Advice? = nil, conditions: [String] = [], term: PlanDate? = nil, notes: String? = nil
    ) {
        self.board = board
        self.date = date
        self.panel = panel
        self.points = points
        self.extraPoints = extraPoints
        self.advice = advice
        self.conditions = conditions
        self.term = term
        self.notes = notes
    }

    /// The agreed development points: the plan's kept or changed ones, then the panel's.
    public var agreedPoints: [Point] { (points + extraPoints).filter(\.isAgreed) }
}
