/// A GitHub-flavoured Markdown table; cells are taken as given, so escape input with
/// `MarkdownText.cell` first.
public struct MarkdownTable: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var alignment: TextTable.Alignment

        public init(_ header: String, alignment: TextTable.Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The table's lines, each ending in a newline.
    public func rendered() -> String {
        var out = "| " + columns.map(\.header).joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            let cells = columns.indices.map { $0 < row.count && !row[$0].isEmpty ? row[$0] : " " }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
