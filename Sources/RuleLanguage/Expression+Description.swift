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
            let leftNeeds =
                left.printPrecedence < op.precedence
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
        return plainDecimal(String(number))
    }

    /// Swift's shortest text for a number without its exponent, which the lexer does not
    /// read: `4.4444444444444447e+18` becomes `4444444444444444700`, `1e-05` becomes
    /// `0.00001`, `1000000000000000.0` becomes `1000000000000000`.
    static func plainDecimal(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: e)...].drop { $0 == "+" })
        else { return text.hasSuffix(".0") ? String(text.dropLast(2)) : text }
        var mantissa = Substring(text[..<e])
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { mantissa = mantissa.dropFirst() }
        let integer = mantissa.prefix { $0 != "." }
        let fraction = mantissa.dropFirst(integer.count + 1)
        var digits = String(integer + fraction)
        var point = integer.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point >= digits.count {
            return sign + digits + String(repeating: "0", count: point - digits.count)
        }
        var whole = digits.prefix(point).drop { $0 == "0" }
        if whole.isEmpty { whole = "0" }
        var decimals = digits.dropFirst(point)
        while decimals.last == "0" { decimals.removeLast() }
        return sign + whole + (decimals.isEmpty ? "" : "." + decimals)
    }
}
