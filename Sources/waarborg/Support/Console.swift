#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics

/// Writing to the terminal: results on stdout, everything else on stderr.
enum Console {
    static func out(_ text: String) {
        writeAll(1, text)
    }

    static func err(_ text: String) {
        writeAll(2, text)
    }

    /// Copies a file to stdout in pieces, so a large report never sits in memory whole.
    static func copyToStandardOutput(_ path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { write(1, $0.baseAddress! + offset, count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// Writes all of `text` to a file descriptor, unbuffered, retrying short writes.
    static func writeAll(_ fd: Int32, _ text: String) {
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
        err(printer.render(diagnostics))
    }
}
