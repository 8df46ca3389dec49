#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import FileIO

/// Writing to the terminal: results on stdout, everything else on stderr.
///
/// Both take `TerminalSafe` text only, so nothing from an input file reaches the terminal
/// without its control characters shown as escapes.
enum Console {
    /// Writes a result to stdout. A full disk or another write error ends the command
    /// with its message and exit 74; a reader that went away ends it quietly.
    static func out(_ text: TerminalSafe) {
        do throws(FileError) {
            try StandardOutput.write(Array(text.text.utf8))
        } catch {
            err("\(error)\n")
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

    /// Whether colour may be used on a stream: a terminal, no NO_COLOR, not dumb, not refused.
    static func colour(on fd: Int32, refused: Bool) -> Bool {
        if refused { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return isatty(fd) == 1
    }

    /// Prints diagnostics on stderr, with source lines and colour when stderr is a terminal.
    static func report(_ diagnostics: [Diagnostic], sources: @autoclosure () -> [String: String], noColor: Bool) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(colour: colour(on: 2, refused: noColor), sources: sources())
        // The printer sanitises messages, notes, source lines and file names itself.
        err(TerminalSafe(rendered: printer.render(diagnostics)))
    }
}
