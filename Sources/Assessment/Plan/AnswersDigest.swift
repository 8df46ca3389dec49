import Questionnaire

/// The digest that ties a plan to the answers files it was drafted from.
///
/// Each file's bytes are hashed with SHA-256; the lowercase hex digests, each followed by a
/// line break, are hashed again in the order of the files' names (then their full paths).
/// So the digest does not depend on the folder the files are in or the order they are
/// given in, and changes when any answer does. In a shell:
/// `for f in $(ls | sort); do sha256sum < "$f" | cut -c1-64; done | sha256sum`.
public enum AnswersDigest {
    /// `sha256:` and 64 hex digits.
    public static func digest(_ files: [(path: String, bytes: [UInt8])]) -> String {
        let lines = sorted(files).map { SHA256.hex($0.bytes) + "\n" }.joined()
        return "sha256:" + SHA256.hex(Array(lines.utf8))
    }

    /// The files' names without their folders, in digest order.
    public static func names(_ paths: [String]) -> [String] {
        sorted(paths.map { (path: $0, bytes: [UInt8]()) }).map { name($0.path) }
    }

    static func sorted(_ files: [(path: String, bytes: [UInt8])]) -> [(path: String, bytes: [UInt8])] {
        files.sorted { (name($0.path), $0.path) < (name($1.path), $1.path) }
    }

    /// The last component of a path.
    public static func name(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
