/// A prefix operator.
public enum UnaryOperator: String, Hashable, Sendable, CaseIterable {
    /// Logical negation; binds looser than comparisons, so `not a == b` is `not (a == b)`.
    case not
    /// Arithmetic negation; binds tighter than `*` and `/`.
    case negate = "-"

    /// Binding strength on the same scale as ``BinaryOperator/precedence``.
    public var precedence: Int {
        switch self {
        case .not: 3
        case .negate: 7
        }
    }
}
