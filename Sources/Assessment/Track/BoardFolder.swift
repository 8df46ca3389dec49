import FileIO

/// A board's folder: the unit of the accession track (`docs/track.md`).
///
/// ```
/// bestuur-de-linde/
///   bestuur.yaml              the board's name (optional: waarborg takes the folder's name)
///   2026/                     one folder per round, named by the year it started
///     antwoorden/             the respondents' answers files
///     gezamenlijk.yaml        the joint self-assessment (waarborg consensus)
///     plan.yaml               the plan van aanpak (waarborg plan)
///     panel-verslag.yaml      what the panel agreed (waarborg verslag)
/// ```
///
/// Everything is a plain file; a step is done when its file is there and checks.
public struct BoardFolder: Sendable, Hashable {
    public let path: String
    /// The rounds, oldest first.
    public let rounds: [Round]

    /// One self-assessment round and the files that follow from it.
    public struct Round: Sendable, Hashable {
        /// The folder's name: the year the round started.
        public let year: Int
        public let path: String

        public var answers: String { path + "/" + BoardFolder.answersFolder }
        public var consensus: String { path + "/" + BoardFolder.consensusFile }
        public var plan: String { path + "/" + BoardFolder.planFile }
        public var verslag: String { path + "/" + BoardFolder.verslagFile }

        public init(year: Int, path: String) {
            self.year = year
            self.path = path
        }
    }

    public static let boardFile = "bestuur.yaml"
    public static let answersFolder = "antwoorden"
    public static let consensusFile = "gezamenlijk.yaml"
    public static let planFile = "plan.yaml"
    public static let verslagFile = "panel-verslag.yaml"

    /// The newest round, where the track stands now.
    public var current: Round? { rounds.last }

    /// The round before `round`, for change over time.
    public func round(before round: Round) -> Round? {
        rounds.last { $0.year < round.year }
    }

    /// Whether `path` is a board folder: a folder with `bestuur.yaml` or a round folder.
    public static func isBoard(_ path: String) -> Bool {
        InputFile.isDirectory(path)
            && (InputFile.exists(path + "/" + boardFile) || !roundFolders(in: path).isEmpty)
    }

    /// The board folder at `path`; nil when it is no folder. Rounds are the subfolders named
    /// by a year (1000–9999) that have an `antwoorden` folder.
    public init?(_ path: String) {
        guard InputFile.isDirectory(path) else { return nil }
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.path = trimmed
        self.rounds = Self.roundFolders(in: trimmed)
    }

    private static func roundFolders(in path: String) -> [Round] {
        guard let names = try? InputFile.list(path) else { return [] }
        return names.compactMap { name -> Round? in
            guard name.count == 4, name.allSatisfy(\.isASCII), let year = Int(name), year >= 1000 else { return nil }
            let round = Round(year: year, path: path + "/" + name)
            return InputFile.isDirectory(round.answers) ? round : nil
        }.sorted { $0.year < $1.year }
    }
}
