/// An operator between two operands.
public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    case or
    case and
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"

    /// Binding strength, higher binds tighter; `not` (a prefix) sits between `and` and the
    /// comparisons at ``UnaryOperator/not``'s precedence.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide: 6
        }
    }

    public var isComparison: Bool { precedence == 4 }
    public var isEquality: Bool { self == .equal || self == .notEqual }
    public var isArithmetic: Bool { precedence >= 5 }
    public var isLogical: Bool { self == .and || self == .or }

    init?(_ symbol: Token.Symbol) {
        switch symbol {
        case .plus: self = .add
        case .minus: self = .subtract
        case .star: self = .multiply
        case .slash: self = .divide
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessOrEqual: self = .lessOrEqual
        case .greater: self = .greater
        case .greaterOrEqual: self = .greaterOrEqual
        case .leftParenthesis, .rightParenthesis, .comma: return nil
        }
    }
}
