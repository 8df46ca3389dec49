import ArgumentParser
import Assessment
import Diagnostics
import FileIO

/// `waarborg verslag`: after the panel conversation, the file in which the panel's secretary
/// records what was agreed, drafted from the plan; and its check.
struct Verslag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft or check the panel verslag: per speerpunt agreed, changed or dropped, extra points, the advice.",
        discussion: """
            waarborg verslag BOARD_DIR                       draft ROUND/panel-verslag.yaml from ROUND/plan.yaml
            waarborg verslag --plan plan.yaml --out panel-verslag.yaml
            waarborg verslag --check panel-verslag.yaml|BOARD_DIR

            Verslag van het panelgesprek (docs/track.md). A draft is never written over an existing file \
            without --force. --check reports every problem located, as path:line:column; an untouched draft \
            fails it (no date, decisions or advice).
            Exit status: 0 when written or without errors, 64 usage, 65 when the plan or verslag has errors, \
            66 when a file is missing, 73 when --out exists (without --force) or cannot be written.
            """
    )

    @Argument(help: "A board folder (docs/track.md): its newest round's plan and verslag.")
    var board: String?

    @Option(help: ArgumentHelp("The plan van aanpak to draft from.", valueName: "plan"))
    var plan: String?

    @Option(help: ArgumentHelp("Check this verslag, or the verslag of this board folder.", valueName: "verslag"))
    var check: String?

    @Option(
        name: [.customShort("o"), .long],
        help: "Write the draft here (atomically); default: standard output, or panel-verslag.yaml in the board's round.")
    var out: String?

    @Flag(help: "Replace --out when it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let given = [board != nil, plan != nil, check != nil].filter { $0 }.count
        if given != 1 {
            throw ValidationError(
                Message(
                    nl: "noem één van: de map van het bestuur, --plan PLAN of --check VERSLAG",
                    en: "name one of: the board folder, --plan PLAN or --check VERSLAG"
                ).text(global.lang))
        }
    }

    func run() throws {
        if let check {
            let path = BoardFolder.isBoard(check) ? try TrackArguments.currentRound(check, language: global.lang).verslag : check
            let (verslag, source) = try TrackFiles.verslag(path, global: global)
            let problems = verslag.problems(path: path)
            Console.report(problems, sources: [path: source], noColor: global.noColor, language: global.lang)
            if problems.containsErrors { throw Exit.dataError }
            Console.err(
                TerminalSafe(
                    sanitizing: Message(nl: "\(path): het verslag is compleet\n", en: "\(path): the verslag is complete\n").text(global.lang)))
            return
        }
        var planPath = plan
        var out = self.out
        if let board {
            let round = try TrackArguments.currentRound(board, language: global.lang)
            planPath = round.plan
            out = out ?? round.verslag
        }
        guard let planPath else { throw Exit.usage }
        let target = try Self.outputTarget(out, inputs: [planPath], force: force, language: global.lang)
        if let out, target.replacesFile, !force {
            Console.error(.fileExists, path: out, language: global.lang)
            throw Exit.cannotCreate
        }
        let plan = try TrackFiles.plan(planPath, global: global)
        let draft = PanelVerslag.draft(from: plan)
        do {
            try target.write(
                StandardOutputText.safe(PanelVerslagWriter(language: global.lang.rawValue).yaml(draft), .data, target: target), audience: .personal)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        if let out {
            Console.err(
                TerminalSafe(
                    sanitizing: Message(
                        nl: "\(out): verslag met \(draft.points.count) punten uit het plan; vul het in na het gesprek\n",
                        en: "\(out): verslag with \(draft.points.count) points from the plan; fill it in after the conversation\n"
                    ).text(global.lang)))
        }
    }
}
