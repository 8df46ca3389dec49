public import Diagnostics
import FileIO
import YAML

/// The record of published questionnaire versions and their digests: `questionnaires/lock.yaml`.
///
/// A published version never changes; loading one whose bytes no longer match its digest
/// is an error that says to make a new version.
public struct Lock: Sendable, Hashable {
    /// Digest (`sha256:…`) per `id@version`.
    public var digests: [String: String]

    public static let fileName = "lock.yaml"

    public init(digests: [String: String] = [:]) {
        self.digests = digests
    }

    /// Reads a lock file; a missing file is an empty lock.
    public static func read(folder: String) throws(DiagnosticError) -> Lock {
        let path = folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
        guard InputFile.exists(path) else { return Lock() }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch {
            throw DiagnosticError(.error(error.message, at: FileLocation(file: path, line: 1, column: 1)))
        }
        return try parse(bytes: bytes, path: path)
    }

    public static func parse(bytes: [UInt8], path: String) throws(DiagnosticError) -> Lock {
        guard let root = try YAMLParser.parse(bytes: bytes, file: path) else { return Lock() }
        guard let mapping = root.mapping else {
            throw DiagnosticError(
                .error(
                    Message(nl: "het lock-bestand moet per id@versie een digest geven", en: "the lock file must map id@version to a digest"),
                    at: root.location))
        }
        var digests: [String: String] = [:]
        var problems: [Diagnostic] = []
        for entry in mapping.entries {
            let key = entry.key.scalar?.text ?? ""
            let parts = key.split(separator: "@")
            guard parts.count == 2, SemanticVersion(String(parts[1])) != nil else {
                problems.append(.error(Message(nl: "‘\(key)’ is geen id@versie", en: "'\(key)' is not id@version"), at: entry.key.location))
                continue
            }
            guard let digest = entry.value.scalar?.text, QuestionnaireDigest.isWellFormed(digest) else {
                problems.append(
                    .error(
                        Message(
                            nl: "de digest van \(key) moet sha256: met 64 hexadecimale cijfers zijn",
                            en: "the digest of \(key) must be sha256: and 64 hex digits"),
                        at: entry.value.location))
                continue
            }
            digests[key] = digest
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return Lock(digests: digests)
    }

    /// The lock as YAML, sorted, with a comment saying how it is written.
    public func rendered() -> String {
        var out = "# Published questionnaire versions and the digests of their files.\n"
        out += "# Written by `waarborg publish`; a published version never changes: make a new version instead.\n"
        for key in digests.keys.sorted() { out += "\(key): \(digests[key]!)\n" }
        return out
    }

    /// Whether `reference` is published, and if so whether `digest` matches it.
    public func status(of reference: String, digest: String) -> Status {
        guard let recorded = digests[reference] else { return .draft }
        return recorded == digest ? .published : .changed(recorded: recorded)
    }

    public enum Status: Sendable, Hashable {
        /// Not published: may still change.
        case draft
        case published
        /// Published, but the file's content no longer matches.
        case changed(recorded: String)
    }
}
