#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may read a file that Waarborg creates, which sets the mode of a new file.
///
/// A file that is replaced keeps its own mode: the user chose it.
public enum FileAudience: Sendable {
    /// Personal data — answers files, plans, reports, panel briefs: readable by the owner
    /// only (0600), or less when the umask is stricter.
    case personal
    /// Nothing personal — templates, questionnaire locks: 0666 less the umask, as most
    /// programs create files.
    case shared

    /// The mode for a new file, with the bits the process's umask removes taken away.
    public var newFileMode: mode_t {
        let base: mode_t = self == .personal ? 0o600 : 0o666
        return base & ~FileAudience.umask
    }

    /// The process's umask, read once (reading it means setting it, so it is set back at once).
    static let umask: mode_t = {
        #if canImport(Glibc) || canImport(Musl)
        let mask = Glibc.umask(0o077)
        _ = Glibc.umask(mask)
        #else
        let mask = Darwin.umask(0o077)
        _ = Darwin.umask(mask)
        #endif
        return mask
    }()
}
