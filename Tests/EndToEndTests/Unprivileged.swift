import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Running the program as a user without privileges, for permission tests: root reads
/// a file of mode 000 and writes into a read-only folder, so as root the program runs as
/// `nobody` (through `setpriv`), on a copy of itself in a folder everyone can read.
enum Unprivileged {
    static let nobody: UInt32 = 65_534

    static var isRoot: Bool { geteuid() == 0 }

    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Why permissions cannot be tested here, or nil when they can.
    static let unavailable: String? = {
        guard isRoot else { return nil }
        guard let setpriv else { return "running as root without setpriv to drop privileges" }
        let probe = try? WatchedProcess.run(setpriv, switchUser + ["/bin/true"], in: NSTemporaryDirectory(), timeLimit: 10)
        return probe?.status == 0 ? nil : "running as root and setpriv cannot switch to uid \(nobody) here"
    }()

    private static var switchUser: [String] {
        ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", "--"]
    }

    /// A scratch folder everyone may enter and read, holding a copy of the program.
    static func folder() throws -> (folder: String, executable: String) {
        let folder = try Waarborg.temporaryFolder()
        chmod(folder, 0o755)
        let executable = folder + "/waarborg"
        try copyClosedOnExec(Waarborg.executable, to: executable, mode: 0o755)
        return (folder, executable)
    }

    /// Copies a file through a descriptor that other tests' child processes do not inherit:
    /// an inherited open descriptor would make executing the copy fail with "Text file busy".
    private static func copyClosedOnExec(_ source: String, to destination: String, mode: mode_t) throws {
        guard let bytes = FileManager.default.contents(atPath: source) else {
            throw WatchedProcess.SpawnError(message: "cannot read \(source)")
        }
        let fd = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw WatchedProcess.SpawnError(message: "cannot create \(destination)") }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw WatchedProcess.SpawnError(message: "cannot write \(destination)") }
        fchmod(fd, mode)
    }

    /// Copies a folder tree so that everyone can read it.
    static func copyReadable(_ source: String, to destination: String) throws {
        try FileTree.copy(source, to: destination)
        let items = (FileManager.default.enumerator(atPath: destination)?.allObjects as? [String]) ?? []
        chmod(destination, 0o755)
        for item in items {
            let path = destination + "/" + item
            chmod(path, InputFileKind.isDirectory(path) ? 0o755 : 0o644)
        }
    }

    /// Runs `executable` as `nobody` when root, else as the current user.
    static func run(_ executable: String, _ arguments: [String], in folder: String) throws -> WatchedProcess.Result {
        if isRoot, let setpriv {
            return try WatchedProcess.run(setpriv, switchUser + [executable] + arguments, in: folder)
        }
        return try WatchedProcess.run(executable, arguments, in: folder)
    }
}

/// Small questions about paths, without FileIO.
enum InputFileKind {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
