#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal a descriptor writes to: the one place that asks.
enum TerminalSize {
    /// Columns and rows of the terminal on `fd`; nil when it is no terminal or does not say.
    static func of(_ fd: Int32) -> (columns: Int, rows: Int)? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// The width for a report on stdout: the terminal's, kept between 60 and 100 columns so
    /// lines stay readable; 80 when it cannot be found.
    static var reportWidth: Int {
        of(1).map { min(100, max(60, $0.columns)) } ?? 80
    }
}
