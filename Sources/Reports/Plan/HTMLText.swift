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

    /// Scalar by scalar, not Character by Character: `"` followed by a combining mark is one
    /// Character that equals no quote, and must be escaped all the same.
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
