/// A parsed expression: the syntax tree, with the place of every node in the text.
///
/// `==` and hashing ignore ranges, a call's `nameRange` too, so `a>=2` equals `a >= 2`.
/// Parentheses leave no node of their own; they widen the range of the expression inside them.
public struct Expression: Hashable, Sendable {
    public indirect enum Kind: Hashable, Sendable {
        case number(Double)
        case string(String)
        case bool(Bool)
        /// A bare name; only valid as an argument where a function expects a reference.
        case reference(String)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        /// `name(arguments)`; `nameRange` is where the name is written.
        case call(name: String, nameRange: SourceRange, arguments: [Expression])

        /// Equal kinds with equal children; like ranges, `nameRange` is left out.
        public static func == (lhs: Kind, rhs: Kind) -> Bool {
            switch (lhs, rhs) {
            case let (.number(a), .number(b)): a == b
            case let (.string(a), .string(b)): a == b
            case let (.bool(a), .bool(b)): a == b
            case let (.reference(a), .reference(b)): a == b
            case let (.unary(op, a), .unary(otherOp, b)): op == otherOp && a == b
            case let (.binary(op, a, b), .binary(otherOp, c, d)): op == otherOp && a == c && b == d
            case let (.call(name, _, a), .call(otherName, _, b)): name == otherName && a == b
            default: false
            }
        }

        public func hash(into hasher: inout Hasher) {
            switch self {
            case .number(let number):
                hasher.combine(number)
            case .string(let string):
                hasher.combine(string)
            case .bool(let bool):
                hasher.combine(bool)
            case .reference(let name):
                hasher.combine(name)
            case .unary(let op, let operand):
                hasher.combine(op)
                hasher.combine(operand)
            case .binary(let op, let left, let right):
                hasher.combine(op)
                hasher.combine(left)
                hasher.combine(right)
            case .call(let name, _, let arguments):
                hasher.combine(name)
                hasher.combine(arguments)
            }
        }
    }

    public let kind: Kind
    public let range: SourceRange
    /// Levels of nodes in this tree, 1 for a leaf; bounded by the parser so walks cannot
    /// exhaust the stack.
    let height: Int

    public init(_ kind: Kind, at range: SourceRange) {
        self.kind = kind
        self.range = range
        self.height = 1 + (kind.children.map(\.height).max() ?? 0)
    }

    /// The same expression at another range.
    func at(_ range: SourceRange) -> Expression {
        Expression(kind, at: range)
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool {
        lhs.kind == rhs.kind
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
    }
}

extension Expression.Kind {
    /// The direct sub-expressions, left to right.
    public var children: [Expression] {
        switch self {
        case .number, .string, .bool, .reference: []
        case .unary(_, let operand): [operand]
        case .binary(_, let left, let right): [left, right]
        case .call(_, _, let arguments): arguments
        }
    }
}
