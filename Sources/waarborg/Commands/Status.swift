import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Questionnaire
import Reports

/// `waarborg status`: for the project group, where every board of the region stands in the
/// accession track.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Where every board of a region stands in the accession track: steps done, next step, overdue.",
        discussion: """
            waarborg status REGION_DIR [--format terminal|markdown|csv|json] [--out FILE] [--today DATE]

            Stand van het traject: one row per board folder in REGION_DIR (docs/track.md): which steps are \
            done and when, the panel's advice, the next step and the day it is due (terms in docs/track.md), \
            marked 'te laat' when that day has passed. A broken file in one board is reported, located, and \
            that board's step counts as not done; the others are still shown.
            Exit status: 0 when fine, 64 usage, 65 when a file has errors (the status is still written), \
            66 when the folder is missing or holds no board, 73 or 74 when --out cannot be written.
            """
    )

    enum Format: String, DocumentFormat {
        case terminal
        case markdown
        case csv
        case json
    }

    @Argument(help: "The region's folder: one board folder per subfolder (or one board folder).")
    var region: String

    @OptionGroup var output: DocumentOutput<Format>

    @OptionGroup var today: TodayOption

    @OptionGroup var csvOptions: CSVOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        try today.check(global.lang)
        try output.check(global.lang)
        try csvOptions.validate(isCSV: output.format == .csv, language: global.lang)
        if csvOptions.names { throw ValidationError(Message(nl: "--names hoort niet bij status", en: "--names is not for status").text(global.lang)) }
    }

    func run() throws {
        let day = today.day
        let target = try output.target(inputs: [], language: global.lang)
        let (tracks, failed) = try RegionArguments.boards(region, global: global, today: day)
        let rows = tracks.map { TrackStatus($0, today: day) }
        let report = StatusReport(language: global.lang.rawValue)
        let text: String
        switch output.format {
        case .terminal: text = report.terminal(rows, today: day)
        case .markdown: text = report.markdown(rows, today: day)
        case .csv: text = report.csv(rows, writer: csvOptions.answersCSV.writer)
        case .json: text = report.json(rows, today: day).rendered() + "\n"
        }
        try output.write(
            text, output.format == .json ? .json : output.format == .csv ? .data : .rendered, to: target, audience: .shared, language: global.lang)
        if failed { throw Exit.dataError }
    }
}

/// A region's folder given on the command line: its board folders, read.
enum RegionArguments {
    /// Every version of every questionnaire in the catalog, for migrating older rounds.
    static func allVersions(_ global: GlobalOptions) throws -> [Questionnaire] {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let resolver = CatalogResolver(catalog)
        return Set(catalog.entries.map(\.id)).sorted().flatMap { id in
            catalog.versions(of: id).compactMap { entry -> Questionnaire? in
                if case .found(let found) = resolver.resolve(entry.id, version: entry.version) { return found }
                return nil
            }
        }
    }

    /// Every board folder in `path` (or `path` itself when it is one), read, with the
    /// problems printed; `failed` when any file had errors.
    static func boards(_ path: String, global: GlobalOptions, today: PlanDate) throws -> (tracks: [BoardTrack], failed: Bool) {
        guard InputFile.isDirectory(path) else {
            let message = Message(nl: "\(path): error: deze map bestaat niet\n", en: "\(path): error: no such folder\n")
            Console.err(TerminalSafe(sanitizing: message.text(global.lang)))
            throw Exit.noInput
        }
        var folders: [BoardFolder] = []
        if BoardFolder.isBoard(path), let board = BoardFolder(path) {
            folders = [board]
        } else {
            let names = (try? InputFile.list(path)) ?? []
            folders = names.map { path + "/" + $0 }.filter(BoardFolder.isBoard).compactMap(BoardFolder.init)
        }
        guard !folders.isEmpty else {
            let message = Message(
                nl:
                    "\(path): error: geen map van een bestuur gevonden: een map met bestuur.yaml of een ronde (2026/antwoorden/), zie docs/track.md\n",
                en: "\(path): error: no board folder found: a folder with bestuur.yaml or a round (2026/antwoorden/), see docs/track.md\n")
            Console.err(TerminalSafe(sanitizing: message.text(global.lang)))
            throw Exit.noInput
        }
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let resolver = CatalogResolver(catalog)
        var failed = false
        let tracks = folders.map { folder in
            let track = BoardTrack.read(folder, resolver: resolver, today: today)
            Console.report(track.diagnostics, sources: track.sources, noColor: global.noColor, language: global.lang)
            failed = failed || track.diagnostics.containsErrors
            return track
        }
        return (tracks, failed)
    }
}
