import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's output goes, decided — and refused when it must be — before the
/// command reads anything.
///
/// Every command that writes a result uses this one path:
/// - no `--out`, or `-`, is standard output; so is any path that is standard output
///   itself (`/dev/stdout`, `/proc/self/fd/1`, or the file standard output goes to);
/// - a regular file, or a name that does not exist yet, is written atomically
///   (``AtomicFile``); a symbolic link is followed and its target replaced in the
///   target's own folder, so the link stays;
/// - a device, named pipe or socket is opened and written directly, never renamed over;
/// - one of the command's own inputs is refused (exit 64);
/// - a write-protected file is refused (exit 73) unless the command was given `--force`.
public struct OutputTarget: Sendable, Equatable {
    public enum Destination: Sendable, Equatable {
        case standardOutput
        /// A regular file, existing or new, at this path with symbolic links resolved.
        case file(String)
        /// A device, named pipe or socket, opened at the path as given.
        case special(String)
    }

    public var destination: Destination
    /// The path as the user gave it, for messages; nil for standard output.
    public var requested: String?
    /// Whether a regular file exists at the destination, to be replaced.
    public var replacesFile: Bool

    public static let standardOutput = OutputTarget(destination: .standardOutput, requested: nil, replacesFile: false)

    /// The target for `path`, checked against the command's input files.
    ///
    /// - Parameters:
    ///   - inputs: the files the command will read; an output that is one of them (the same
    ///     file, whatever the name or link it is reached by) is refused.
    ///   - force: replace a write-protected file all the same.
    public static func resolve(_ path: String?, inputs: [String] = [], force: Bool = false) throws(FileError) -> OutputTarget {
        guard let path, path != "-" else { return .standardOutput }
        if path.isEmpty {
            throw FileError(.usage, path: path, message: Message(nl: "de naam van het uitvoerbestand is leeg", en: "the output file name is empty"))
        }
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            guard code == ENOENT else { throw cannotWrite(path, code) }
            // A new file, or a link to one that does not exist yet: the link's target is made.
            let resolved = try resolveLinks(path)
            return OutputTarget(destination: .file(resolved), requested: path, replacesFile: false)
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR {
            throw FileError(
                .cannotCreate, path: path,
                message: Message(nl: "is een map; noem een bestand om naar te schrijven", en: "is a folder; name a file to write to"))
        }
        if kind == S_IFREG {
            for input in inputs where sameFile(info, input) {
                throw FileError(
                    .usage, path: path,
                    message: Message(
                        nl:
                            "is een van de bestanden die dit commando leest (‘\(input)’); kies een ander uitvoerbestand, zodat de invoer niet verloren gaat",
                        en: "is one of the files this command reads ('\(input)'); choose another output file so the input is not lost"
                    ))
            }
        }
        var standard = stat()
        if fstat(1, &standard) == 0, standard.st_dev == info.st_dev, standard.st_ino == info.st_ino {
            return OutputTarget(destination: .standardOutput, requested: path, replacesFile: false)
        }
        guard kind == S_IFREG else {
            return OutputTarget(destination: .special(path), requested: path, replacesFile: false)
        }
        let resolved = try resolveLinks(path)
        // A read-only file system (EROFS) is not the file's protection: writing then fails
        // with that reason, --force or not.
        if !force, access(resolved, W_OK) != 0 ? errno == EACCES : info.st_mode & 0o222 == 0 {
            throw FileError(
                .cannotCreate, path: path,
                message: Message(
                    nl: "het bestand is beveiligd tegen schrijven; gebruik --force om het te vervangen",
                    en: "the file is write-protected; pass --force to replace it"))
        }
        return OutputTarget(destination: .file(resolved), requested: path, replacesFile: true)
    }

    /// A writer whose output appears at the destination only on `commit()`.
    public func open(audience: FileAudience = .personal) throws(FileError) -> Writer {
        switch destination {
        case .standardOutput: Writer(spoolFor: 1, path: StandardOutput.name)
        case .special(let path): Writer(spoolFor: nil, path: path)
        case .file(let path): Writer(try AtomicFile.Stream(path, audience: audience))
        }
    }

    /// Writes `text` whole to the destination.
    public func write(_ text: String, audience: FileAudience = .personal) throws(FileError) {
        let writer = try open(audience: audience)
        try writer.write(text)
        try writer.commit()
    }

    /// Whether `info` is the file `other` names (the same device and inode).
    private static func sameFile(_ info: stat, _ other: String) -> Bool {
        var otherInfo = stat()
        return stat(other, &otherInfo) == 0 && otherInfo.st_dev == info.st_dev && otherInfo.st_ino == info.st_ino
    }

    /// The path with every symbolic link in its last component followed, so the file that
    /// is replaced is the link's target and the link itself stays.
    static func resolveLinks(_ path: String) throws(FileError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { throw cannotWrite(path, errno) }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : "\(AtomicFile.directory(of: current))/\(target)"
        }
        throw cannotWrite(path, ELOOP)
    }

    private static func cannotWrite(_ path: String, _ code: Int32) -> FileError {
        switch code {
        case ENOTDIR:
            FileError(.cannotCreate, path: path, message: Message(nl: "een deel van het pad is geen map", en: "a part of the path is not a folder"))
        case ELOOP: FileError(.cannotCreate, path: path, message: .tooManyLinks)
        default: FileError(.cannotCreate, path: path, message: .cannotWrite(InputFile.describe(code)))
        }
    }
}
