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
    /// Most bytes of scalar text that aliases may copy in total.
    ///
    /// A few aliases of one long scalar are few nodes but much text: a 1 MB note copied
    /// 100,000 times would make any report of it 100 GB. Counted like this, the expanded
    /// document holds at most twice ``maxBytes`` of text.
    public var maxAliasBytes: Int = 16 * 1024 * 1024
    /// Most problems collected before the parse stops (duplicate keys, bad tags, …).
    ///
    /// A file of a million repeated keys would otherwise yield a million diagnostics,
    /// costing memory and flooding the terminal; the first ones are enough to act on.
    public var maxDiagnostics: Int = 100
    /// Most nodes in the tree (scalars, sequences and mappings, each alias counted once).
    ///
    /// Every node costs about a hundred bytes of memory however short its text, so 16 MiB
    /// of `-\n` would make 8 million of them and more than a gigabyte. Questionnaires and
    /// answers files have a few thousand nodes; 500,000 keeps the largest tree, and what the
    /// decoders make of it, well under 256 MiB.
    public var maxNodes: Int = 500_000

    public init() {}

    /// Limits with the given bounds; unnamed ones keep their defaults.
    public init(
        maxBytes: Int? = nil, maxDepth: Int? = nil, maxAliasExpansion: Int? = nil, maxAliasBytes: Int? = nil,
        maxDiagnostics: Int? = nil, maxNodes: Int? = nil
    ) {
        if let maxBytes { self.maxBytes = maxBytes }
        if let maxDepth { self.maxDepth = maxDepth }
        if let maxAliasExpansion { self.maxAliasExpansion = maxAliasExpansion }
        if let maxAliasBytes { self.maxAliasBytes = maxAliasBytes }
        if let maxDiagnostics { self.maxDiagnostics = maxDiagnostics }
        if let maxNodes { self.maxNodes = maxNodes }
    }

    public static let `default` = YAMLLimits()
}
