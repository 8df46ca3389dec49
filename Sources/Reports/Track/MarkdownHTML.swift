/// The Markdown of a document template as HTML, for a page to print and sign.
///
/// Only the subset the templates use: ATX headings `#` to `###`, paragraphs, bullet lists
/// (`- `, `* `), numbered lists (`1. `), `**bold**` and `*italic*`, pipe tables with a
/// header and a `|---|` row, and `---` alone on a line for a page break. A blank line ends
/// a block; a backslash before punctuation keeps it literal, as `MarkdownText` writes it.
/// Every text goes through `HTMLText`, so raw HTML in the input shows as text and no input
/// can add markup.
public enum MarkdownHTML {
    /// The HTML of the blocks, one per line, without a page around them.
    public static func body(_ markdown: String) -> String {
        let lines = lines(of: markdown)
        var out = ""
        var index = 0
        while index < lines.count {
            let line = trimmed(lines[index])
            if line.isEmpty {
                index += 1
            } else if isPageBreak(line) {
                out += "<div class=\"page-break\"></div>\n"
                index += 1
            } else if let (level, text) = heading(line) {
                out += "<h\(level)>\(inline(text))</h\(level)>\n"
                index += 1
            } else if let header = tableHeader(lines, at: index) {
                out += table(header, lines, index: &index)
            } else if let item = listItem(line) {
                out += list(item, lines, index: &index)
            } else {
                var text = line
                index += 1
                while index < lines.count, !startsBlock(lines, at: index) {
                    text += " " + trimmed(lines[index])
                    index += 1
                }
                out += "<p>\(inline(text))</p>\n"
            }
        }
        return out
    }

    /// A self-contained page of the document, in the reports' style, with page breaks
    /// honoured when printed.
    public static func document(_ markdown: String, title: String, language: String = "nl") -> String {
        HTMLPage.document(language: language, title: title, body: body(markdown), extraStyle: style, mainClass: "document")
    }

    static let style = """
        main.document table { border-collapse: collapse; }
        main.document th, main.document td { border: 1px solid \(HTMLStyle.rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        .page-break { break-after: page; }

        """

    // MARK: Blocks

    private struct ListItem {
        var ordered: Bool
        var number: Int
        var text: String
    }

    private static func list(_ first: ListItem, _ lines: [Substring], index: inout Int) -> String {
        var items = [first.text]
        index += 1
        while index < lines.count {
            let line = trimmed(lines[index])
            if let item = listItem(line), item.ordered == first.ordered {
                items.append(item.text)
            } else if startsBlock(lines, at: index) {
                break
            } else {
                // A line that starts no block continues the item, as in CommonMark.
                items[items.count - 1] += " " + line
            }
            index += 1
        }
        let tag = first.ordered ? "ol" : "ul"
        let start = first.ordered && first.number != 1 ? " start=\"\(first.number)\"" : ""
        return "<\(tag)\(start)>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</\(tag)>\n"
    }

    private static func table(_ header: [String], _ lines: [Substring], index: inout Int) -> String {
        var out = "<table>\n<thead><tr>" + header.map { "<th>\(inline($0))</th>" }.joined() + "</tr></thead>\n"
        index += 2
        var rows: [[String]] = []
        while index < lines.count {
            let line = trimmed(lines[index])
            guard !line.isEmpty, hasPipe(line), !isPageBreak(line), heading(line) == nil else { break }
            var cells = cells(of: line)
            // Cells are fitted to the header, as GitHub does.
            cells = Array(cells.prefix(header.count)) + Array(repeating: "", count: max(0, header.count - cells.count))
            rows.append(cells)
            index += 1
        }
        if !rows.isEmpty {
            out += "<tbody>\n"
            for row in rows { out += "<tr>" + row.map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n" }
            out += "</tbody>\n"
        }
        return out + "</table>\n"
    }

    /// Whether line `index` ends a paragraph or list item: blank, or the start of another block.
    private static func startsBlock(_ lines: [Substring], at index: Int) -> Bool {
        let line = trimmed(lines[index])
        return line.isEmpty || isPageBreak(line) || heading(line) != nil || listItem(line) != nil || tableHeader(lines, at: index) != nil
    }

    /// Three or more dashes and nothing else.
    private static func isPageBreak(_ line: String) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == "-" }
    }

    /// `#` to `###` followed by a space or the end of the line.
    private static func heading(_ line: String) -> (Int, String)? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...3).contains(level) else { return nil }
        let rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (level, trimmed(rest))
    }

    private static func listItem(_ line: String) -> ListItem? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") {
            return ListItem(ordered: false, number: 0, text: trimmed(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count), let number = Int(digits) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") else { return nil }
        return ListItem(ordered: true, number: number, text: trimmed(rest.dropFirst(2)))
    }

    /// The header cells when line `index` has a pipe and the next line is a separator row
    /// with as many cells.
    private static func tableHeader(_ lines: [Substring], at index: Int) -> [String]? {
        guard index + 1 < lines.count else { return nil }
        let line = trimmed(lines[index])
        let separator = trimmed(lines[index + 1])
        guard hasPipe(line), hasPipe(separator) else { return nil }
        let marks = cells(of: separator)
        guard !marks.isEmpty, marks.allSatisfy(isAlignment) else { return nil }
        let header = cells(of: line)
        return header.count == marks.count ? header : nil
    }

    /// `---`, `:---`, `---:` or `:---:`.
    private static func isAlignment(_ cell: String) -> Bool {
        var body = Substring(cell)
        if body.first == ":" { body = body.dropFirst() }
        if body.last == ":" { body = body.dropLast() }
        return !body.isEmpty && body.allSatisfy { $0 == "-" }
    }

    private static func hasPipe(_ line: String) -> Bool {
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                return true
            }
        }
        return false
    }

    /// The cells of a table row, split at pipes that are not escaped; an escaped pipe stays
    /// escaped, for `inline` to show.
    private static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        // The pipes at either end only frame the row.
        if line.hasPrefix("|"), !cells.isEmpty { cells.removeFirst() }
        if endsWithPipe(line), !cells.isEmpty { cells.removeLast() }
        return cells.map { trimmed($0) }
    }

    /// Whether the line ends with a pipe that is not escaped.
    private static func endsWithPipe(_ line: String) -> Bool {
        guard line.hasSuffix("|") else { return false }
        let backslashes = line.dropLast().reversed().prefix { $0 == "\\" }.count
        return backslashes % 2 == 0
    }

    /// The lines of the text, broken at LF, CR LF and CR.
    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    private static func trimmed(_ text: some StringProtocol) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !blank($0) }), let end = text.lastIndex(where: { !blank($0) }) else { return "" }
        return String(text[start...end])
    }

    // MARK: Inline

    /// One block's text as escaped HTML with `<strong>` and `<em>`.
    static func inline(_ text: String) -> String {
        InlineText(SafeText.line(text)).html()
    }
}

/// The characters of one block's text, with backslash escapes resolved, and the places
/// where `**` and `*` may close.
///
/// Each opener looks up its closer in a sorted list, so a line of many unmatched stars
/// costs no more than a logarithm per star.
private struct InlineText {
    private var characters: [Character] = []
    /// Whether a character was escaped with a backslash, so it is text and never a delimiter.
    private var literal: [Bool] = []
    private var strongClosers: [Int] = []
    private var emphasisClosers: [Int] = []

    init(_ text: String) {
        var escaping = false
        for character in text {
            if escaping {
                escaping = false
                if character.isASCII, character.isPunctuation || character.isSymbol {
                    characters.append(character)
                    literal.append(true)
                    continue
                }
                characters.append("\\")
                literal.append(true)
            } else if character == "\\" {
                escaping = true
                continue
            }
            characters.append(character)
            literal.append(false)
        }
        if escaping {
            characters.append("\\")
            literal.append(true)
        }
        for index in characters.indices where index > 0 && !characters[index - 1].isWhitespace {
            if isStar(index), isStar(index + 1) { strongClosers.append(index) }
            if isStar(index), !isStar(index - 1), !isStar(index + 1) { emphasisClosers.append(index) }
        }
    }

    func html() -> String {
        render(characters.startIndex..<characters.endIndex, strong: true, emphasis: true)
    }

    private func isStar(_ index: Int) -> Bool {
        index >= 0 && index < characters.count && characters[index] == "*" && !literal[index]
    }

    private func render(_ range: Range<Int>, strong: Bool, emphasis: Bool) -> String {
        var out = ""
        var plain = ""
        var index = range.lowerBound
        func flush() {
            out += HTMLText.escaped(plain)
            plain = ""
        }
        while index < range.upperBound {
            if strong, isStar(index), isStar(index + 1), index + 2 < range.upperBound, !characters[index + 2].isWhitespace,
                let close = Self.first(in: strongClosers, atLeast: index + 3), close + 2 <= range.upperBound
            {
                flush()
                out += "<strong>" + render((index + 2)..<close, strong: false, emphasis: emphasis) + "</strong>"
                index = close + 2
                continue
            }
            if emphasis, isStar(index), !isStar(index + 1), index + 1 < range.upperBound, !characters[index + 1].isWhitespace,
                let close = Self.first(in: emphasisClosers, atLeast: index + 2), close + 1 <= range.upperBound
            {
                flush()
                out += "<em>" + render((index + 1)..<close, strong: strong, emphasis: false) + "</em>"
                index = close + 1
                continue
            }
            plain.append(characters[index])
            index += 1
        }
        flush()
        return out
    }

    /// The first element of the sorted `positions` that is at least `bound`.
    private static func first(in positions: [Int], atLeast bound: Int) -> Int? {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return low < positions.count ? positions[low] : nil
    }
}
