/// One action towards a development point's goal: what, who, from when to when, with what.
public struct PlanAction: Sendable, Hashable {
    public var description: String?
    /// Who carries the action out and answers for it.
    public var owner: String?
    public var start: PlanDate?
    public var end: PlanDate?
    /// Hours, budget or people the action needs.
    public var resources: String?
    public var locations: FieldLocations

    public init(
        description: String?, owner: String? = nil, start: PlanDate? = nil, end: PlanDate? = nil,
        resources: String? = nil, locations: FieldLocations = .init()
    ) {
        self.description = description
        self.owner = owner
        self.start = start
        self.end = end
        self.resources = resources
        self.locations = locations
    }
}
