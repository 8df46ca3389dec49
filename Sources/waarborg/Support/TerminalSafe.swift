import Diagnostics
import FileIO

/// Text that may be written to the terminal: `Console` takes nothing else.
///
/// A string literal is trusted, since it is written in this program; every value put into
/// one by interpolation (`"\(path): error: …"`) goes through `TerminalText.sanitized`, so a
/// name, title or path from an input file cannot clear the screen, set the window title or
/// reorder a line. Text that a renderer has made safe itself, with colours of its own,
/// comes in through ``init(rendered:)``, whose uses a test keeps to a known list.
struct TerminalSafe: ExpressibleByStringInterpolation, Sendable {
    /// The text as it goes to the terminal.
    let text: String

    /// Text from anywhere, with its control characters shown as escapes.
    init(sanitizing text: String, keepNewlines: Bool = true) {
        self.text = TerminalText.sanitized(text, keepNewlines: keepNewlines)
    }

    /// Text a renderer has already made safe: it sanitised every piece of input it holds
    /// and added escape sequences of its own (colours, cursor moves).
    init(rendered text: String) {
        self.text = text
    }

    /// JSON text, made safe without changing what it means: the controls that JSON leaves
    /// raw (DEL, C1, the line and paragraph separators, bidi controls) can only stand
    /// inside its strings, where `\uXXXX` means the same scalar.
    init(json text: String) {
        guard text.unicodeScalars.contains(where: { TerminalText.needsEscape($0) }) else {
            self.text = text
            return
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if TerminalText.needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        self.text = String(out)
    }

    init(stringLiteral value: String) {
        text = value
    }

    init(stringInterpolation: Interpolation) {
        text = stringInterpolation.text
    }

    static func + (left: TerminalSafe, right: TerminalSafe) -> TerminalSafe {
        TerminalSafe(rendered: left.text + right.text)
    }

    /// Builds the text: literal pieces as written, interpolated values sanitised.
    struct Interpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity)
        }

        mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            text += TerminalText.sanitized(value.description)
        }

        mutating func appendInterpolation(_ value: TerminalSafe) {
            text += value.text
        }

        /// Messages exist in two languages; the caller says which one goes to the terminal.
        @available(*, unavailable, message: "write message.text(language)")
        mutating func appendInterpolation(_ value: Message) {}

        @available(*, unavailable, message: "write error.description(language)")
        mutating func appendInterpolation(_ value: FileError) {}

        @available(*, unavailable, message: "print diagnostics with Console.report, or diagnostic.description(language)")
        mutating func appendInterpolation(_ value: Diagnostic) {}
    }
}
