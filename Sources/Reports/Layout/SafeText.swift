import Diagnostics

/// Text from answers files and questionnaires made safe to show.
///
/// Control characters become visible escapes (`\u{1B}`), so a note cannot move the cursor,
/// change colours or hide text; so do the invisible bidirectional controls that could make
/// a line read differently from what it holds.
public enum SafeText {
    /// For a terminal: controls and bidi controls escaped; newlines kept unless asked not to.
    public static func terminal(_ text: String, keepNewlines: Bool = true) -> String {
        var normalised = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\r" && pending == "\n" { continue }
            normalised.append(scalar == "\t" ? " " : scalar)
        }
        return escapingBidi(TerminalText.sanitized(String(normalised), keepNewlines: keepNewlines))
    }

    /// On one line: newlines and runs of spaces become one space; then as for a terminal.
    public static func line(_ text: String) -> String {
        terminal(collapsed(text), keepNewlines: false)
    }

    /// Whitespace runs, newlines included, as single spaces; trimmed.
    public static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func escapingBidi(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isBidiControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isBidiControl(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
    }
}

extension SafeText {
    /// `text` on one line, cut at a word before `limit` characters with `…` when longer.
    public static func shortened(_ text: String, to limit: Int) -> String {
        let line = collapsed(text)
        guard line.count > limit else { return line }
        let cut = line.prefix(limit - 1)
        var word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        while let last = word.last, last == " " || last == "," || last == ";" || last == ":" { word = word.dropLast() }
        return word + "…"
    }
}
