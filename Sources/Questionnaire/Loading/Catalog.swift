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

    public init(entries: [Entry], origin: String) {
        self.entries = entries.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        self.origin = origin
    }

    /// The questionnaires in a folder laid out as `<id>/<version>.yaml`.
    public static func directory(_ root: String) throws(FileError) -> Catalog {
        var entries: [Entry] = []
        for name in try InputFile.list(root) {
            let folder = root.hasSuffix("/") ? root + name : root + "/" + name
            guard InputFile.isDirectory(folder) else { continue }
            for file in try InputFile.list(folder) where file.hasSuffix(".yaml") {
                guard let version = SemanticVersion(String(file.dropLast(5))) else { continue }
                entries.append(Entry(id: name, version: version, path: folder + "/" + file, embedded: nil))
            }
        }
        return Catalog(entries: entries, origin: root)
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
        return Catalog(entries: entries, origin: "built-in")
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

    /// Reads and checks one entry.
    public func load(_ entry: Entry) throws(FileError) -> QuestionnaireLoader.Result {
        if let bytes = entry.embedded { return QuestionnaireLoader.load(bytes: bytes, path: entry.path) }
        return try QuestionnaireLoader.load(path: entry.path)
    }
}
