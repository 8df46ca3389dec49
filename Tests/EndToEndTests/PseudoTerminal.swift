import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program on a real pseudo-terminal and talks to it as a person at a keyboard would.
///
/// The program gets the terminal's slave side as standard input, output and error; the test
/// writes keys to the master side and reads everything the program draws.
final class PseudoTerminal {
    let master: Int32
    /// Kept open after the child exits, to read the terminal settings it left behind.
    let slave: Int32
    let pid: pid_t
    private(set) var output: [UInt8] = []
    /// The terminal's settings before the program started.
    private(set) var initialModes = termios()

    /// Keys as the terminal sends them.
    enum Keys {
        static let up = "\u{1B}[A"
        static let down = "\u{1B}[B"
        static let enter = "\r"
        static let escape = "\u{1B}"
        static let backspace = "\u{7F}"
        static let ctrlC = "\u{03}"
    }

    /// Starts waarborg with `arguments`; give paths absolute, as its working folder is this process's.
    init(_ arguments: [String], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 30) throws {
        master = PTY.openpt(O_RDWR | O_NOCTTY)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0,
            PTY.ptsname_r(master, &name, name.count) == 0
        else {
            throw PseudoTerminalError("cannot open a pseudo-terminal")
        }
        slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            throw PseudoTerminalError("cannot open \(String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))")
        }
        tcgetattr(slave, &initialModes)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A session of its own, as a program started in a terminal window has.
        // …and with no signal blocked or ignored, whatever this test process's threads do.
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigemptyset(&all)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGWINCH] { sigaddset(&all, signal) }
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, PTY.spawnSetSID | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([Waarborg.executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, Waarborg.executable, &actions, &attributes, argv, envp)
        guard status == 0 else { throw PseudoTerminalError("cannot start waarborg: \(String(cString: strerror(status)))") }
        pid = child
    }

    deinit {
        close(master)
        close(slave)
    }

    /// Types `keys`.
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until the screen shows `text`; fails the test after `seconds`.
    @discardableResult
    func expect(_ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !Screen.text(lastFrame).contains(text) {
            let left = deadline.timeIntervalSinceNow
            guard left > 0, readSome(milliseconds: Int32(min(left, 0.5) * 1000)) || left > 0 else { break }
            if Date() > deadline { break }
        }
        let found = Screen.text(lastFrame).contains(text)
        if !found {
            Issue.record("the screen does not show \"\(text)\"; it shows:\n\(Screen.text(lastFrame))", sourceLocation: sourceLocation)
        }
        return found
    }

    /// Answers who is answering in `fill`, one screen at a time, up to the first question:
    /// the name, the role by its number in the list, the board, and no school.
    func respond(name: String = "Anna", role: String, board: String = "De Linde") {
        expect("Je naam:")
        send(name + Keys.enter)
        expect("Je rol")
        send(role)
        expect("Het bestuur waarvoor je antwoordt:")
        send(board + Keys.enter)
        expect("Je school")
        send(Keys.enter)
    }

    /// Waits for the program to exit, reading what it still writes, and returns its status.
    func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while Date() < deadline {
            _ = readSome(milliseconds: 50)
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid {
                while readSome(milliseconds: 20) {}
                if status & 0x7F == 0 { return (status >> 8) & 0xFF }
                return 128 + (status & 0x7F)
            }
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return nil
    }

    /// Everything drawn since the last time the screen was cleared.
    var lastFrame: String {
        let text = String(decoding: output, as: UTF8.self)
        guard let range = text.range(of: "\u{1B}[2J", options: .backwards) else { return text }
        return String(text[range.upperBound...])
    }

    /// Everything the program wrote.
    var transcript: String { String(decoding: output, as: UTF8.self) }

    /// Reads what is available within `milliseconds`; false when nothing came.
    func readSome(milliseconds: Int32) -> Bool {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        output += buffer[0..<count]
        return true
    }
}

struct PseudoTerminalError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Terminal output as the text a person sees.
enum Screen {
    /// The text without escape sequences and carriage returns.
    static func text(_ raw: String) -> String {
        var out = ""
        var iterator = raw.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    while let c = iterator.next(), c != "\u{07}" {}
                }
                continue
            }
            if scalar == "\r" { continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

/// The pseudo-terminal functions of the C library, which the Glibc module leaves out (they
/// need `_XOPEN_SOURCE`), looked up by name.
enum PTY {
    private typealias IntFunction = @convention(c) (Int32) -> Int32
    private typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    private static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
            fatalError("\(name) is not in the C library")
        }
        return unsafeBitCast(symbol, to: type)
    }

    static func openpt(_ flags: Int32) -> Int32 { function("posix_openpt", as: IntFunction.self)(flags) }
    static func grantpt(_ fd: Int32) -> Int32 { function("grantpt", as: IntFunction.self)(fd) }
    static func unlockpt(_ fd: Int32) -> Int32 { function("unlockpt", as: IntFunction.self)(fd) }
    static func ptsname_r(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int) -> Int32 {
        function("ptsname_r", as: NameFunction.self)(fd, buffer, size)
    }

    #if os(Linux)
    static let spawnSetSID: Int16 = 0x80
    #else
    static let spawnSetSID: Int16 = 0x400
    #endif
}
