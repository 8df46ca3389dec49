/// Breaks text into lines of a given display width, on spaces; words longer than a line
/// are cut so that no line is ever wider than asked.
public enum TextWrapper {
    /// The lines of `text` at most `width` columns wide, prefixes included.
    ///
    /// `first` starts the first line and `rest` every following one (a hanging indent);
    /// newlines in the text start new lines, empty ones are kept. Trailing spaces are dropped.
    public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, paragraph) in paragraphs.enumerated() {
            let prefix = lines.isEmpty && index == 0 ? first : rest
            if paragraph.allSatisfy(\.isWhitespace) {
                lines.append(trimmedTrailing(prefix))
                continue
            }
            lines += wrapParagraph(String(paragraph), width: width, first: prefix, rest: rest)
        }
        return lines.isEmpty ? [trimmedTrailing(first)] : lines
    }

    private static func wrapParagraph(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineWidth = DisplayWidth.of(first)
        var empty = true
        func newLine() {
            lines.append(trimmedTrailing(line))
            line = rest
            lineWidth = DisplayWidth.of(rest)
            empty = true
        }
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var word = Substring(word)
            let wordWidth = DisplayWidth.of(word)
            if !empty && lineWidth + 1 + wordWidth > width { newLine() }
            if !empty {
                line += " "
                lineWidth += 1
            }
            // A word wider than the room left is cut into pieces that fit.
            while DisplayWidth.of(word) > width - lineWidth, width - lineWidth > 0 {
                let room = width - lineWidth
                var piece = ""
                var pieceWidth = 0
                var rest = word
                while let next = rest.first, pieceWidth + DisplayWidth.of(next) <= room {
                    piece.append(next)
                    pieceWidth += DisplayWidth.of(next)
                    rest = rest.dropFirst()
                }
                if piece.isEmpty, !empty { break }
                if piece.isEmpty { piece = String(rest.prefix(1)); rest = rest.dropFirst() }
                line += piece
                lineWidth += DisplayWidth.of(piece)
                word = rest
                empty = false
                if !word.isEmpty { newLine() }
            }
            if !word.isEmpty {
                line += word
                lineWidth += DisplayWidth.of(word)
                empty = false
            }
        }
        if !empty || lines.isEmpty { lines.append(trimmedTrailing(line)) }
        return lines
    }

    /// `text` padded with spaces to `width` display columns (never cut).
    public static func padded(_ text: String, to width: Int, alignment: TextTable.Alignment = .left) -> String {
        let gap = Swift.max(0, width - DisplayWidth.of(text))
        let spaces = String(repeating: " ", count: gap)
        return alignment == .left ? text + spaces : spaces + text
    }

    static func trimmedTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
