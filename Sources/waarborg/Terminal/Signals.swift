#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH into bytes on a pipe, so the input loop
/// sees them next to the keys and can save, restore the terminal and exit in order.
///
/// A second SIGINT, SIGTERM or SIGHUP while the first is still unhandled restores the
/// terminal and exits at once, so the program can always be stopped.
enum Signals {
    /// The read end of the pipe; -1 until `install()`.
    nonisolated(unsafe) static var readEnd: Int32 = -1
    nonisolated(unsafe) fileprivate static var writeEnd: Int32 = -1
    nonisolated(unsafe) fileprivate static var pending: Int32 = 0

    static let stopping: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        guard readEnd < 0 else { return }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return }
        readEnd = fds[0]
        writeEnd = fds[1]
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        // A program started with these blocked (some launchers do) could not be stopped.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in stopping + [SIGWINCH] { sigaddset(&unblock, signal) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for signal in stopping + [SIGWINCH] {
            var action = sigaction()
            #if canImport(Darwin)
            action.__sigaction_u.__sa_handler = handle
            #else
            action.__sigaction_handler.sa_handler = handle
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// Takes the signals that arrived since the last call, in order, from the pipe.
    static func drain() -> [Int32] {
        var signals: [Int32] = []
        var byte: UInt8 = 0
        while read(readEnd, &byte, 1) == 1 {
            signals.append(Int32(byte))
        }
        pending = 0
        return signals
    }
}

/// The handler: only async-signal-safe calls (`write`, `tcsetattr`, `_exit`).
private func handle(_ signal: Int32) {
    if signal != SIGWINCH {
        if Signals.pending != 0 {
            RawMode.restoreFromSignal()
            _exit(128 + signal)
        }
        Signals.pending = signal
    }
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(Signals.writeEnd, &byte, 1)
}
