import Diagnostics
import RuleLanguage
import YAML

/// Places a position inside an expression at its line and column in the YAML file.
///
/// A plain or quoted scalar on one line is shifted by its opening quote; a block scalar
/// (`|` or `>`) starts on the next line at its indentation. Escapes before the position
/// (rare in expressions) may shift the column by their length.
struct ExpressionLocator {
    let node: Node
    let lines: [Substring]

    init(node: Node, source: String) {
        self.node = node
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func location(of offset: Int) -> FileLocation {
        let start = node.location
        guard let scalar = node.scalar else { return start }
        switch scalar.style {
        case .plain:
            return start.advanced(byColumns: offset)
        case .singleQuoted, .doubleQuoted:
            return start.advanced(byColumns: 1 + offset)
        case .literal, .folded:
            let prefix = scalar.text.unicodeScalars.prefix(offset)
            let lineDelta = prefix.filter { $0 == "\n" }.count
            let column = prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0)
            let lineNumber = start.line + 1 + lineDelta
            let indent = lineNumber - 1 < lines.count
                ? lines[lineNumber - 1].unicodeScalars.prefix(while: { $0 == " " }).count : 0
            return FileLocation(file: start.file, line: lineNumber, column: indent + 1 + column)
        }
    }

    func diagnostic(_ error: RuleError) -> Diagnostic {
        .error(error.message, at: location(of: error.range.start))
    }
}
