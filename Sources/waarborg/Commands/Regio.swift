import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Reports

/// `waarborg regio`: the project group's overview over the boards of a region.
struct Regio: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The region overview: track status, the boards' spread per theme, recurring development points.",
        discussion: """
            waarborg regio REGION_DIR [--format markdown|html|json] [--out FILE] [--today DATE]

            Overzicht van de regio (docs/track.md): the track status of every board folder in REGION_DIR; per \
            safeguard and theme how the boards' means spread over the levels, only over at least minimum_boards \
            boards (default 5), without naming a board; and the development \
            points that recur across boards.
            Exit status: 0 when fine, 64 usage, 65 when a file has errors (the overview is still written), \
            66 when the folder is missing or holds no board, 73 or 74 when --out cannot be written.
            """
    )

    enum Format: String, DocumentFormat {
        case markdown
        case html
        case json
    }

    @Argument(help: "The region's folder: one board folder per subfolder.")
    var region: String

    @OptionGroup var output: DocumentOutput<Format>

    @OptionGroup var today: TodayOption

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        try today.check(global.lang)
        try output.check(global.lang)
    }

    func run() throws {
        let day = today.day
        let target = try output.target(inputs: [], language: global.lang)
        let (tracks, failed) = try RegionArguments.boards(region, global: global, today: day)
        let status = tracks.map { TrackStatus($0, today: day) }
        let overview = RegionOverview(tracks)
        let report = RegionReport(language: global.lang.rawValue)
        let text: String
        switch output.format {
        case .markdown: text = report.markdown(overview, status: status, today: day)
        case .html: text = report.html(overview, status: status, today: day)
        case .json: text = report.json(overview, status: status, today: day).rendered() + "\n"
        }
        try output.write(text, output.format == .json ? .json : .rendered, to: target, audience: .shared, language: global.lang)
        if failed { throw Exit.dataError }
    }
}
