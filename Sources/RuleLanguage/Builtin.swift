/// The functions the rule language provides itself, in every host.
///
/// They share one name space with the host's functions and take precedence over them.
public enum Builtin: String, Hashable, Sendable, CaseIterable {
    case min
    case max
    case abs
    case round
    case `default`

    /// The built-in called `name`, if any.
    public static func named(_ name: String) -> Builtin? {
        Builtin(rawValue: name)
    }

    public var name: String { rawValue }

    /// How a call looks: `round(x, digits?)`.
    public var synopsis: String {
        switch self {
        case .min: "min(x, y, …)"
        case .max: "max(x, y, …)"
        case .abs: "abs(x)"
        case .round: "round(x, digits?)"
        case .default: "default(x, fallback)"
        }
    }

    /// One sentence on what the function gives.
    public var summary: String {
        switch self {
        case .min: "The smallest of one or more numbers; empty if any of them is empty."
        case .max: "The largest of one or more numbers; empty if any of them is empty."
        case .abs: "The absolute value of a number."
        case .round: "A number rounded half away from zero to 0–10 decimals (default 0)."
        case .default: "`fallback` when `x` is empty, else `x`; both of the same type."
        }
    }

    /// The fewest and most arguments; nil for no maximum.
    var arity: (minimum: Int, maximum: Int?) {
        switch self {
        case .min, .max: (1, nil)
        case .abs: (1, 1)
        case .round: (1, 2)
        case .default: (2, 2)
        }
    }

    /// The function's value for already evaluated arguments; total, like all evaluation.
    func evaluate(_ arguments: [Value]) -> Value {
        switch self {
        case .default:
            guard let first = arguments.first else { return .empty }
            return first.isEmpty ? (arguments.dropFirst().first ?? .empty) : first
        case .min, .max, .abs, .round:
            var numbers: [Double] = []
            for argument in arguments {
                guard let number = argument.number else { return .empty }
                numbers.append(number)
            }
            return evaluate(numbers: numbers)
        }
    }

    private func evaluate(numbers: [Double]) -> Value {
        guard let first = numbers.first else { return .empty }
        switch self {
        case .min: return .finite(numbers.min() ?? first)
        case .max: return .finite(numbers.max() ?? first)
        case .abs: return .finite(Swift.abs(first))
        case .round:
            let digits = numbers.dropFirst().first ?? 0
            return .finite(Rounding.round(first, digits: Int(Swift.min(10, Swift.max(0, digits.rounded())))))
        case .default: return .empty
        }
    }
}
