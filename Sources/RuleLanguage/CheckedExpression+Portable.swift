public import Diagnostics

extension CheckedExpression {
    /// The expression as a small tree of JSON arrays, for an interpreter elsewhere (the
    /// browser form evaluates `show_if` with it) that follows ``Evaluator``'s semantics:
    ///
    /// - `["v", value]`: a literal (`null` is empty);
    /// - `["neg", a]`, `["not", a]`, `["and", a, b]`, `["or", a, b]`;
    /// - `["ar", "+", a, b]` for arithmetic, `["cmp", "<=", a, b]` for a comparison;
    /// - `["fn", "min", [a, …]]` for a built-in function;
    /// - `["call", "answer", [argument, …]]` for a host function, where an argument is a
    ///   node or `["ref", name]`, the name as `reference` gives it.
    ///
    /// Built-in calls and operators are resolved as the type checker resolved them, so the
    /// tree needs no second checker.
    public func portable(reference: (String) -> String = { $0 }) -> JSONValue {
        Self.portable(root, reference: reference)
    }

    private static func portable(_ node: TypedNode, reference: (String) -> String) -> JSONValue {
        func tree(_ node: TypedNode) -> JSONValue { portable(node, reference: reference) }
        switch node {
        case .literal(let value):
            return ["v", json(value)]
        case .negate(let operand):
            return ["neg", tree(operand)]
        case .not(let operand):
            return ["not", tree(operand)]
        case .and(let left, let right):
            return ["and", tree(left), tree(right)]
        case .or(let left, let right):
            return ["or", tree(left), tree(right)]
        case .arithmetic(let op, let left, let right):
            return ["ar", .string(op.rawValue), tree(left), tree(right)]
        case .comparison(let op, let left, let right):
            return ["cmp", .string(op.rawValue), tree(left.node), tree(right.node)]
        case .builtin(let builtin, let arguments):
            return ["fn", .string(builtin.rawValue), .array(arguments.map(tree))]
        case .host(let call):
            let arguments: [JSONValue] = call.arguments.map { argument in
                switch argument {
                case .value(let node): tree(node)
                case .reference(let name): ["ref", .string(reference(name))]
                }
            }
            return ["call", .string(call.name), .array(arguments)]
        }
    }

    private static func json(_ value: Value) -> JSONValue {
        switch value {
        case .number(let number): .number(number)
        case .string(let string): .string(string)
        case .bool(let bool): .bool(bool)
        case .empty: .null
        }
    }
}
