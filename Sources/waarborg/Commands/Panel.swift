import ArgumentParser
import Assessment
import Diagnostics
import Reports

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `waarborg panel`: the brief a review panel reads before its conversation with a board,
/// over all the board's answers files, with an earlier self-assessment and the region.
///
/// Files are read one at a time: each is checked, assessed, added to the running
/// aggregate and dropped, so a long list of files does not grow in memory.
struct Panel: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The panel brief over all respondents of a board: scores, disagreement, change, region, questions.",
        discussion: """
            waarborg panel ANSWERS… [--benchmark DIR] [--format terminal|markdown|json|html|csv] [--out FILE] \
            [--previous FILES…]

            Panelbrief: who answered, scores per safeguard and theme with the spread between respondents, \
            no figure over fewer than minimum_group respondents (default 3) and per role only where no smaller \
            group can be computed (docs/panel.md, Privacy), disagreement, strengths, development points with \
            their reasons, the notes without names and once per text, the change since \
            --previous (answers on an older questionnaire version are migrated first; changed themes are \
            'niet vergelijkbaar'), and the region from every answers file under --benchmark, grouped by board, \
            without naming boards, only over minimum_boards other boards (default 5). \
            Put --previous last: it takes every file after it.
            --format csv writes one row per respondent and question of ANSWERS, without names unless --names.
            Exit status: 0 when fine, 65 when an answers file has errors, 66 when a file or folder is missing, \
            73 or 74 when --out cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal
        case markdown
        case json
        case html
        case csv
    }

    @Argument(help: "The board's answers files: all its respondents; a folder stands for the .yaml files in it, a board folder for its newest round.")
    var answers: [String] = []

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Answers files of the board's previous self-assessment; a folder stands for the .yaml files in it.", valueName: "files"))
    var previous: [String] = []

    @Option(help: ArgumentHelp("Folder with other boards' answers files for the regional comparison (searched recursively).", valueName: "dir"))
    var benchmark: String?

    @Option(
        name: .customLong("format"), help: "Output format: terminal, markdown, json, html or csv (default: from --out's extension, else terminal).")
    var formatOption: Format?

    /// The format asked for, or the one `--out`'s extension names.
    var format: Format { (try? FormatFromExtension.resolve(formatOption, out: out, fallback: .terminal)) ?? .terminal }

    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @Flag(help: "Replace --out even when it is write-protected.")
    var force = false

    @Flag(help: "Show the rule and the expression with its values behind every reason.")
    var explain = false

    @OptionGroup var csvOptions: CSVOptions

    @Option(help: ArgumentHelp("The board's plan van aanpak: shown in the brief, with questions for what it leaves open.", valueName: "plan"))
    var plan: String?

    @Option(help: ArgumentHelp("The day to judge the plan's dates against, as 2027-03-01 (default: today).", valueName: "date"))
    var today: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let today, PlanDate(today) == nil { throw ValidationError(Message.badToday(today).text(global.lang)) }
        if answers.isEmpty {
            throw ValidationError(Message(nl: "noem de antwoordbestanden van het bestuur", en: "name the board's answers files").text(global.lang))
        }
        do {
            _ = try FormatFromExtension.resolve(formatOption, out: out, fallback: Format.terminal)
        } catch {
            throw ValidationError((error as? FormatFromExtension.FormatMismatch)?.message.text(global.lang) ?? "\(error)")
        }
        try csvOptions.validate(isCSV: format == .csv, language: global.lang)
    }

    func run() throws {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let messages = PanelMessages(language: global.lang)
        let files = PanelGathering.Files(answers: answers, previous: previous, plan: plan)
        let answers = try AnswersArguments.files(files.answers, language: global.lang)
        let previous = try AnswersArguments.files(files.previous, language: global.lang)
        let target = try Self.outputTarget(
            out, inputs: answers + previous + (files.plan.map { [$0] } ?? []) + catalog.paths, force: force, language: global.lang)
        let csv = format == .csv ? csvOptions.answersCSV : nil
        var csvText = csv?.header() ?? ""
        var number = 0
        let gathered = PanelGathering(catalog: catalog).gather(
            answers, previous: previous, benchmark: benchmark,
            respondent: { respondent in
                guard let csv else { return }
                number += 1
                csvText += csv.rows(respondent, number: number)
            },
            notice: { tell($0, messages: messages) })
        if let missing = gathered.missing.first { throw Exit.code(for: missing) }
        if gathered.failed {
            Console.err(messages.answersHaveErrors)
            throw Exit.dataError
        }
        guard let board = gathered.board else {
            Console.err(messages.nothingToDo)
            throw Exit.dataError
        }
        if board.organisations.count > 1 { Console.err(messages.severalBoards(board.organisations.sorted())) }

        var brief = PanelAnalysis().brief(board, previous: gathered.previous, region: gathered.region)
        brief.leaveOutIncomparableRegion(gathered.region)
        if let joint = gathered.consensus { brief.addConsensus(joint) }
        let actionPlan = try files.plan.map { try TrackFiles.plan($0, global: global) }
        if let actionPlan {
            let review = PlanReview(today: today.flatMap(PlanDate.init) ?? PlanDate.today())
            brief.findings += review.findings(for: actionPlan, findings: brief.findings)
        }
        let language = global.lang.rawValue
        let set = catalog.set
        let text: String
        switch format {
        case .terminal:
            let toStandardOutput = target.destination == .standardOutput
            let colour = toStandardOutput && Console.colour(on: 1, refused: global.noColor)
            let width = toStandardOutput && isatty(1) == 1 ? TerminalSize.reportWidth : 80
            text = PanelTerminal(language: language, colour: colour, width: width, set: set, explain: explain).render(brief, plan: actionPlan)
        case .markdown:
            text = PanelMarkdown(language: language, set: set, explain: explain).render(brief, plan: actionPlan)
        case .json: text = PanelJSON(language: language, set: set).render(brief)
        case .html: text = PanelHTML(language: language, set: set, explain: explain).render(brief, plan: actionPlan)
        case .csv: text = csvText
        }
        do {
            try target.write(
                StandardOutputText.safe(text, format == .json ? .json : format == .csv ? .data : .rendered, target: target), audience: .personal)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        if let out, target.destination != .standardOutput {
            Console.err(messages.written(out, respondents: brief.respondents))
        }
    }

    /// Prints what the gathering tells about the files, as it comes.
    private func tell(_ notice: PanelGathering.Notice, messages: PanelMessages) {
        let language = global.lang
        switch notice {
        case .unreadable(let error): Console.err("\(error.description(language))\n")
        case .diagnostics(let path, let diagnostics, let source):
            Console.report(diagnostics, sources: [path: source], noColor: global.noColor, language: language)
        case .warning(let path, let message): Console.err("\(path): warning: \(message.text(language))\n")
        case .previousOtherBoard(let names): Console.err(messages.previousOtherBoard(names))
        }
    }
}

/// What `waarborg panel` says on the terminal, in Dutch and English.
private struct PanelMessages {
    let language: Language
    private var nl: Bool { language == .nl }

    var answersHaveErrors: TerminalSafe {
        nl
            ? "De antwoordbestanden hebben fouten; herstel die eerst (waarborg check helpt daarbij).\n"
            : "The answers files have errors; fix them first (waarborg check helps).\n"
    }

    var nothingToDo: TerminalSafe {
        nl ? "Geen enkel antwoordbestand kon worden gelezen.\n" : "No answers file could be read.\n"
    }

    func severalBoards(_ names: [String]) -> TerminalSafe {
        nl
            ? "Let op: de respondenten noemen verschillende besturen: \(names.joined(separator: ", ")).\n"
            : "Note: the respondents name different boards: \(names.joined(separator: ", ")).\n"
    }

    func previousOtherBoard(_ names: [String]) -> TerminalSafe {
        nl
            ? "Let op: het vorige zelfassessment noemt een ander bestuur: \(names.joined(separator: ", ")).\n"
            : "Note: the previous self-assessment names another board: \(names.joined(separator: ", ")).\n"
    }

    func written(_ path: String, respondents: Int) -> TerminalSafe {
        nl
            ? "Panelbrief over \(respondents) \(respondents == 1 ? "respondent" : "respondenten") geschreven naar \(path).\n"
            : "Panel brief over \(respondents) \(respondents == 1 ? "respondent" : "respondents") written to \(path).\n"
    }
}
