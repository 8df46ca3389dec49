import Diagnostics
import FileIO

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Data formats made safe for where they go, without changing what they mean.
///
/// The text formats' renderers (terminal, Markdown, HTML) show every input text safely
/// themselves. JSON gets the controls it allows raw written as `\uXXXX`, which is the same
/// JSON, wherever it goes; YAML and CSV are exact in a file or a pipe, and show controls as
/// escapes only on a terminal, where a person reads them.
enum StandardOutputText {
    enum Kind {
        /// Made safe by its renderer: terminal, Markdown, HTML.
        case rendered
        case json
        /// YAML or CSV, for a program to read.
        case data
    }

    static func safe(_ text: String, _ kind: Kind, target: OutputTarget) -> String {
        switch kind {
        case .rendered: return text
        case .json: return TerminalSafe(json: text).text
        case .data:
            guard target.destination == .standardOutput, isatty(1) == 1 else { return text }
            return TerminalText.sanitized(text.replacing("\r\n", with: "\n"))
        }
    }
}
