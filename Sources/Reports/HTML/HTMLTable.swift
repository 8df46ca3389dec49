/// An HTML table with a header row; cells are HTML already escaped by the caller.
struct HTMLTable {
    struct Column {
        var header: String
        var numeric = false

        init(_ header: String, numeric: Bool = false) {
            self.header = header
            self.numeric = numeric
        }
    }

    var caption: String?
    /// A class for the table, such as `statements`.
    var className: String?
    var columns: [Column]
    var rows: [[String]] = []
    /// A class per row index, such as `total`.
    var rowClasses: [Int: String] = [:]

    init(caption: String? = nil, className: String? = nil, columns: [Column]) {
        self.caption = caption
        self.className = className
        self.columns = columns
    }

    func html() -> String {
        var out = className.map { "<table class=\"\($0)\">\n" } ?? "<table>\n"
        if let caption { out += "<caption>\(HTMLText.inline(caption))</caption>\n" }
        out += "<thead><tr>"
        for column in columns {
            out += column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            out += HTMLText.inline(column.header) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            out += rowClasses[index].map { "<tr class=\"\($0)\">" } ?? "<tr>"
            for (position, column) in columns.enumerated() {
                let cell = position < row.count ? row[position] : ""
                if position == 0 {
                    out += "<th scope=\"row\">\(cell)</th>"
                } else {
                    out += column.numeric ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
