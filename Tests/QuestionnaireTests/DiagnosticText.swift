import Diagnostics

/// Diagnostics as the lines of an `.expected` file, and readable comparisons of them.
enum DiagnosticText {
    /// One line per diagnostic, `LINE:COLUMN: severity: message`, each note below it
    /// indented by two spaces as `LINE:COLUMN: note: message`.
    ///
    /// The file name is left out when it is `file`, so fixtures can move; a location in
    /// another file keeps its path, which makes such a mistake visible in a diff.
    static func render(_ diagnostics: [Diagnostic], file: String) -> String {
        var lines: [String] = []
        for diagnostic in diagnostics {
            lines.append(position(diagnostic.location, file: file) + "\(diagnostic.severity.rawValue): \(diagnostic.message.en)")
            for note in diagnostic.notes {
                lines.append("  " + position(note.location, file: file) + "note: \(note.message.en)")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func position(_ location: FileLocation?, file: String) -> String {
        guard let location else { return "" }
        let prefix = location.file == file ? "" : "\(location.file):"
        return "\(prefix)\(location.line):\(location.column): "
    }

    /// A line diff of `expected` against `actual`: `-` for lines only expected, `+` for
    /// lines only reported, two spaces for lines in both.
    static func diff(expected: String, actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLastIfEmpty()
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).dropLastIfEmpty()
        // Longest common subsequence table, filled from the ends.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append("  " + a[i]); i += 1; j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                lines.append("- " + a[i]); i += 1
            } else {
                lines.append("+ " + b[j]); j += 1
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Each diagnostic with the source line it points at and a caret under its column,
    /// so a wrong position shows at a glance.
    static func inContext(_ diagnostics: [Diagnostic], source: String, file: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for diagnostic in diagnostics {
            out.append(render([diagnostic], file: file).split(separator: "\n").first.map(String.init) ?? "")
            guard let location = diagnostic.location, location.file == file,
                location.line >= 1, location.line <= lines.count
            else { continue }
            let line = String(lines[location.line - 1]).replacingTabs()
            out.append("    | " + line)
            out.append("    | " + String(repeating: " ", count: max(0, location.column - 1)) + "^")
        }
        return out.joined(separator: "\n")
    }
}

private extension Array where Element == Substring {
    func dropLastIfEmpty() -> [Substring] { last == "" ? Array(dropLast()) : self }
}

private extension String {
    /// Tabs shown as `→` so that a caret under a tab stays in its column.
    func replacingTabs() -> String { String(map { $0 == "\t" ? "→" : $0 }) }
}
