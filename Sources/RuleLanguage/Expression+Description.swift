extension Expression: CustomStringConvertible {
    /// The expression in canonical form: single spaces around operators, parentheses only
    /// where precedence needs them. Parsing the text gives back an equal expression.
    public var description: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// How tightly this node binds when printed; atoms bind tightest.
    private var printPrecedence: Int {
        switch kind {
        case .number, .string, .bool, .reference, .call: 8
        case .unary(let op, _): op.precedence
        case .binary(let op, _, _): op.precedence
        }
    }

    private func write(to out: inout String) {
        switch kind {
        case .number(let number):
            out += Expression.literal(number)
        case .string(let string):
            out += Value.quote(string)
        case .bool(let bool):
            out += bool ? "true" : "false"
        case .reference(let name):
            out += name
        case .call(let name, _, let arguments):
            out += name + "("
            for (index, argument) in arguments.enumerated() {
                if index > 0 { out += ", " }
                argument.write(to: &out)
            }
            out += ")"
        case .unary(let op, let operand):
            out += op == .not ? "not " : "-"
            var parenthesize = operand.printPrecedence < op.precedence
            if op == .negate, case .unary(.negate, _) = operand.kind { parenthesize = true }
            operand.write(to: &out, parenthesized: parenthesize)
        case .binary(let op, let left, let right):
            let leftNeeds = left.printPrecedence < op.precedence
                || (op.isComparison && left.printPrecedence == op.precedence)
            left.write(to: &out, parenthesized: leftNeeds)
            out += " \(op.rawValue) "
            right.write(to: &out, parenthesized: right.printPrecedence <= op.precedence)
        }
    }

    private func write(to out: inout String, parenthesized: Bool) {
        if parenthesized { out += "(" }
        write(to: &out)
        if parenthesized { out += ")" }
    }

    /// A number literal as written in source: `2`, `2.5`, `0.125` (all its digits).
    static func literal(_ number: Double) -> String {
        if number == number.rounded(.towardZero), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}
