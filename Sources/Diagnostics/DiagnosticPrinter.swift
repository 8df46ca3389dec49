/// Renders diagnostics the way compilers do, so editors can jump to them.
///
/// ```
/// questionnaires/waarborg-1/1.0.0.yaml:12:7: error: unknown key 'titel'; did you mean 'title'?
///    12 |       titel: "Visie"
///       |       ^
/// ```
/// Colour is only used when asked for; the printer never decides that by itself.
public struct DiagnosticPrinter: Sendable {
    public var colour: Bool

    /// Source text per file path, to show the offending line under each diagnostic.
    public var sources: [String: String]

    public init(colour: Bool = false, sources: [String: String] = [:]) {
        self.colour = colour
        self.sources = sources
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let label = severityLabel(diagnostic.severity)
        if let location = diagnostic.location {
            out += bold("\(location):") + " " + label + " " + bold(sanitize(diagnostic.message)) + "\n"
            out += excerpt(at: location)
        } else {
            out += label + " " + bold(sanitize(diagnostic.message)) + "\n"
        }
        for note in diagnostic.notes {
            if let location = note.location {
                out += bold("\(location):") + " " + paint("note:", code: "36") + " " + sanitize(note.message) + "\n"
                out += excerpt(at: location)
            } else {
                out += paint("note:", code: "36") + " " + sanitize(note.message) + "\n"
            }
        }
        return out
    }

    private func excerpt(at location: FileLocation) -> String {
        guard let text = sources[location.file], let line = Self.line(location.line, of: text) else {
            return ""
        }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let shown = sanitize(line)
        let caretColumn = max(1, min(location.column, shown.unicodeScalars.count + 1))
        let lead = shown.unicodeScalars.prefix(caretColumn - 1).map { $0 == "\t" ? "\t" : " " }.joined()
        return " \(number) | \(shown)\n \(gutter) | \(lead)\(paint("^", code: "32"))\n"
    }

    /// Line `number` (1-based) of `text`, without its line break.
    static func line(_ number: Int, of text: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                if current == number { return String(scalars[start..<index]) }
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                    next = scalars.index(after: next)
                }
                current += 1
                start = next
                index = next
                continue
            }
            index = scalars.index(after: index)
        }
        return current == number ? String(scalars[start...]) : nil
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
