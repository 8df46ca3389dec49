/// Text from a plan placed in HTML so that it reads as the text it is.
///
/// Control and bidirectional characters become visible escapes first (`SafeText`), then
/// `&`, `<`, `>`, `"` and `'` become entities, so no input can add markup, close an
/// attribute or start a script.
public enum HTMLText {
    /// Escaped text on one line.
    public static func inline(_ text: String) -> String {
        escaped(SafeText.line(text))
    }

    /// Escaped text with its line breaks kept as `<br>`.
    public static func lines(_ text: String) -> String {
        SafeText.terminal(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { escaped(String($0)) }.joined(separator: "<br>")
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
