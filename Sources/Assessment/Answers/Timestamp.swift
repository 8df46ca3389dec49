#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// ISO 8601 times as answers files write them: `2025-03-14T09:30:00Z`, always UTC.
public enum Timestamp {
    /// The current time, to the second.
    public static func now() -> String {
        format(secondsSince1970: time(nil))
    }

    public static func format(secondsSince1970 seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Whether `text` is an ISO 8601 date, or date and time with seconds optional and a
    /// `Z` or `±HH:MM` offset: `2025-03-14`, `2025-03-14T09:30Z`, `2025-03-14T09:30:00+01:00`.
    public static func isValid(_ text: String) -> Bool {
        let c = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= c.count else { return nil }
            var n = 0
            for i in range {
                guard (48...57).contains(c[i]) else { return nil }
                n = n * 10 + Int(c[i] - 48)
            }
            return n
        }
        guard let _ = digits(0..<4), c.count >= 10, c[4] == 45, let month = digits(5..<7), c[7] == 45,
            let day = digits(8..<10), (1...12).contains(month), (1...31).contains(day)
        else { return false }
        if c.count == 10 { return true }
        guard c.count >= 16, c[10] == 84 || c[10] == 32, let hour = digits(11..<13), c[13] == 58,
            let minute = digits(14..<16), hour < 24, minute < 60
        else { return false }
        var i = 16
        if i < c.count, c[i] == 58 {
            guard let second = digits(i + 1..<i + 3), second <= 60 else { return false }
            i += 3
            if i < c.count, c[i] == 46 {
                i += 1
                let start = i
                while i < c.count, (48...57).contains(c[i]) { i += 1 }
                guard i > start else { return false }
            }
        }
        guard i < c.count else { return false }
        if c[i] == 90 { return i + 1 == c.count }
        guard c[i] == 43 || c[i] == 45, let h = digits(i + 1..<i + 3), i + 3 < c.count, c[i + 3] == 58,
            let m = digits(i + 4..<i + 6), h < 24, m < 60
        else { return false }
        return i + 6 == c.count
    }
}
