extension Expression {
    /// The tree, one node a line with its range, children indented by two spaces:
    ///
    /// ```
    /// Binary(>=) @0..27
    ///   Call(answer) @0..22
    ///     Reference(rollen.schoolopleider) @7..21
    ///   Number(2) @26..27
    /// ```
    /// Ranges are `start..end` in Unicode scalars, `end` exclusive. Meant for tests.
    public func dump() -> String {
        var out = ""
        dump(into: &out, indent: 0)
        return out
    }

    private func dump(into out: inout String, indent: Int) {
        out += String(repeating: "  ", count: indent) + label + " @\(range)\n"
        for child in kind.children {
            child.dump(into: &out, indent: indent + 1)
        }
    }

    private var label: String {
        switch kind {
        case .number(let number): "Number(\(Expression.literal(number)))"
        case .string(let string): "String(\(Value.quote(string)))"
        case .bool(let bool): "Bool(\(bool))"
        case .reference(let name): "Reference(\(name))"
        case .unary(let op, _): "Unary(\(op.rawValue))"
        case .binary(let op, _, _): "Binary(\(op.rawValue))"
        case .call(let name, _, _): "Call(\(name))"
        }
    }
}
