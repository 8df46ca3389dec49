#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw mode on the terminal at standard input: keys arrive one by one, unechoed, with
/// Ctrl-C as a key. The saved settings are restored on every way out.
enum RawMode {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var active = false

    /// What is written to leave the full-screen interface: show the cursor, leave the
    /// alternate screen.
    static let leaveSequence: [UInt8] = Array("\u{1B}[?25h\u{1B}[?1049l".utf8)

    /// Switches standard input to raw mode; false when it is not a terminal.
    static func enable() -> Bool {
        guard !active, tcgetattr(0, &saved) == 0 else { return false }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR | ISTRIP | BRKINT)
        raw.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(0, TCSAFLUSH, &raw) == 0 else { return false }
        active = true
        return true
    }

    /// Restores the saved settings and leaves the full-screen interface.
    static func restore() {
        guard active else { return }
        leaveSequence.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
        tcsetattr(0, TCSAFLUSH, &saved)
        active = false
    }

    /// The same from a signal handler: only async-signal-safe calls.
    static func restoreFromSignal() {
        guard active else { return }
        leaveSequence.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
        tcsetattr(0, TCSANOW, &saved)
    }

    /// Columns and rows of the terminal on standard error; 80×24 when unknown.
    static func size() -> (columns: Int, rows: Int) {
        guard let size = TerminalSize.of(2), size.rows > 0 else { return (80, 24) }
        return size
    }
}
