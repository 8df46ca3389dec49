import Diagnostics

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
        guard fstat(fd, &info) == 0 else { throw FileError(.ioError, path: path, message: .cannotRead(describe(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw FileError(.noInput, path: path, message: .isDirectory)
        }
        if Int(info.st_size) > limit {
            throw FileError(.tooLarge, path: path, message: .tooLarge(limit))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(.ioError, path: path, message: .cannotRead(describe(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit {
                throw FileError(.tooLarge, path: path, message: .tooLarge(limit))
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
        case ENOENT: FileError(.noInput, path: path, message: Message(nl: "bestand bestaat niet", en: "no such file"))
        case EACCES: FileError(.noInput, path: path, message: Message(nl: "geen toestemming om te lezen", en: "permission denied"))
        case ELOOP: FileError(.noInput, path: path, message: .tooManyLinks)
        case EISDIR: FileError(.noInput, path: path, message: .isDirectory)
        case ENOTDIR:
            FileError(.noInput, path: path, message: Message(nl: "een deel van het pad is geen map", en: "a part of the path is not a directory"))
        default: FileError(.noInput, path: path, message: Message(nl: "kan niet openen: ", en: "cannot open: ") + describe(code))
        }
    }

    /// The system's reason for a failure, in both languages; a rare code keeps the
    /// system's own English text after its number.
    public static func describe(_ code: Int32) -> Message {
        switch code {
        case ENOENT: Message(nl: "bestaat niet", en: "No such file or directory")
        case EACCES, EPERM: Message(nl: "geen toestemming", en: "Permission denied")
        case ENOSPC: Message(nl: "de schijf is vol", en: "No space left on device")
        case EDQUOT: Message(nl: "de schijfruimte (quotum) is op", en: "Disk quota exceeded")
        case EROFS: Message(nl: "alleen-lezen bestandssysteem", en: "Read-only file system")
        case EISDIR: Message(nl: "is een map", en: "Is a directory")
        case ENOTDIR: Message(nl: "een deel van het pad is geen map", en: "Not a directory")
        case EEXIST: Message(nl: "bestaat al", en: "File exists")
        case EIO: Message(nl: "invoer-/uitvoerfout", en: "Input/output error")
        case EPIPE: Message(nl: "de lezer is gestopt (kapotte pijp)", en: "Broken pipe")
        case EFBIG: Message(nl: "bestand te groot", en: "File too large")
        case ENAMETOOLONG: Message(nl: "bestandsnaam te lang", en: "File name too long")
        case ELOOP: Message(nl: "te veel symbolische links", en: "Too many levels of symbolic links")
        case EMFILE, ENFILE: Message(nl: "te veel open bestanden", en: "Too many open files")
        case EBUSY, ETXTBSY: Message(nl: "bestand is bezet", en: "Device or resource busy")
        case ENOMEM: Message(nl: "onvoldoende geheugen", en: "Cannot allocate memory")
        case ENXIO: Message(nl: "apparaat niet beschikbaar", en: "No such device or address")
        case EXDEV: Message(nl: "verwijst naar een ander bestandssysteem", en: "Invalid cross-device link")
        default:
            Message(nl: "systeemfout \(code) (\(String(cString: strerror(code))))", en: String(cString: strerror(code)))
        }
    }
}

/// The C `read`, named apart from `InputFile.read`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

extension Message {
    static let isDirectory = Message(nl: "is een map, geen bestand", en: "is a directory, not a file")
    static let tooManyLinks = Message(nl: "te veel symbolische links achter elkaar", en: "too many levels of symbolic links")

    static func cannotRead(_ reason: Message) -> Message {
        Message(nl: "kan niet lezen: ", en: "cannot read: ") + reason
    }

    /// `limit` in bytes, shown in MiB.
    static func tooLarge(_ limit: Int) -> Message {
        Message(nl: "bestand is groter dan \(limit / 1024 / 1024) MiB", en: "file is larger than \(limit / 1024 / 1024) MiB")
    }

    static func cannotWrite(_ reason: Message) -> Message {
        Message(nl: "kan niet schrijven: ", en: "cannot write: ") + reason
    }
}
