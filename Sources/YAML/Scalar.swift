/// A YAML scalar: its text exactly as written, how it was written, and its resolved value.
///
/// The value is resolved once, when the scalar is made or its text, style or tag change,
/// so reading `value` in a hot loop costs nothing.
public struct Scalar: Sendable, Equatable, CustomStringConvertible {
    public enum Style: Sendable, Equatable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    /// A scalar's value under the YAML 1.2 core schema.
    ///
    /// Only plain scalars are resolved; a quoted or block scalar is always a string.
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
    }

    public var text: String {
        didSet { resolved = CoreSchema.resolved(text, style: style, tag: tag) }
    }

    public var style: Style {
        didSet { resolved = CoreSchema.resolved(text, style: style, tag: tag) }
    }

    /// An explicit tag such as `!!str`, if one was written.
    ///
    /// Tags in the `tag:yaml.org,2002:` namespace are kept in their short `!!` form.
    public var tag: String? {
        didSet { resolved = CoreSchema.resolved(text, style: style, tag: tag) }
    }

    /// The value without its string payload, which is `text` itself.
    private(set) var resolved: Resolved

    public init(_ text: String, style: Style = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
        self.resolved = CoreSchema.resolved(text, style: style, tag: tag)
    }

    /// Makes a scalar whose value the parser has already resolved from the raw bytes.
    init(_ text: String, style: Style, tag: String?, resolved: Resolved) {
        self.text = text
        self.style = style
        self.tag = tag
        self.resolved = resolved
    }

    /// Equal when the text and the resolved value agree; a quoted "a" equals a plain a.
    ///
    /// A NaN equals a NaN here, so a parsed `.nan` equals itself.
    public static func == (lhs: Scalar, rhs: Scalar) -> Bool {
        lhs.text == rhs.text && lhs.resolved == rhs.resolved
    }

    public var value: Value { resolved.value(text: text) }

    public var description: String { text }

    /// The scalar as a string, whatever its resolved type (`1.0.0`, `3` and `ja` all work).
    public var string: String { text }

    /// The value as a number when it resolves to an int or a float.
    public var number: Double? {
        switch resolved {
        case .int(let i): Double(i)
        case .float(let d): d
        default: nil
        }
    }

    public var int: Int? {
        if case .int(let i) = resolved { return i }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let b) = resolved { return b }
        return nil
    }

    public var isNull: Bool { resolved == .null }
}
