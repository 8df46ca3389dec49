#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole input files with errors a person can act on.
public enum InputFile {
    /// The default upper bound on a file's size: 32 MiB, far above any real questionnaire.
    public static let defaultLimit = 32 * 1024 * 1024

    /// The bytes of the file at `path`.
    ///
    /// A named pipe is opened without waiting for a writer, so a pipe nobody writes to
    /// reads as empty instead of hanging; reads then block as usual, so `<(command)` works.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw openError(path, errno: errno) }
        defer { close(fd) }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(.ioError, path: path, message: "cannot read: \(describe(errno))") }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw FileError(.noInput, path: path, message: "is a directory, not a file")
        }
        if Int(info.st_size) > limit {
            throw FileError(.tooLarge, path: path, message: "file is larger than \(limit / 1024 / 1024) MiB")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(.ioError, path: path, message: "cannot read: \(describe(errno))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit {
                throw FileError(.tooLarge, path: path, message: "file is larger than \(limit / 1024 / 1024) MiB")
            }
        }
        return bytes
    }

    /// Whether `path` names an existing directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` is itself a symbolic link, whatever it points to.
    ///
    /// A walk through folders skips links to folders: two links back to their own folder
    /// would otherwise make the walk exponential.
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Whether anything exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The entries of a directory, sorted by name; hidden entries are left out.
    public static func list(_ path: String) throws(FileError) -> [String] {
        guard let dir = opendir(path) else { throw openError(path, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    static func openError(_ path: String, errno code: Int32) -> FileError {
        switch code {
        case ENOENT: FileError(.noInput, path: path, message: "no such file")
        case EACCES: FileError(.noInput, path: path, message: "permission denied")
        case ELOOP: FileError(.noInput, path: path, message: "too many levels of symbolic links")
        case EISDIR: FileError(.noInput, path: path, message: "is a directory, not a file")
        case ENOTDIR: FileError(.noInput, path: path, message: "a part of the path is not a directory")
        default: FileError(.noInput, path: path, message: "cannot open: \(describe(code))")
        }
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// The C `read`, named apart from `InputFile.read`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
