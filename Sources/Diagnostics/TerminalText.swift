/// Makes text from input files safe to print on a terminal.
public enum TerminalText {
    /// The text with every control character except tab and newline replaced by a visible
    /// escape such as `\u{1B}`, so a note cannot move the cursor or change colours.
    ///
    /// The invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
    /// U+061C) are escaped too, so a line cannot read differently from what it holds.
    public static func sanitized(_ text: String, keepNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepNewlines: keepNewlines) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepNewlines: keepNewlines) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `scalar` is shown as an escape rather than passed to the terminal.
    public static func needsEscape(_ scalar: Unicode.Scalar, keepNewlines: Bool = true) -> Bool {
        let v = scalar.value
        if scalar == "\t" || (keepNewlines && scalar == "\n") { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The visible form of a scalar: `\u{1B}`.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }
}
