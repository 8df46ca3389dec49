import Diagnostics
import RuleLanguage
import YAML

/// Places a position inside an expression at its line and column in the YAML file.
///
/// The expression is the scalar's content; the file holds its source, which differs by
/// quotes, escapes (`\"`, `''`), folded line breaks and block indentation. The locator
/// walks the source alongside the content once, so every content scalar has its place.
struct ExpressionLocator {
    let node: Node
    let lines: SourceLines

    init(node: Node, lines: SourceLines) {
        self.node = node
        self.lines = lines
    }

    /// The place of content scalar `offset` (the end of the expression past its last one).
    ///
    /// Only errors need places, so they are worked out on demand, by one walk of the scalar.
    func location(of offset: Int) -> FileLocation {
        if offset == 0, node.scalar?.style == .plain { return node.location }
        let places = Self.places(of: node, in: lines.lines)
        guard !places.isEmpty else { return node.location }
        return places[min(max(0, offset), places.count - 1)]
    }

    func diagnostic(_ error: RuleError) -> Diagnostic {
        .error(error.message, at: location(of: error.range.start))
    }

    static func places(of node: Node, in lines: [[Unicode.Scalar]]) -> [FileLocation] {
        guard let scalar = node.scalar else { return [] }
        let file = node.location.file
        var line = node.location.line - 1
        var column = node.location.column - 1
        var blockIndent: Int?
        switch scalar.style {
        case .plain:
            break
        case .singleQuoted, .doubleQuoted:
            column += 1
        case .literal, .folded:
            line += 1
            let firstContent = lines.dropFirst(line).first { $0.contains { $0 != " " } }
            blockIndent = firstContent?.prefix { $0 == " " }.count ?? 0
            column = min(blockIndent ?? 0, line < lines.count ? lines[line].count : 0)
        }
        func place() -> FileLocation { FileLocation(file: file, line: line + 1, column: column + 1) }
        func nextLine() {
            line += 1
            guard line < lines.count else { column = 0; return }
            let leading = lines[line].prefix { $0 == " " || $0 == "\t" }.count
            column = blockIndent.map { min($0, leading) } ?? leading
        }
        var out: [FileLocation] = []
        var lastContent = place()
        for character in scalar.text.unicodeScalars {
            var steps = 0
            while true {
                steps += 1
                guard line < lines.count, steps < 10_000 else {
                    out.append(place())
                    break
                }
                let current = lines[line]
                if column >= current.count {
                    // End of a source line: a line break or a folded space in the content.
                    if character == "\n" || character == " " {
                        out.append(place())
                        nextLine()
                        break
                    }
                    nextLine()
                    continue
                }
                let here = current[column]
                if scalar.style == .doubleQuoted, here == "\\" {
                    if column + 1 >= current.count {
                        nextLine()  // an escaped line break produces nothing
                        continue
                    }
                    out.append(place())
                    column += escapeLength(current, at: column)
                    break
                }
                if scalar.style == .singleQuoted, here == "'", column + 1 < current.count, current[column + 1] == "'" {
                    out.append(place())
                    column += 2
                    break
                }
                if here == character {
                    out.append(place())
                    column += 1
                    break
                }
                if here == " " || here == "\t" {
                    column += 1  // trailing spaces before a fold
                    continue
                }
                out.append(place())
                column += 1
                break
            }
            if character != "\n", character != " " { lastContent = out.last ?? lastContent }
        }
        out.append(lastContent.advanced(byColumns: 1))
        return out
    }

    /// Source scalars of the escape sequence at `index` (which is a backslash).
    private static func escapeLength(_ line: [Unicode.Scalar], at index: Int) -> Int {
        guard index + 1 < line.count else { return 1 }
        switch line[index + 1] {
        case "x": return 4
        case "u": return 6
        case "U": return 10
        default: return 2
        }
    }
}

/// The lines of a source file as Unicode scalars, split once on first use and shared by
/// every expression of the file.
final class SourceLines {
    private let source: String
    private var split: [[Unicode.Scalar]]?

    init(_ source: String) {
        self.source = source
    }

    var lines: [[Unicode.Scalar]] {
        if let split { return split }
        // Split on the scalar, not the Character: "\r\n" is one Character and never equals "\n".
        let made = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var scalars = Array(line)
            if scalars.last == "\r" { scalars.removeLast() }
            return scalars
        }
        split = made
        return made
    }
}
