#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader, a crash or a full disk never sees half a file.
///
/// The bytes go to a temporary file in the same folder, which is flushed to disk and then
/// renamed over the target; the folder is flushed too, so the rename survives a power cut.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(FileError) {
        try write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        let folder = directory(of: path)
        if !InputFile.isDirectory(folder) {
            throw FileError(.cannotCreate, path: path, message: "folder '\(folder)' does not exist")
        }
        if InputFile.isDirectory(path) {
            throw FileError(.cannotCreate, path: path, message: "is a directory")
        }
        var template = Array("\(folder)/.\(basename(of: path)).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw FileError(.cannotCreate, path: path, message: "cannot create a file in '\(folder)': \(InputFile.describe(errno))")
        }
        let temporary = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o777 }
        fchmod(fd, mode)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                posixWrite(fd, raw.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = InputFile.describe(errno)
                close(fd)
                throw FileError(.ioError, path: path, message: "cannot write: \(reason); the existing file is unchanged")
            }
            if written == 0 {
                close(fd)
                throw FileError(.ioError, path: path, message: "cannot write: nothing was written; the existing file is unchanged")
            }
            offset += written
        }
        if fsync(fd) != 0 {
            let reason = InputFile.describe(errno)
            close(fd)
            throw FileError(.ioError, path: path, message: "cannot write: \(reason); the existing file is unchanged")
        }
        // Some file systems (NFS, FUSE) report a failed write only when the file is closed.
        if close(fd) != 0 {
            throw FileError(.ioError, path: path, message: "cannot write: \(InputFile.describe(errno)); the existing file is unchanged")
        }
        guard rename(temporary, path) == 0 else {
            throw FileError(.cannotCreate, path: path, message: "cannot replace the file: \(InputFile.describe(errno))")
        }
        done = true
        let dirfd = open(folder, O_RDONLY | O_DIRECTORY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func basename(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

/// The C `write`, named apart from `AtomicFile.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
