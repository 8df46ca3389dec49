import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small tmpfs mounted for one test, to make a full disk or a read-only file system.
///
/// Mounting needs root (CI runs as root); elsewhere the tests that need it are skipped.
struct TemporaryMount {
    let path: String

    /// Why a tmpfs cannot be mounted here, or nil when it can.
    static let unavailable: String? = {
        guard geteuid() == 0 else { return "mounting a tmpfs needs root" }
        guard FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return "no /bin/mount" }
        do {
            let folder = try Waarborg.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let probe = try TemporaryMount(size: "16k", in: folder)
            probe.unmount()
            return nil
        } catch {
            return "mounting a tmpfs is not permitted here: \(error)"
        }
    }()

    /// Mounts a tmpfs of `size` (such as "128k") on a new folder inside `parent`.
    init(size: String, in parent: String) throws {
        path = parent + "/mount"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.mount(["-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", path])
    }

    /// Makes the file system read-only.
    func remountReadOnly() throws {
        try Self.mount(["-o", "remount,ro", path])
    }

    /// Unmounts the tmpfs, so the folder holding it can be removed.
    ///
    /// The program the test ran has ended, but a file of the mount may still be open in a
    /// child of another test that happened to start meanwhile ("target is busy"): a few
    /// tries, then a lazy unmount, which detaches the mount now and frees it once the last
    /// file on it is closed.
    func unmount() {
        for attempt in 0..<5 {
            let result = try? WatchedProcess.run("/bin/umount", [path], in: NSTemporaryDirectory(), timeLimit: 10)
            if result?.status == 0 { return }
            usleep(useconds_t(50_000 << attempt))
        }
        _ = try? WatchedProcess.run("/bin/umount", ["-l", path], in: NSTemporaryDirectory(), timeLimit: 10)
    }

    /// Writes `text` to `path` through a descriptor that no child process of another test
    /// can inherit: an inherited descriptor open for writing keeps the mount busy, so it
    /// could not be made read-only or unmounted.
    static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "we") else { throw WatchedProcess.SpawnError(message: "cannot create \(path)") }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        guard fwrite(bytes, 1, bytes.count, file) == bytes.count, fflush(file) == 0 else {
            throw WatchedProcess.SpawnError(message: "cannot write \(path)")
        }
    }

    private static func mount(_ arguments: [String]) throws {
        let result = try WatchedProcess.run("/bin/mount", arguments, in: NSTemporaryDirectory(), timeLimit: 10)
        guard result.status == 0 else {
            throw WatchedProcess.SpawnError(message: "mount \(arguments.joined(separator: " ")): \(result.stderr)")
        }
    }
}
