import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Reports

/// `waarborg verloop`: a board's self-assessments over the years, for the yearly quality
/// evaluation.
struct Verloop: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A board's self-assessments over the years side by side: per theme its mean in every round.",
        discussion: """
            waarborg verloop BOARD_DIR [--format markdown|html|json] [--out FILE]

            Jaarlijkse kwaliteitsevaluatie (docs/track.md): every round of the board folder, per theme the \
            respondents' mean where the privacy rule shows it; a round on a version in which the theme asks \
            other questions is marked not comparable. HTML adds a small line chart per theme.
            Exit status: 0 when written, 64 usage, 65 when a file has errors, 66 when the folder is missing or \
            has no round, 73 or 74 when --out cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case html
        case json
    }

    @Argument(help: "The board folder (docs/track.md).")
    var board: String

    @Option(name: .customLong("format"), help: "markdown, html or json (default: from --out's extension, else markdown).")
    var formatOption: Format?

    var format: Format { (try? FormatFromExtension.resolve(formatOption, out: out, fallback: .markdown)) ?? .markdown }

    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @Flag(help: "Replace --out even when it is write-protected.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        do {
            _ = try FormatFromExtension.resolve(formatOption, out: out, fallback: Format.markdown)
        } catch {
            throw ValidationError((error as? FormatFromExtension.FormatMismatch)?.message.text(global.lang) ?? "\(error)")
        }
    }

    func run() throws {
        _ = try TrackArguments.currentRound(board, language: global.lang)
        let target = try Self.outputTarget(out, inputs: [], force: force, language: global.lang)
        let (tracks, failed) = try RegionArguments.boards(board, global: global, today: PlanDate.today())
        guard let track = tracks.first else { throw Exit.noInput }
        let history = BoardHistory(track, available: try RegionArguments.allVersions(global))
        let report = HistoryReport(language: global.lang.rawValue)
        let text: String
        switch format {
        case .markdown: text = report.markdown(history)
        case .html: text = report.html(history)
        case .json: text = report.json(history).rendered() + "\n"
        }
        do {
            try target.write(StandardOutputText.safe(text, format == .json ? .json : .rendered, target: target), audience: .shared)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        if failed { throw Exit.dataError }
    }
}
