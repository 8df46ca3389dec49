#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time and the process's peak memory.
enum Measure {
    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The peak resident set size so far, in MiB (`VmHWM` of /proc/self/status).
    static func peakMemory() -> Double {
        field("VmHWM")
    }

    /// The current resident set size in MiB.
    static func residentMemory() -> Double {
        field("VmRSS")
    }

    /// Resets the peak to the current size, so each stage's peak is its own (Linux ≥ 4.0).
    static func resetPeak() {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return }
        _ = "5".withCString { write(fd, $0, 1) }
        close(fd)
    }

    private static func field(_ name: String) -> Double {
        guard let file = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix(name + ":") {
                let digits = text.filter(\.isNumber)
                return (Double(digits) ?? 0) / 1024
            }
        }
        return 0
    }
}
