/// Where a development point stands.
public enum PlanStatus: String, Sendable, Hashable, CaseIterable {
    /// Not started.
    case open
    /// Under way.
    case lopend
    /// Done.
    case afgerond
    /// Dropped: no longer pursued.
    case vervallen

    /// Whether the work still lies (partly) ahead.
    public var isPending: Bool { self == .open || self == .lopend }
}
