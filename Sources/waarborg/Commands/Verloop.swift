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

    enum Format: String, DocumentFormat {
        case markdown
        case html
        case json
    }

    @Argument(help: "The board folder (docs/track.md).")
    var board: String

    @OptionGroup var output: DocumentOutput<Format>

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        try output.check(global.lang)
    }

    func run() throws {
        _ = try TrackArguments.currentRound(board, language: global.lang)
        let target = try output.target(inputs: [], language: global.lang)
        let (tracks, failed) = try RegionArguments.boards(board, global: global, today: PlanDate.today())
        guard let track = tracks.first else { throw Exit.noInput }
        let history = BoardHistory(track, available: try RegionArguments.allVersions(global))
        let report = HistoryReport(language: global.lang.rawValue)
        let text: String
        switch output.format {
        case .markdown: text = report.markdown(history)
        case .html: text = report.html(history)
        case .json: text = report.json(history).rendered() + "\n"
        }
        try output.write(text, output.format == .json ? .json : .rendered, to: target, audience: .shared, language: global.lang)
        if failed { throw Exit.dataError }
    }
}
