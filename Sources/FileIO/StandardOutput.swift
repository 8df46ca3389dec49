#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Checked writes to a file descriptor that is not a file Waarborg replaces: standard
/// output, a device, a named pipe.
public enum StandardOutput {
    /// The path used in messages about standard output.
    public static let name = "<stdout>"

    /// Writes all of `bytes` to standard output.
    ///
    /// A reader that went away (`waarborg report … | head`) ends the process quietly, as
    /// it ends other Unix tools; any other failure, such as a full disk, is thrown.
    public static func write(_ bytes: [UInt8]) throws(FileError) {
        try write(bytes, to: 1, path: name)
    }

    /// Writes all of `bytes` to `fd`, retrying short writes; `path` names it in errors.
    public static func write(_ bytes: [UInt8], to fd: Int32, path: String) throws(FileError) {
        let code = bytes.withUnsafeBytes { write($0, to: fd) }
        try check(code, path: path)
    }

    /// Writes all of `raw`; the `errno` of a failure, or 0.
    private static func write(_ raw: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        var offset = 0
        while offset < raw.count {
            let written = posixWrite(fd, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return 0
    }

    private static func check(_ code: Int32, path: String) throws(FileError) {
        guard code != 0 else { return }
        if code == EPIPE { endQuietly() }
        throw FileError(.ioError, path: path, message: .cannotWrite(InputFile.describe(code)))
    }

    /// Ends the process the way a closed pipe ends other tools: by `SIGPIPE`, which the
    /// shell does not report. Reached only when the signal was ignored (a parent can
    /// start us so), since otherwise the write itself would have ended the process.
    public static func endQuietly() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        _exit(128 + SIGPIPE)
    }
}

/// The C `write`, named apart from `StandardOutput.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
