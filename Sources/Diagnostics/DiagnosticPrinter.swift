/// Renders diagnostics the way compilers do, so editors can jump to them.
///
/// ```
/// questionnaires/waarborg-1/1.0.0.yaml:12:7: error: unknown key 'titel'; did you mean 'title'?
///    12 |       titel: "Visie"
///       |       ^
/// ```
/// Messages and notes are written in `language`; the keywords `error:`, `warning:` and
/// `note:` stay English in both languages, as in every compiler-style tool.
/// Colour is only used when asked for; the printer never decides that by itself.
public struct DiagnosticPrinter: Sendable {
    public var language: Language

    public var colour: Bool

    /// Source text per file path, to show the offending line under each diagnostic.
    public var sources: [String: String]

    public init(language: Language, colour: Bool = false, sources: [String: String] = [:]) {
        self.language = language
        self.colour = colour
        self.sources = sources
    }

    /// The most diagnostics shown per file unless a printer is told otherwise.
    public static let defaultLimitPerFile = 200

    /// The widest excerpt shown of a source line, in Unicode scalars; a longer line is cut
    /// around the caret, so a file of one huge line cannot flood the terminal.
    public static let excerptWidth = 160

    /// The most diagnostics shown per file; the rest are counted in one closing note.
    ///
    /// A hostile file can hold a million problems; the first ones are what a person acts on.
    public var limitPerFile = defaultLimitPerFile

    public func render(_ diagnostics: [Diagnostic]) -> String {
        var lines: [String: LineIndex] = [:]
        // The last line shown of each file, so its index stops there.
        var lastLines: [String: Int] = [:]
        var counted: [String: Int] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.location?.file ?? ""
            counted[file, default: 0] += 1
            guard counted[file]! <= limitPerFile else { continue }
            for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
                if let location { lastLines[location.file] = max(lastLines[location.file] ?? 0, location.line) }
            }
        }
        for (file, last) in lastLines {
            if let text = sources[file] { lines[file] = LineIndex(text, through: last) }
        }
        var shown: [String: Int] = [:]
        var hidden: [(file: String, count: Int)] = []
        var out = ""
        for diagnostic in diagnostics {
            let file = diagnostic.location?.file ?? ""
            let count = shown[file, default: 0]
            if count >= limitPerFile {
                if let index = hidden.firstIndex(where: { $0.file == file }) {
                    hidden[index].count += 1
                } else {
                    hidden.append((file, 1))
                }
                continue
            }
            shown[file] = count + 1
            out += render(diagnostic, lines: &lines)
        }
        for (file, count) in hidden {
            let place = file.isEmpty ? "" : bold(sanitize("\(file):")) + " "
            out += place + paint("note:", code: "36") + " " + Diagnostic.notShown(count).text(language) + "\n"
        }
        return out
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines: [String: LineIndex] = [:]
        return render(diagnostic, lines: &lines)
    }

    /// One diagnostic; `lines` keeps each file's line index for the next call.
    private func render(_ diagnostic: Diagnostic, lines: inout [String: LineIndex]) -> String {
        var out = ""
        let label = severityLabel(diagnostic.severity)
        if let location = diagnostic.location {
            out += bold(sanitize("\(location):")) + " " + label + " " + bold(sanitize(diagnostic.message.text(language))) + "\n"
            out += excerpt(at: location, lines: &lines)
        } else {
            out += label + " " + bold(sanitize(diagnostic.message.text(language))) + "\n"
        }
        for note in diagnostic.notes {
            if let location = note.location {
                out += bold(sanitize("\(location):")) + " " + paint("note:", code: "36") + " " + sanitize(note.message.text(language)) + "\n"
                out += excerpt(at: location, lines: &lines)
            } else {
                out += paint("note:", code: "36") + " " + sanitize(note.message.text(language)) + "\n"
            }
        }
        return out
    }

    /// The source line with a caret under the column, cut to ``excerptWidth`` around it.
    ///
    /// The caret is placed by the width of what is shown, so escapes such as `\u{1B}` before
    /// it do not push it off its character.
    private func excerpt(at location: FileLocation, lines: inout [String: LineIndex]) -> String {
        guard let text = sources[location.file] else { return "" }
        if lines[location.file] == nil { lines[location.file] = LineIndex(text) }
        guard let source = lines[location.file], let count = source.scalarCount(ofLine: location.line) else {
            return ""
        }
        let column = max(1, min(location.column, count + 1))
        var first = 0, last = count
        if count > Self.excerptWidth {
            first = column - 1 - min(column - 1, Self.excerptWidth / 2)
            last = min(count, first + Self.excerptWidth)
        }
        var shown = first > 0 ? "…" : ""
        var lead = first > 0 ? " " : ""
        var offset = first
        for scalar in source.scalars(ofLine: location.line, from: first, to: last) {
            let visible = sanitize(String(scalar))
            shown += visible
            if offset < column - 1 {
                lead += scalar == "\t" ? "\t" : String(repeating: " ", count: visible.unicodeScalars.count)
            }
            offset += 1
        }
        if last < count { shown += "…" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        return " \(number) | \(shown)\n \(gutter) | \(lead)\(paint("^", code: "32"))\n"
    }

    /// Replaces control characters so input text cannot move the cursor or change colours.
    private func sanitize(_ text: String) -> String {
        TerminalText.sanitized(text)
    }

    private func severityLabel(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: paint("error:", code: "1;31")
        case .warning: paint("warning:", code: "1;35")
        case .note: paint("note:", code: "1;36")
        }
    }

    private func bold(_ text: String) -> String { paint(text, code: "1") }

    private func paint(_ text: String, code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
