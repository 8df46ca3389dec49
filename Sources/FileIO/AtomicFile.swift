import Diagnostics

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
    public static func write(_ text: String, to path: String, audience: FileAudience = .personal) throws(FileError) {
        try write(Array(text.utf8), to: path, audience: audience)
    }

    public static func write(_ bytes: [UInt8], to path: String, audience: FileAudience = .personal) throws(FileError) {
        let stream = try Stream(path, audience: audience)
        try stream.write(bytes)
        try stream.commit()
    }

    /// The part of a temporary file's name after the target's name and before the process id:
    /// `.antwoorden.yaml.waarborg-4711-Ab3xYz` is a copy of `antwoorden.yaml` being written by
    /// process 4711.
    static let marker = ".waarborg-"

    /// A file written piece by piece that appears at its path, whole, only on `commit()`;
    /// until then (or when discarded) the existing file is unchanged.
    ///
    /// For output too large to hold in memory, such as a report over thousands of files.
    /// A new file gets the audience's mode; a replaced file keeps its mode (and, when
    /// running as root, its owner).
    public final class Stream {
        public let path: String
        private let temporary: String
        private var fd: Int32
        private var finished = false

        public init(_ path: String, audience: FileAudience = .personal) throws(FileError) {
            self.path = path
            let folder = AtomicFile.directory(of: path)
            if !InputFile.isDirectory(folder) {
                throw FileError(
                    .cannotCreate, path: path, message: Message(nl: "map ‘\(folder)’ bestaat niet", en: "folder '\(folder)' does not exist"))
            }
            if InputFile.isDirectory(path) {
                throw FileError(.cannotCreate, path: path, message: Message(nl: "is een map", en: "is a directory"))
            }
            let name = AtomicFile.shortened(AtomicFile.basename(of: path), to: 200)
            AtomicFile.removeAbandoned(in: folder, name: name)
            var template = Array("\(folder)/.\(name)\(AtomicFile.marker)\(getpid())-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else {
                throw FileError(
                    .cannotCreate, path: path,
                    message: Message(nl: "kan geen bestand maken in ‘\(folder)’: ", en: "cannot create a file in '\(folder)': ")
                        + InputFile.describe(errno))
            }
            self.fd = fd
            self.temporary = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            var existing = stat()
            if stat(path, &existing) == 0 {
                fchmod(fd, existing.st_mode & 0o7777)
                if geteuid() == 0 { _ = fchown(fd, existing.st_uid, existing.st_gid) }
            } else {
                fchmod(fd, audience.newFileMode)
            }
        }

        deinit {
            discard()
        }

        public func write(_ text: String) throws(FileError) {
            try write(Array(text.utf8))
        }

        public func write(_ bytes: [UInt8]) throws(FileError) {
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { raw in
                    posixWrite(fd, raw.baseAddress! + offset, bytes.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(InputFile.describe(errno))
                }
                if written == 0 { throw failure(Message(nl: "er werd niets geschreven", en: "nothing was written")) }
                offset += written
            }
        }

        /// Flushes the file to disk and puts it in place of the target.
        public func commit() throws(FileError) {
            if fsync(fd) != 0 { throw failure(InputFile.describe(errno)) }
            // Some file systems (NFS, FUSE) report a failed write only when the file is closed.
            let closed = close(fd)
            fd = -1
            if closed != 0 { throw failure(InputFile.describe(errno)) }
            guard rename(temporary, path) == 0 else {
                let reason = InputFile.describe(errno)
                discard()
                throw FileError(
                    .cannotCreate, path: path, message: Message(nl: "kan het bestand niet vervangen: ", en: "cannot replace the file: ") + reason)
            }
            finished = true
            let dirfd = open(AtomicFile.directory(of: path), O_RDONLY | O_DIRECTORY)
            if dirfd >= 0 {
                fsync(dirfd)
                close(dirfd)
            }
        }

        /// Removes the temporary file; the target is left as it was.
        public func discard() {
            guard !finished else { return }
            finished = true
            if fd >= 0 { close(fd) }
            fd = -1
            unlink(temporary)
        }

        private func failure(_ reason: Message) -> FileError {
            discard()
            return FileError(
                .ioError, path: path,
                message: .cannotWrite(reason) + Message(nl: "; het bestaande bestand is niet veranderd", en: "; the existing file is unchanged"))
        }
    }

    /// Removes temporary files of `name` left in `folder` by a process that no longer runs
    /// (killed while writing); those of a running process are left alone.
    static func removeAbandoned(in folder: String, name: String) {
        let prefix = ".\(name)\(marker)"
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let entryName = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard entryName.hasPrefix(prefix) else { continue }
            let rest = entryName.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0,
                rest.distance(from: dash, to: rest.endIndex) == 7
            else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                unlink("\(folder)/\(entryName)")
            }
        }
    }

    /// `name` as it may appear inside a sibling's name (a temporary copy, a lock): at most
    /// `bytes` bytes of UTF-8, a longer name cut at a character and made unique by a hash of
    /// the whole, so a file whose name is near the system's limit of 255 bytes can still be
    /// written.
    public static func shortened(_ name: String, to bytes: Int) -> String {
        guard name.utf8.count > bytes else { return name }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let suffix = "~" + String(hash & 0xFFFF_FFFF, radix: 16)
        var cut = ""
        for scalar in name.unicodeScalars {
            guard cut.utf8.count + String(scalar).utf8.count + suffix.utf8.count <= bytes else { break }
            cut.unicodeScalars.append(scalar)
        }
        return cut + suffix
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
