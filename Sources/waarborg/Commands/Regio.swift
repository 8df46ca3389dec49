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
            boards (default 5) whose own brief may show the mean, without naming a board; and the development \
            points that recur across boards.
            Exit status: 0 when fine, 64 usage, 65 when a file has errors (the overview is still written), \
            66 when the folder is missing or holds no board, 73 or 74 when --out cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case html
        case json
    }

    @Argument(help: "The region's folder: one board folder per subfolder.")
    var region: String

    @Option(name: .customLong("format"), help: "markdown, html or json (default: from --out's extension, else markdown).")
    var formatOption: Format?

    var format: Format { (try? FormatFromExtension.resolve(formatOption, out: out, fallback: .markdown)) ?? .markdown }

    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @Flag(help: "Replace --out even when it is write-protected.")
    var force = false

    @Option(help: ArgumentHelp("The day to judge the terms against, as 2027-03-01 (default: today).", valueName: "date"))
    var today: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let today, PlanDate(today) == nil { throw ValidationError(Message.badToday(today).text(global.lang)) }
        do {
            _ = try FormatFromExtension.resolve(formatOption, out: out, fallback: Format.markdown)
        } catch {
            throw ValidationError((error as? FormatFromExtension.FormatMismatch)?.message.text(global.lang) ?? "\(error)")
        }
    }

    func run() throws {
        let day = today.flatMap(PlanDate.init) ?? PlanDate.today()
        let target = try Self.outputTarget(out, inputs: [], force: force, language: global.lang)
        let (tracks, failed) = try RegionArguments.boards(region, global: global, today: day)
        let status = tracks.map { TrackStatus($0, today: day) }
        let overview = RegionOverview(tracks)
        let report = RegionReport(language: global.lang.rawValue)
        let text: String
        switch format {
        case .markdown: text = report.markdown(overview, status: status, today: day)
        case .html: text = report.html(overview, status: status, today: day)
        case .json: text = report.json(overview, status: status, today: day).rendered() + "\n"
        }
        do {
            try target.write(StandardOutputText.safe(text, format == .json ? .json : .rendered, target: target), audience: .shared)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        if failed { throw Exit.dataError }
    }
}
