/// The result of evaluating an expression.
///
/// `.empty` means "no value": an unanswered or not-applicable question, a hidden question,
/// a theme without a score, a division by zero. Empty is not zero: arithmetic and
/// comparisons with it give empty, and a condition holds only when it is `true`.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case number(Double)
    case string(String)
    case bool(Bool)
    case empty

    /// A number value, or `.empty` when `number` is NaN or infinite.
    public static func finite(_ number: Double) -> Value {
        number.isFinite ? .number(number) : .empty
    }

    /// The value with NaN and infinite numbers turned into `.empty`.
    public var normalized: Value {
        if case .number(let number) = self { return .finite(number) }
        return self
    }

    public var isEmpty: Bool { self == .empty }

    /// The type of the value; nil for `.empty`.
    public var type: ValueType? {
        switch self {
        case .number: .number
        case .string: .string
        case .bool: .bool
        case .empty: nil
        }
    }

    public var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    public var string: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    /// The value as it appears in explanations: `1.8`, `3`, `"ja"`, `true`, and `—` for empty.
    ///
    /// Numbers show at most two decimals and no trailing zeros.
    public var description: String {
        switch self {
        case .number(let number): Value.format(number)
        case .string(let string): Value.quote(string)
        case .bool(let bool): bool ? "true" : "false"
        case .empty: "—"
        }
    }

    /// `number` rounded to two decimals, without trailing zeros: `1.8`, `3`, `2.25`.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "—" }
        let rounded = Rounding.round(number, digits: 2)
        guard rounded.isFinite else { return String(number) }
        if rounded == rounded.rounded(.towardZero), abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        return String(rounded)
    }

    /// `text` as a rule-language string literal, with `"` and `\` escaped.
    ///
    /// Scalar by scalar, as the lexer reads: a backslash followed by a combining mark is
    /// one `Character`, and would otherwise slip through unescaped.
    public static func quote(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { out.append("\\") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }
}
