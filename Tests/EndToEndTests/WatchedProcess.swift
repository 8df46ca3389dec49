import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program under a watchdog that kills it when it has not ended in time, and
/// reports how it ended, what it printed and its peak memory.
///
/// Output goes to files rather than pipes, so a program that floods its output can
/// neither block nor exhaust the test; only the first ``Result/kept`` bytes are read back.
struct WatchedProcess {
    struct Result: CustomStringConvertible {
        /// The exit code, or nil when a signal ended the program.
        var status: Int32?
        var signal: Int32?
        /// Whether the watchdog killed the program.
        var timedOut: Bool
        var stdout: String
        var stderr: String
        /// The full sizes of the outputs in bytes, of which `stdout` and `stderr` hold at most `kept`.
        var stdoutSize: Int
        var stderrSize: Int
        /// The peak resident memory in KiB.
        var peakMemory: Int

        static let kept = 1 << 20

        var description: String {
            let end = timedOut ? "killed by the watchdog" : status.map { "exit \($0)" } ?? "signal \(signal ?? 0)"
            return "\(end), stderr (\(stderrSize) bytes):\n\(stderr.prefix(4000))"
        }
    }

    /// The longest a hostile input may keep the program busy.
    static let timeLimit: Double = 20

    /// Runs `executable` with `arguments`, stdin from /dev/null, in a UTF-8 locale without
    /// colour; `environment` adds `NAME=value` entries.
    static func run(
        _ executable: String, _ arguments: [String], in folder: String, timeLimit: Double = timeLimit,
        environment extra: [String] = []
    ) throws -> Result {
        let outPath = folder + "/.stdout-\(UUID().uuidString)"
        let errPath = folder + "/.stderr-\(UUID().uuidString)"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #if os(Linux)
        // Other tests run at the same time and open files without O_CLOEXEC; a child that
        // inherited one would keep it open, and a tmpfs with a file open for writing cannot be
        // remounted read-only or unmounted ("mount point is busy").
        _ = spawnClosingFrom(&actions, 3)
        #endif

        let environment: [String] = ["PATH=/usr/bin:/bin:/usr/sbin:/sbin", "LANG=C.UTF-8", "NO_COLOR=1", "TERM=dumb"] + extra
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw SpawnError(message: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }

        let watchdog = Watchdog(pid: pid)
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) { watchdog.fire() }
        // Wait for the end without reaping, so the watchdog can never kill a reused pid.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0, errno == EINTR {}
        let timedOut = watchdog.finish()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}

        let signal = status & 0x7F
        #if os(Linux)
        let peak = usage.ru_maxrss
        #else
        let peak = usage.ru_maxrss / 1024
        #endif
        let (out, outSize) = head(of: outPath)
        let (err, errSize) = head(of: errPath)
        return Result(
            status: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
            timedOut: timedOut, stdout: out, stderr: err, stdoutSize: outSize, stderrSize: errSize, peakMemory: peak)
    }

    /// The first ``Result/kept`` bytes of a file as text, and the file's size.
    private static func head(of path: String) -> (String, Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return ("", 0) }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: Result.kept)) ?? Data()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
        return (String(decoding: data, as: UTF8.self), size)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Kills a process unless it has finished first; both sides hold the lock.
private final class Watchdog: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var finished = false
    private var fired = false

    init(pid: pid_t) {
        self.pid = pid
    }

    func fire() {
        lock.lock()
        defer { lock.unlock() }
        if !finished {
            kill(pid, SIGKILL)
            fired = true
        }
    }

    /// Marks the process as ended; true when the watchdog killed it.
    func finish() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        return fired
    }
}

#if os(Linux)
/// glibc's `posix_spawn_file_actions_addclosefrom_np` (since 2.34), which the Glibc module
/// does not import: the child closes every descriptor from the given one up.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func spawnClosingFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32
#endif
