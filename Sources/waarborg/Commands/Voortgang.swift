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

    enum Format: String, DocumentFormat {
        case markdown
        case html
    }

    @Argument(help: "The board folder (docs/track.md).")
    var board: String

    @OptionGroup var output: DocumentOutput<Format>

    @OptionGroup var today: TodayOption

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        try today.check(global.lang)
        try output.check(global.lang)
    }

    func run() throws {
        let day = today.day
        guard BoardFolder.isBoard(board) else {
            _ = try TrackArguments.currentRound(board, language: global.lang)
            throw Exit.noInput
        }
        let target = try output.target(inputs: [], language: global.lang)
        let (tracks, failed) = try RegionArguments.boards(board, global: global, today: day)
        guard let track = tracks.first, let progress = AccessionProgress(track, today: day) else {
            Console.err(
                TerminalSafe(
                    sanitizing: Message(
                        nl: "\(board): error: het bestuur heeft nog geen compleet verslag van het panelgesprek (waarborg verslag --check)\n",
                        en: "\(board): error: the board has no complete panel verslag yet (waarborg verslag --check)\n"
                    ).text(global.lang)))
            throw Exit.dataError
        }
        let report = ProgressReport(language: global.lang.rawValue)
        let text = output.format == .html ? report.html(progress) : report.markdown(progress)
        try output.write(text, .rendered, to: target, audience: .shared, language: global.lang)
        if failed { throw Exit.dataError }
    }
}
