import Interview

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads standard input as keys (raw terminal) or as lines (anything else), and reports
/// signals from `Signals` in between, so no read ever hides a Ctrl-C or a closed terminal.
final class InputReader {
    enum Event: Equatable {
        case key(Key)
        case line(String)
        /// SIGINT, SIGTERM or SIGHUP.
        case signal(Int32)
        /// The terminal changed size.
        case resized
        /// End of input: a closed pipe or a hung-up terminal.
        case endOfInput
    }

    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// How long to wait for the rest of an escape sequence after ESC, in milliseconds.
    private let escapeWait: Int32 = 40

    /// The next key press.
    func key() -> Event {
        guard let first = byte(wait: -1) else { return waitOutcome }
        switch first.value {
        case 0x1B: return escape().map { .key($0) } ?? key()
        case 0x0D, 0x0A: return .key(.enter)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x03: return .key(.interrupt)
        case 0x04: return .key(.endOfFile)
        case 0x09: return .key(.tab)
        case 0x15: return .key(.clearLine)
        case 0x01: return .key(.home)
        case 0x05: return .key(.end)
        case 0x00..<0x20: return key()
        default: return .key(character(startingWith: first.value))
        }
    }

    /// Drops every key typed but not yet handled: those read already and those still waiting
    /// in the terminal.
    func discardTypedAhead() {
        buffer.removeAll(keepingCapacity: true)
        start = 0
        tcflush(0, TCIFLUSH)
    }

    /// The next line, without its line break; at end of input the last unterminated line.
    func line() -> Event {
        var bytes: [UInt8] = []
        while true {
            guard let next = byte(wait: -1) else {
                if case .endOfInput = waitOutcome, !bytes.isEmpty {
                    return .line(String(decoding: bytes, as: UTF8.self))
                }
                if case .resized = waitOutcome { continue }
                return waitOutcome
            }
            if next.value == 0x0A {
                if bytes.last == 0x0D { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            bytes.append(next.value)
        }
    }

    // MARK: Bytes

    private struct Byte {
        var value: UInt8
    }

    /// Why the last `byte(wait:)` gave nothing.
    private var waitOutcome: Event = .endOfInput

    /// The next byte, waiting at most `wait` milliseconds (-1: as long as it takes).
    private func byte(wait: Int32) -> Byte? {
        if start < buffer.count {
            defer { start += 1 }
            return Byte(value: buffer[start])
        }
        buffer.removeAll(keepingCapacity: true)
        start = 0
        if ended {
            waitOutcome = .endOfInput
            return nil
        }
        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
            if Signals.readEnd >= 0 { fds.append(pollfd(fd: Signals.readEnd, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                ended = true
                waitOutcome = .endOfInput
                return nil
            }
            if ready == 0 {
                waitOutcome = .key(.escape)
                return nil
            }
            if fds.count > 1, fds[1].revents != 0 {
                let signals = Signals.drain()
                if let stop = signals.first(where: { Signals.stopping.contains($0) }) {
                    waitOutcome = .signal(stop)
                    return nil
                }
                if !signals.isEmpty {
                    waitOutcome = .resized
                    return nil
                }
            }
            guard fds[0].revents != 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            if count <= 0 {
                ended = true
                waitOutcome = .endOfInput
                return nil
            }
            buffer.append(contentsOf: chunk[0..<count])
            start = 1
            return Byte(value: buffer[0])
        }
    }

    /// An escape sequence after ESC, or ESC itself when nothing follows quickly; nil for a
    /// sequence that means nothing here (a function key).
    private func escape() -> Key? {
        guard let second = byte(wait: escapeWait) else { return .escape }
        guard second.value == UInt8(ascii: "[") || second.value == UInt8(ascii: "O") else {
            return .escape
        }
        var parameters: [UInt8] = []
        while let next = byte(wait: escapeWait) {
            if (0x40...0x7E).contains(next.value) {
                switch (next.value, parameters) {
                case (UInt8(ascii: "P"), []), (UInt8(ascii: "~"), Array("11".utf8)): return .help
                case (UInt8(ascii: "A"), _): return .up
                case (UInt8(ascii: "B"), _): return .down
                case (UInt8(ascii: "C"), _): return .right
                case (UInt8(ascii: "D"), _): return .left
                case (UInt8(ascii: "H"), _): return .home
                case (UInt8(ascii: "F"), _): return .end
                case (UInt8(ascii: "Z"), _): return .up
                case (UInt8(ascii: "~"), Array("1".utf8)), (UInt8(ascii: "~"), Array("7".utf8)): return .home
                case (UInt8(ascii: "~"), Array("4".utf8)), (UInt8(ascii: "~"), Array("8".utf8)): return .end
                case (UInt8(ascii: "~"), Array("3".utf8)): return .delete
                default: return nil
                }
            }
            parameters.append(next.value)
            if parameters.count > 16 { break }
        }
        return .escape
    }

    /// A UTF-8 character whose first byte is `lead`.
    private func character(startingWith lead: UInt8) -> Key {
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 1
        var bytes = [lead]
        while bytes.count < length, let next = byte(wait: escapeWait), next.value & 0xC0 == 0x80 {
            bytes.append(next.value)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return .character(text.first ?? "\u{FFFD}")
    }
}
