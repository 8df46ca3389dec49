/// A JSON value with ordered object keys, written deterministically for golden files.
public enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// A number, or null when absent or not finite.
    public static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value as pretty-printed JSON with two-space indentation and a final newline.
    public func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    /// The value as pretty-printed JSON nested `level` deep: no final newline, and lines
    /// after the first indented by `level` steps of two spaces, so it can stand inside a
    /// document written piece by piece.
    public func rendered(nestedAt level: Int) -> String {
        var out = ""
        write(to: &out, indent: level)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += Self.format(n)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                Self.quote(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    private static func format(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        let rounded = (n * 10000).rounded() / 10000
        return String(rounded)
    }

    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension Diagnostic {
    /// The diagnostic as a JSON object: file, line, column, severity, message, notes; the
    /// messages in `language`, the severity as its English keyword.
    public func json(_ language: Language) -> JSONValue {
        .object([
            ("file", .string(location?.file)),
            ("line", location.map { .number(Double($0.line)) } ?? .null),
            ("column", location.map { .number(Double($0.column)) } ?? .null),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message.text(language))),
            (
                "notes",
                .array(
                    notes.map { note in
                        .object([
                            ("file", .string(note.location?.file)),
                            ("line", note.location.map { .number(Double($0.line)) } ?? .null),
                            ("column", note.location.map { .number(Double($0.column)) } ?? .null),
                            ("message", .string(note.message.text(language))),
                        ])
                    })
            ),
        ])
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics as a JSON array, at most `limitPerFile` per file like the text
    /// printer; each file with more ends with a note saying how many were left out.
    ///
    /// A hostile file can hold hundreds of thousands of problems, and JSON of them all
    /// would be hundreds of megabytes; the first ones are what a person or a tool acts on.
    public func json(_ language: Language, limitPerFile: Int = DiagnosticPrinter.defaultLimitPerFile) -> JSONValue {
        var shown: [String: Int] = [:]
        var hidden: [(file: String?, count: Int)] = []
        var hiddenIndex: [String: Int] = [:]
        var out: [JSONValue] = []
        for diagnostic in self {
            let file = diagnostic.location?.file
            let count = shown[file ?? "", default: 0]
            guard count >= limitPerFile else {
                shown[file ?? ""] = count + 1
                out.append(diagnostic.json(language))
                continue
            }
            if let index = hiddenIndex[file ?? ""] {
                hidden[index].count += 1
            } else {
                hiddenIndex[file ?? ""] = hidden.count
                hidden.append((file, 1))
            }
        }
        for (file, count) in hidden {
            out.append(
                .object([
                    ("file", .string(file)),
                    ("line", .null),
                    ("column", .null),
                    ("severity", .string(Diagnostic.Severity.note.rawValue)),
                    ("message", .string(Diagnostic.notShown(count).text(language))),
                    ("notes", .array([])),
                    ("not_shown", .number(Double(count))),
                ]))
        }
        return .array(out)
    }
}
