/// A stretch of an expression's text, in Unicode scalars counted from the start of the
/// expression (0-based).
///
/// The host turns it into a `FileLocation` by adding the position of the YAML scalar that
/// holds the expression; see `RuleError.diagnostic(at:)`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// Offset of the first scalar, 0-based.
    public var start: Int
    /// Number of scalars; 0 for a position between two scalars, such as the end of input.
    public var length: Int

    public init(start: Int, length: Int) {
        self.start = start
        self.length = max(0, length)
    }

    /// The range from `start` up to, not including, `end`.
    public init(from start: Int, to end: Int) {
        self.init(start: start, length: end - start)
    }

    /// Offset just past the last scalar.
    public var end: Int { start + length }

    /// The smallest range covering both ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(from: Swift.min(start, other.start), to: Swift.max(end, other.end))
    }

    /// `start..end`, with `end` exclusive, as used in tree dumps.
    public var description: String { "\(start)..\(end)" }
}
