/// Writes node trees as block-style YAML that reads back as the same tree.
///
/// Two spaces per level, `key: value` and `- item`, `{}` and `[]` for empty collections.
/// Strings are quoted only when they must be, so the output stays pleasant to edit by hand.
public enum YAMLEmitter {
    /// The node as a YAML document, ending with a line break.
    public static func emit(_ node: Node) -> String {
        var writer = Writer()
        switch node.content {
        case .scalar(let scalar):
            if scalar.text.isEmpty, scalar.isNull {
                return "---\n"  // an empty document would read back as no node at all
            }
            writer.value(node, indent: 0, inline: true)
            return String(writer.out.drop { $0 == " " })
        case .sequence(let items) where !items.isEmpty:
            writer.sequence(items, indent: 0, inline: false)
        case .mapping(let mapping) where !mapping.entries.isEmpty:
            writer.mapping(mapping, indent: 0, inline: false)
        default:
            writer.value(node, indent: 0, inline: true)
            return String(writer.out.drop { $0 == " " })
        }
        return writer.out
    }

    /// The text as a one-line YAML scalar that reads back as exactly this string.
    ///
    /// Plain when that is unambiguous (`ja`, `1.0.0`, `Hé 👋`), else double-quoted with
    /// escapes (`"yes"`, `"1.0"`, `"null"`, `"- x"`, `"a: b"`, `""`).
    public static func scalar(_ text: String) -> String {
        ScalarStyle.inline(text)
    }

    /// The scalar as one line of YAML that reads back with the same text and value.
    ///
    /// A number, boolean or null stays plain (`3`, `true`, `~`); a string is written as by
    /// ``scalar(_:)``; a typed value whose text would read differently gets its tag
    /// (`!!float "1"`). An empty null is the empty string, for a caller to write `key:`.
    public static func scalarValue(_ scalar: Scalar) -> String {
        switch scalar.resolved {
        case .string:
            return ScalarStyle.inline(scalar.text)
        case let resolved:
            if scalar.text.isEmpty, resolved == .null { return "" }
            if CoreSchema.plain(scalar.text) == resolved, ScalarStyle.isPlainSyntax(scalar.text) {
                return scalar.text
            }
            return tagName(resolved) + " " + ScalarStyle.doubleQuoted(scalar.text)
        }
    }

    private static func tagName(_ resolved: Scalar.Resolved) -> String {
        switch resolved {
        case .null: "!!null"
        case .bool: "!!bool"
        case .int: "!!int"
        case .float: "!!float"
        case .string: "!!str"
        }
    }
}
