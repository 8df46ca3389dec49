/// Makes text from input files safe to print on a terminal.
public enum TerminalText {
    /// The text with every control character except tab and newline replaced by a visible
    /// escape such as `\u{1B}`, so a note cannot move the cursor or change colours.
    public static func sanitized(_ text: String, keepNewlines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isControl = v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            if !isControl || scalar == "\t" || (keepNewlines && scalar == "\n") {
                out.append(scalar)
            } else {
                out.append(contentsOf: "\\u{\(String(v, radix: 16, uppercase: true))}".unicodeScalars)
            }
        }
        return String(out)
    }
}
