public import Diagnostics
public import FileIO

/// The questionnaires and versions available to a run: from a folder laid out as
/// `<id>/<version>.yaml`, or from the copy built into the program.
public struct Catalog: Sendable {
    /// One version of one questionnaire, not yet loaded.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var version: SemanticVersion
        public var path: String
        /// The file's bytes when the entry is built in; nil when it is read from disk.
        var embedded: [UInt8]?

        public var reference: String { "\(id)@\(version)" }
    }

    public private(set) var entries: [Entry]
    /// Where the entries came from, for messages: a folder, or "built-in".
    public var origin: String

    /// Where the entries came from, in `language`: the folder, or the built-in copy named in words.
    public func origin(in language: Language) -> String {
        guard origin == "built-in" else { return origin }
        return language == .nl ? "de ingebouwde vragenlijsten" : "the built-in questionnaires"
    }
    /// The published versions and their digests.
    public var lock: Lock
    /// Problems reading the lock file, reported with every load.
    public var lockDiagnostics: [Diagnostic]
    /// What the questionnaires are together (`set.yaml`): the instrument's name and words.
    public var set: QuestionnaireSet

    public init(
        entries: [Entry], origin: String, lock: Lock = Lock(), lockDiagnostics: [Diagnostic] = [],
        set: QuestionnaireSet = .neutral
    ) {
        self.entries = entries.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        self.origin = origin
        self.lock = lock
        self.lockDiagnostics = lockDiagnostics
        self.set = set
    }

    /// The questionnaires in a folder laid out as `<id>/<version>.yaml`, found by
    /// `FolderWalk` (so a link to a folder is not followed).
    public static func directory(_ root: String) throws(FileError) -> Catalog {
        var entries: [Entry] = []
        let prefix = root.hasSuffix("/") ? root : root + "/"
        for path in try FolderWalk(maximumDepth: 1, wanted: { $0.hasSuffix(".yaml") }).files(in: root) {
            let parts = path.dropFirst(prefix.count).split(separator: "/")
            guard parts.count == 2, let version = SemanticVersion(String(parts[1].dropLast(5))) else { continue }
            entries.append(Entry(id: String(parts[0]), version: version, path: path, embedded: nil))
        }
        // A set file with errors reads as the neutral set here; `lint` reports its problems.
        let set = QuestionnaireSetReader.read(folder: root).set
        do {
            return Catalog(entries: entries, origin: root, lock: try Lock.read(folder: root), set: set)
        } catch {
            return Catalog(entries: entries, origin: root, lockDiagnostics: error.diagnostics, set: set)
        }
    }

    /// Questionnaires built into the program, as (path, text) pairs.
    public static func embedded(_ files: [(path: String, text: String)]) -> Catalog {
        let entries = files.compactMap { file -> Entry? in
            let parts = file.path.split(separator: "/")
            guard parts.count >= 2, parts.last!.hasSuffix(".yaml"),
                let version = SemanticVersion(String(parts.last!.dropLast(5)))
            else { return nil }
            return Entry(id: String(parts[parts.count - 2]), version: version, path: file.path, embedded: Array(file.text.utf8))
        }
        var lock = Lock()
        if let file = files.first(where: { $0.path.hasSuffix("/" + Lock.fileName) || $0.path == Lock.fileName }) {
            lock = (try? Lock.parse(bytes: Array(file.text.utf8), path: file.path)) ?? Lock()
        }
        var set = QuestionnaireSet.neutral
        if let file = files.first(where: { $0.path.hasSuffix("/" + QuestionnaireSet.fileName) || $0.path == QuestionnaireSet.fileName }) {
            set = QuestionnaireSetReader.parse(bytes: Array(file.text.utf8), path: file.path).set
        }
        return Catalog(entries: entries, origin: "built-in", lock: lock, set: set)
    }

    /// The files on disk the entries are read from (none for the built-in copy), so a
    /// command can refuse to write its output over one of them.
    public var paths: [String] {
        entries.filter { $0.embedded == nil }.map(\.path)
    }

    public var ids: [String] {
        var seen: [String] = []
        for entry in entries where !seen.contains(entry.id) { seen.append(entry.id) }
        return seen
    }

    public func versions(of id: String) -> [Entry] { entries.filter { $0.id == id } }

    public func newest(_ id: String) -> Entry? { versions(of: id).last }

    public func entry(_ id: String, _ version: SemanticVersion) -> Entry? {
        entries.first { $0.id == id && $0.version == version }
    }

    /// Reads and checks one entry; a published version whose content changed is an error.
    public func load(_ entry: Entry) throws(FileError) -> QuestionnaireLoader.Result {
        var result =
            if let bytes = entry.embedded {
                QuestionnaireLoader.load(bytes: bytes, path: entry.path)
            } else {
                try QuestionnaireLoader.load(path: entry.path)
            }
        result.diagnostics = lockDiagnostics + result.diagnostics
        if let questionnaire = result.questionnaire,
            case .changed(let recorded) = lock.status(of: entry.reference, digest: questionnaire.source.digest)
        {
            let was = recorded.prefix(19), now = questionnaire.source.digest.prefix(19)
            let next = "\(entry.id)/\(entry.version.nextPatch).yaml"
            result.diagnostics.append(
                .error(
                    Message(
                        nl: "\(entry.reference) is gepubliceerd, maar het bestand is sindsdien veranderd (de digest was \(was)…, "
                            + "nu \(now)…); een gepubliceerde versie verandert nooit: "
                            + "draai de wijziging terug en maak in plaats daarvan een nieuwe versie, zoals \(next)",
                        en: "\(entry.reference) is published, but the file has changed since (its digest was \(was)…, "
                            + "now \(now)…); published versions never change: "
                            + "undo the change and make a new version instead, such as \(next)"),
                    at: FileLocation(file: entry.path, line: 1, column: 1)))
            result.questionnaire = nil
        }
        if result.diagnostics.containsErrors { result.questionnaire = nil }
        return result
    }

    /// The publication status of an entry whose file has this digest.
    public func status(_ entry: Entry, digest: String) -> Lock.Status {
        lock.status(of: entry.reference, digest: digest)
    }

    /// Loads the questionnaire an answers file names; nil with a diagnostic when the
    /// catalog has no such version or it does not load.
    public func questionnaire(_ id: String, _ version: SemanticVersion) -> Questionnaire? {
        guard let entry = entry(id, version) else { return nil }
        return (try? load(entry))?.questionnaire
    }
}
