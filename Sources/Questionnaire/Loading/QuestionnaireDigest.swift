/// The digest of a questionnaire file: what `lock.yaml` pins and an answers file records.
///
/// SHA-256 over the file's bytes, leaving out one editor modeline: when the file starts
/// with a line that begins with `# yaml-language-server:` (the line that tells an editor
/// which JSON Schema to use), the digest is over the bytes after that line, its newline
/// included. So the line can be added to, changed in or taken out of a published version
/// without changing its digest; any other change, a comment included, does change it.
/// Every digest of a questionnaire is computed here (`docs/versions.md`).
public enum QuestionnaireDigest {
    /// The start of the one line the digest leaves out, when it is the file's first line.
    public static let modelinePrefix = "# yaml-language-server:"

    /// `sha256:` and the 64 hex digits of the file's digest.
    public static func digest(_ bytes: [UInt8]) -> String {
        "sha256:" + SHA256.hex(bytes[hashedRange(bytes)])
    }

    /// Whether `text` is written as a digest is: `sha256:` and 64 more characters, as the
    /// lock and answers files record it.
    public static func isWellFormed(_ text: String) -> Bool {
        text.hasPrefix("sha256:") && text.count == 71
    }

    /// The bytes the digest is over: all of them, or those after a leading modeline.
    static func hashedRange(_ bytes: [UInt8]) -> Range<Int> {
        let prefix = modelinePrefix.utf8
        guard bytes.starts(with: prefix) else { return bytes.indices }
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return bytes.endIndex..<bytes.endIndex }
        return (newline + 1)..<bytes.endIndex
    }
}
