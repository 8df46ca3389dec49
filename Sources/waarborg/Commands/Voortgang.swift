import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Reports

/// `waarborg voortgang`: the progress report for the accession conversation.
struct Voortgang: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The progress report for the accession conversation (toetredingsgesprek) of a board folder.",
        discussion: """
            waarborg voortgang BOARD_DIR [--format markdown|html] [--out FILE] [--today DATE]

            Per agreed development point of the panel verslag its status in the plan van aanpak and the plan's \
            notes, the change in the self-assessment since the panel's round when the board folder has a newer \
            round, and the points still open (docs/track.md).
            Exit status: 0 when written, 64 usage, 65 when a file has errors or the board has no complete verslag, \
            66 when the folder is missing, 73 or 74 when --out cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case html
    }

    @Argument(help: "The board folder (docs/track.md).")
    var board: String

    @Option(name: .customLong("format"), help: "markdown or html (default: from --out's extension, else markdown).")
    var formatOption: Format?

    var format: Format { (try? FormatFromExtension.resolve(formatOption, out: out, fallback: .markdown)) ?? .markdown }

    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @Flag(help: "Replace --out even when it is write-protected.")
    var force = false

    @Option(help: ArgumentHelp("The day of the report, as 2027-03-01 (default: today).", valueName: "date"))
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
        guard BoardFolder.isBoard(board) else {
            _ = try TrackArguments.currentRound(board, language: global.lang)
            throw Exit.noInput
        }
        let target = try Self.outputTarget(out, inputs: [], force: force, language: global.lang)
        let (tracks, failed) = try RegionArguments.boards(board, global: global, today: day)
        guard let track = tracks.first, let progress = AccessionProgress(track, today: day) else {
            Console.err(TerminalSafe(sanitizing: Message(
                nl: "\(board): error: het bestuur heeft nog geen compleet verslag van het panelgesprek (waarborg verslag --check)\n",
                en: "\(board): error: the board has no complete panel verslag yet (waarborg verslag --check)\n").text(global.lang)))
            throw Exit.dataError
        }
        let report = ProgressReport(language: global.lang.rawValue)
        let text = format == .html ? report.html(progress) : report.markdown(progress)
        do {
            try target.write(StandardOutputText.safe(text, .rendered, target: target), audience: .shared)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        if failed { throw Exit.dataError }
    }
}
