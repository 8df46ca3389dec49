import Questionnaire

/// Writes rows as CSV (RFC 4180): fields quoted when they hold the delimiter, a quote, a
/// line break or spaces at either end; quotes doubled; lines ended with CRLF.
///
/// A text cell that a spreadsheet would take for a formula, one starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (or their full-width forms), gets a `'` in front,
/// so opening the file never runs anything (CSV injection). Numbers this program wrote are
/// left alone: `-1` stays a number.
public struct CSVWriter: Sendable {
    public var format: CSVFormat

    public init(format: CSVFormat = CSVFormat()) {
        self.format = format
    }

    /// The byte order mark when asked for, and the header line.
    public func header(_ columns: [String]) -> String {
        (format.byteOrderMark ? "\u{FEFF}" : "") + line(columns.map { .text($0) })
    }

    /// One record, ending in CRLF.
    public func line(_ cells: [CSVCell]) -> String {
        cells.map(field).joined(separator: String(format.delimiter)) + "\r\n"
    }

    /// A whole document: header and rows.
    public func document(header columns: [String], rows: [[CSVCell]]) -> String {
        header(columns) + rows.map(line).joined()
    }

    /// One field, neutralised and quoted as needed.
    public func field(_ cell: CSVCell) -> String {
        switch cell {
        case .number(let value):
            guard let value, value.isFinite else { return "" }
            let text = NumberText.format(value, decimals: 4)
            return format.decimalComma ? String(text.map { $0 == "." ? "," : $0 }) : text
        case .text(let text):
            return quoted(Self.normalisedLineEnds(Self.neutralised(text)))
        }
    }

    /// The text with a `'` in front when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// `=`, `+`, `-`, `@`, tab, carriage return, and the full-width `＝`, `＋`, `－`, `＠`.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    private func quoted(_ text: String) -> String {
        // Scalars, not Characters: a delimiter or quote followed by a combining mark is one
        // Character that equals neither, yet a spreadsheet still splits or quotes on it.
        let scalars = text.unicodeScalars
        let delimiter = format.delimiter.unicodeScalars
        let needsQuotes =
            scalars.contains { delimiter.contains($0) || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        var out = String.UnicodeScalarView(["\""])
        for scalar in scalars {
            if scalar == "\"" { out.append("\"") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }

    /// CRLF and lone CR inside a field as LF, so a field's lines read the same everywhere.
    static func normalisedLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
