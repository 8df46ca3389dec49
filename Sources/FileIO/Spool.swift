import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Output held back until it is known to be complete, in memory while it is small and in
/// an anonymous temporary file beyond that.
///
/// The file has no name (`O_TMPFILE`, or a name removed the moment it is made, mode 0600),
/// so nobody else can open it and nothing is left behind whatever signal ends the process.
final class Spool {
    /// Bytes kept in memory before the rest goes to the temporary file: 4 MiB.
    static let memoryLimit = 4 * 1024 * 1024

    private var buffer: [UInt8] = []
    private var fd: Int32 = -1

    deinit {
        if fd >= 0 { close(fd) }
    }

    func append(_ bytes: [UInt8]) throws(FileError) {
        buffer += bytes
        if buffer.count >= Self.memoryLimit { try spill() }
    }

    /// Writes everything held, in order, to `target` (a descriptor open for writing).
    func copy(to target: Int32, path: String) throws(FileError) {
        if fd >= 0 {
            guard lseek(fd, 0, SEEK_SET) == 0 else { throw spoolError(errno) }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw spoolError(errno)
                }
                if count == 0 { break }
                try StandardOutput.write(Array(chunk[..<count]), to: target, path: path)
            }
        }
        try StandardOutput.write(buffer, to: target, path: path)
    }

    private func spill() throws(FileError) {
        if fd < 0 { fd = try Self.anonymousFile() }
        try StandardOutput.write(buffer, to: fd, path: "\(Self.folder) (temporary copy of the output)")
        buffer.removeAll(keepingCapacity: true)
    }

    private func spoolError(_ code: Int32) -> FileError {
        FileError(
            .ioError, path: Self.folder,
            message: Message(
                nl: "kan de tijdelijke kopie van de uitvoer niet teruglezen: ", en: "cannot read back the temporary copy of the output: ")
                + InputFile.describe(code))
    }

    /// The folder for the temporary file: `$TMPDIR`, else `/tmp`.
    static var folder: String {
        if let value = getenv("TMPDIR"), value.pointee != 0 { return String(cString: value) }
        return "/tmp"
    }

    /// A file open for reading and writing that has no name in any folder.
    static func anonymousFile() throws(FileError) -> Int32 {
        let folder = folder
        #if os(Linux)
        // O_TMPFILE is __O_TMPFILE | O_DIRECTORY; the macro does not reach Swift.
        let oTmpfile: Int32 = 0o20_000_000 | O_DIRECTORY
        let fd = open(folder, oTmpfile | O_RDWR | O_CLOEXEC, 0o600)
        if fd >= 0 { return fd }
        #endif
        // $TMPDIR may name a folder that is gone; /tmp is the fallback.
        for candidate in folder == "/tmp" ? [folder] : [folder, "/tmp"] {
            var template = Array("\(candidate)/waarborg-spool-XXXXXX".utf8CString)
            let named = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard named >= 0 else { continue }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            return named
        }
        throw FileError(
            .cannotCreate, path: folder,
            message: Message(nl: "kan geen tijdelijk bestand voor de uitvoer maken: ", en: "cannot create a temporary file for the output: ")
                + InputFile.describe(errno))
    }
}
