/// Text from input placed in Markdown so that it reads as the text it is.
///
/// Escaping is kept to what can change meaning, so the source stays readable when pasted
/// as plain text: everything that could start a link, image, HTML tag, entity, emphasis,
/// code span or table cell is backslash-escaped, and so is what would start a block (a
/// heading, quote, list or rule) at the beginning of a line. Bare URLs stay as written:
/// some renderers link them, but the link then shows exactly where it goes.
public enum MarkdownText {
    /// One line of escaped inline text: newlines and runs of spaces become one space.
    public static func inline(_ text: String) -> String {
        let line = SafeText.line(text)
        var out = ""
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out += "\\" + String(character)
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                out += "\\!"
            case "&" where startsEntity(characters, at: index):
                out += "\\&"
            default:
                out.append(character)
            }
        }
        return escapingLineStart(out)
    }

    /// Paragraphs of escaped text: each line of the input on its own line of output, joined
    /// with `separator` (for example a hard break and an indent inside a list item).
    public static func lines(_ text: String, separator: String) -> String {
        SafeText.terminal(text)
            .split(separator: "\n")
            .map { inline(String($0)) }
            .filter { !$0.isEmpty }
            .joined(separator: separator)
    }

    /// A code span holding `text` literally on one line: the fence is longer than any run of
    /// backticks inside, and padded when the text starts or ends with one.
    public static func code(_ text: String) -> String {
        let line = SafeText.line(text)
        var longest = 0
        var run = 0
        for character in line {
            run = character == "`" ? run + 1 : 0
            longest = Swift.max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = line.hasPrefix("`") || line.hasSuffix("`") || line.isEmpty ? " " : ""
        return fence + pad + line + pad + fence
    }

    /// The escaped text of a table cell: inline text, never empty.
    public static func cell(_ text: String) -> String {
        let escaped = inline(text)
        return escaped.isEmpty ? " " : escaped
    }

    private static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
        var i = index + 1
        var length = 0
        while i < characters.count, characters[i].isLetter || characters[i].isNumber || characters[i] == "#" {
            i += 1
            length += 1
        }
        return length > 0 && i < characters.count && characters[i] == ";"
    }

    /// Escapes what would start a block when the text begins a line: `#`, `+`, `-`, `=`,
    /// a number followed by `.` or `)`.
    private static func escapingLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "#" || first == "+" || first == "-" || first == "=" {
            return "\\" + text
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let after = text.dropFirst(digits.count).first
            if after == "." || after == ")" {
                return digits + "\\" + text.dropFirst(digits.count)
            }
        }
        return text
    }
}
