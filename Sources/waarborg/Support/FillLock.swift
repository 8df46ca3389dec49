import Diagnostics
import FileIO

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The advisory lock that keeps two `fill` sessions off one answers file.
///
/// The answers file itself cannot carry the lock: every save replaces it by a rename, so a
/// second session would lock the new inode while the first still holds the old one. The lock
/// is a `flock` on a sibling that is never renamed, `.NAME.lock` next to the file (after
/// symbolic links are resolved), created 0600 and holding the owner's process id for the
/// message to a second session. The kernel releases a `flock` when its process ends in any
/// way, `kill -9` included, so a lock file left behind by a crash blocks nobody; `release()`
/// removes it on a normal exit.
final class FillLock {
    /// The lock file's path.
    let path: String
    private var descriptor: Int32

    /// Why a lock could not be had.
    enum Failure: Error {
        /// Another process holds it; its process id when it wrote one.
        case held(by: Int32?)
        /// The lock file could not be created or locked, with the system's reason.
        case unavailable(Message)
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file for the answers file at `target`: `.NAME.lock` in the same folder.
    static func path(for target: String) -> String {
        guard let slash = target.lastIndex(of: "/") else { return "." + AtomicFile.shortened(target, to: 240) + ".lock" }
        return String(target[...slash]) + "." + AtomicFile.shortened(String(target[target.index(after: slash)...]), to: 240) + ".lock"
    }

    /// Takes the lock for the answers file at `target` without waiting.
    static func acquire(for target: String) throws(Failure) -> FillLock {
        let path = path(for: target)
        // A lock file removed by its owner between our open and our flock is no lock: try
        // again on the file that is there now.
        for _ in 0..<8 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard descriptor >= 0 else { throw .unavailable(InputFile.describe(errno)) }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let reason = errno
                let owner = readOwner(descriptor)
                close(descriptor)
                if reason == EWOULDBLOCK { throw .held(by: owner) }
                throw .unavailable(InputFile.describe(reason))
            }
            var held = stat()
            var named = stat()
            guard fstat(descriptor, &held) == 0, lstat(path, &named) == 0,
                held.st_dev == named.st_dev, held.st_ino == named.st_ino
            else {
                close(descriptor)
                continue
            }
            let text = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return FillLock(path: path, descriptor: descriptor)
        }
        throw .unavailable(Message(nl: "het vergrendelbestand blijft veranderen", en: "the lock file keeps changing"))
    }

    /// Removes the lock file and releases the lock; once.
    func release() {
        guard descriptor >= 0 else { return }
        // Unlinked while still locked, so no other session can lock the old file meanwhile.
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    /// The process id written in a lock file, if any.
    private static func readOwner(_ descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: bytes[0..<count], as: UTF8.self).filter(\.isNumber)
        return Int32(text).flatMap { $0 > 0 ? $0 : nil }
    }
}
