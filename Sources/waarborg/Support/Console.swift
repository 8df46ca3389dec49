import Diagnostics
import FileIO

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to the terminal: results on stdout, everything else on stderr.
///
/// Both take `TerminalSafe` text only, so nothing from an input file reaches the terminal
/// without its control characters shown as escapes.
enum Console {
    /// Writes a result to stdout. A full disk or another write error ends the command
    /// with its message in `language` and exit 74; a reader that went away ends it quietly.
    static func out(_ text: TerminalSafe, language: Language) {
        do throws(FileError) {
            try StandardOutput.write(Array(text.text.utf8))
        } catch {
            err("\(error.description(language))\n")
            exit(74)
        }
    }

    static func err(_ text: TerminalSafe) {
        writeAll(2, text.text)
    }

    /// Writes all of `text` to a file descriptor, unbuffered, retrying short writes.
    private static func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// `path: error: message`, or `error: message` without a path, on stderr in `language`:
    /// the compiler-style form of the diagnostics, for a problem that has no line.
    static func error(_ message: Message, path: String? = nil, language: Language) {
        let text = message.text(language)
        if let path {
            err("\(path): error: \(text)\n")
        } else {
            err("error: \(text)\n")
        }
    }

    /// Whether colour may be used on a stream: a terminal, no NO_COLOR, not dumb, not refused.
    static func colour(on fd: Int32, refused: Bool) -> Bool {
        if refused { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return isatty(fd) == 1
    }

    /// Prints diagnostics on stderr, with source lines and colour when stderr is a terminal.
    static func report(
        _ diagnostics: [Diagnostic], sources: @autoclosure () -> [String: String], noColor: Bool, language: Language
    ) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(language: language, colour: colour(on: 2, refused: noColor), sources: sources())
        // The printer sanitises messages, notes, source lines and file names itself.
        err(TerminalSafe(rendered: printer.render(diagnostics)))
    }
}

extension Message {
    /// `--out` names a file that exists, and `--force` was not given.
    static let fileExists = Message(
        nl: "het bestand bestaat al; kies een andere naam of gebruik --force",
        en: "the file exists; choose another name or pass --force")
}

extension Message {
    static let nameAnswersFiles = Message(nl: "noem minstens één antwoordbestand", en: "name at least one answers file")

    /// `--today` that is no date.
    static func badToday(_ text: String) -> Message {
        Message(nl: "--today ‘\(text)’ moet een datum zijn, geschreven als 2027-03-01", en: "--today '\(text)' must be a date written as 2027-03-01")
    }
}
