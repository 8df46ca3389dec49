/// An argument passed to a host function at evaluation.
public enum Argument: Hashable, Sendable {
    case value(Value)
    /// A reference, by the host's canonical name (``ReferenceInfo/canonicalName``).
    case reference(String)
}
