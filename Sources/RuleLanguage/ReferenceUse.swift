/// One reference an expression makes, as found by the type checker.
///
/// The host uses these to find `show_if` cycles and rules that refer only to hidden questions.
public struct ReferenceUse: Hashable, Sendable {
    /// The name as written.
    public var name: String
    /// The host's canonical name (``ReferenceInfo/canonicalName``), else `name`.
    public var resolvedName: String
    public var kind: ReferenceKind
    /// The function the reference is an argument of.
    public var function: String
    public var range: SourceRange

    public init(name: String, resolvedName: String, kind: ReferenceKind, function: String, range: SourceRange) {
        self.name = name
        self.resolvedName = resolvedName
        self.kind = kind
        self.function = function
        self.range = range
    }
}
