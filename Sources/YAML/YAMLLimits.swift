/// Bounds that make hostile input harmless.
public struct YAMLLimits: Sendable {
    /// Largest document accepted, in bytes.
    public var maxBytes: Int = 16 * 1024 * 1024
    /// Deepest nesting of sequences and mappings, counting the outermost as 1.
    ///
    /// Aliases count with the depth of the node they copy, so they cannot nest deeper either.
    public var maxDepth: Int = 200
    /// Most nodes that aliases may add in total when expanded.
    ///
    /// Each alias adds the size of the node it copies, so a billion-laughs file fails
    /// as soon as its expansion passes this number, without being built.
    public var maxAliasExpansion: Int = 100_000

    public init() {}

    /// Limits with the given bounds; unnamed ones keep their defaults.
    public init(maxBytes: Int? = nil, maxDepth: Int? = nil, maxAliasExpansion: Int? = nil) {
        if let maxBytes { self.maxBytes = maxBytes }
        if let maxDepth { self.maxDepth = maxDepth }
        if let maxAliasExpansion { self.maxAliasExpansion = maxAliasExpansion }
    }

    public static let `default` = YAMLLimits()
}
