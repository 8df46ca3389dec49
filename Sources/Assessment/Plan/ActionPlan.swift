/// A board's action plan (*plan van aanpak*): one entry per development point, each with a
/// goal, actions, owners, a timeline and an evaluation moment.
///
/// Drafted by `PlanDrafter` from the board's findings, completed by the board in YAML
/// (`docs/plan-format.md`), read back by `PlanReader` and checked by `PlanChecker`.
public struct ActionPlan: Sendable, Hashable {
    /// The board (*bestuur*) the plan is for.
    public var board: String
    /// The self-assessment the plan was drafted from.
    public var basis: PlanBasis
    /// In the order of the file; a draft lists them by priority, safeguard and theme.
    public var entries: [PlanEntry]
    public var locations: FieldLocations

    public init(board: String, basis: PlanBasis, entries: [PlanEntry] = [], locations: FieldLocations = .init()) {
        self.board = board
        self.basis = basis
        self.entries = entries
        self.locations = locations
    }

    public func entry(_ id: String) -> PlanEntry? { entries.first { $0.id == id } }

    /// The entries that are still meant to be carried out: not `vervallen`.
    public var activeEntries: [PlanEntry] { entries.filter { $0.status != .vervallen } }
}
