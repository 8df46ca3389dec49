extension Scalar {
    /// A resolved value stored without a copy of the text, which a string value repeats.
    enum Resolved: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string

        /// The public value, taking a string's payload from the scalar's text.
        func value(text: String) -> Value {
            switch self {
            case .null: .null
            case .bool(let b): .bool(b)
            case .int(let i): .int(i)
            case .float(let d): .float(d)
            case .string: .string(text)
            }
        }
    }
}

extension Scalar.Resolved: Equatable {
    /// Like the synthesised equality, except that a NaN equals a NaN.
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null), (.string, .string): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.float(a), .float(b)): a == b || (a.isNaN && b.isNaN)
        default: false
        }
    }
}
