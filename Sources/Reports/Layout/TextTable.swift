/// Columns of text for the terminal: fixed, fitted or filling columns, the filling one
/// wrapped so the table stays within its width.
public struct TextTable: Sendable {
    public enum Alignment: Sendable, Hashable {
        case left
        case right
    }

    public enum Width: Sendable, Hashable {
        /// Exactly this many columns; longer cells overflow (keep them short).
        case fixed(Int)
        /// As wide as the widest cell.
        case fit
        /// What is left of the table's width, so that separate tables line up; cells wrap.
        /// At most one column fills.
        case fill
    }

    public struct Column: Sendable {
        public var width: Width
        public var alignment: Alignment

        public init(_ width: Width, alignment: Alignment = .left) {
            self.width = width
            self.alignment = alignment
        }
    }

    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var tone: TerminalStyle.Tone?

        public init(_ text: String, tone: TerminalStyle.Tone? = nil) {
            self.text = text
            self.tone = tone
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }
    }

    public var columns: [Column]
    /// Put before every line.
    public var indent: String
    public var separator: String

    public init(columns: [Column], indent: String = "", separator: String = "  ") {
        self.columns = columns
        self.indent = indent
        self.separator = separator
    }

    /// The lines of the table, each at most `width` columns unless fixed cells overflow.
    public func render(_ rows: [[Cell]], width: Int, style: TerminalStyle) -> [String] {
        var widths = columns.enumerated().map { index, column -> Int in
            switch column.width {
            case .fixed(let n): n
            case .fit: rows.map { $0.count > index ? DisplayWidth.of($0[index].text) : 0 }.max() ?? 0
            case .fill: 0
            }
        }
        if let fill = columns.firstIndex(where: { $0.width == .fill }) {
            let used = DisplayWidth.of(indent) + widths.reduce(0, +) + DisplayWidth.of(separator) * (columns.count - 1)
            widths[fill] = Swift.max(8, width - used)
        }
        var lines: [String] = []
        for row in rows {
            let cells = columns.indices.map { index -> [String] in
                let text = index < row.count ? row[index].text : ""
                return columns[index].width == .fill ? TextWrapper.wrap(text, width: widths[index]) : [text]
            }
            let height = cells.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var line = indent
                for index in columns.indices {
                    let text = lineIndex < cells[index].count ? cells[index][lineIndex] : ""
                    let padded = TextWrapper.padded(text, to: widths[index], alignment: columns[index].alignment)
                    let tone = index < row.count ? row[index].tone : nil
                    line += index == 0 ? "" : separator
                    line += styled(padded, tone: tone, style: style)
                }
                lines.append(TextWrapper.trimmedTrailing(line))
            }
        }
        return lines
    }

    /// Applies the tone to the text only, never to the padding around it.
    private func styled(_ padded: String, tone: TerminalStyle.Tone?, style: TerminalStyle) -> String {
        guard tone != nil, style.colour else { return padded }
        let leading = padded.prefix { $0 == " " }
        let core = padded.dropFirst(leading.count)
        let trailing = core.reversed().prefix { $0 == " " }
        let text = core.dropLast(trailing.count)
        return String(leading) + style.apply(tone, String(text)) + String(trailing)
    }
}
