import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Questionnaire
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
        let reader = PanelReader(resolver: CatalogResolver(catalog), catalog: catalog, noColor: global.noColor, language: global.lang)
        let messages = PanelMessages(language: global.lang)
        let csv =
            format == .csv
            ? csvOptions.answersCSV
            : nil

        // The board now. A second pass is needed only when its files use different versions
        // of a questionnaire, or versions with different minimum group sizes.
        let (answerArguments, previous, plan) = filesToRead()
        let answers = try AnswersArguments.files(answerArguments, language: global.lang)
        let target = try Self.outputTarget(
            out, inputs: answers + AnswersArguments.files(previous, language: global.lang) + (plan.map { [$0] } ?? []) + catalog.paths, force: force,
            language: global.lang)
        var now = reader.gather(answers, csv: csv)
        let csvText = now.csv
        if let first = now.board, !reader.failed {
            let targets = now.newest
            let minimum = now.questionnaires.map(\.findings.minimumGroup).max() ?? first.minimumGroup
            if minimum != first.minimumGroup || targets.count != now.questionnaires.count {
                let alignment = VersionAlignment(targets: targets, available: reader.versions(of: targets))
                now = reader.gather(answers, csv: nil, alignment: alignment, minimumGroup: minimum, quiet: true)
            }
        }
        let targets = now.newest
        let alignment =
            previous.isEmpty && benchmark == nil
            ? nil : VersionAlignment(targets: targets, available: reader.versions(of: targets))

        var earlier: BoardAggregate?
        if !previous.isEmpty, let alignment {
            let previous = try AnswersArguments.files(previous, language: global.lang)
            earlier = reader.gather(previous, csv: nil, alignment: alignment, minimumGroup: now.board?.minimumGroup).board
            if let earlier, let board = now.board, earlier.organisations.isDisjoint(with: board.organisations) {
                Console.err(messages.previousOtherBoard(earlier.organisations.sorted()))
            }
        }
        var region: [BoardAggregate] = []
        if let benchmark, let alignment {
            region = reader.region(benchmark, alignment: alignment)
        }
        if let missing = reader.missing.first { throw Exit.code(for: missing) }
        if reader.failed {
            Console.err(messages.answersHaveErrors)
            throw Exit.dataError
        }
        guard let board = now.board else {
            Console.err(messages.nothingToDo)
            throw Exit.dataError
        }
        if board.organisations.count > 1 { Console.err(messages.severalBoards(board.organisations.sorted())) }

        var brief = PanelAnalysis().brief(board, previous: earlier, region: region)
        brief.leaveOutIncomparableRegion(region)
        if let joint = now.consensus { brief.addConsensus(joint) }
        let actionPlan = try plan.map { try TrackFiles.plan($0, global: global) }
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
}

extension Panel {
    /// The answers, previous answers and plan to read. A board folder (`docs/track.md`)
    /// stands for its newest round's answers and joint self-assessment, the round before as
    /// the previous self-assessment, and the round's plan, unless the options name others.
    func filesToRead() -> (answers: [String], previous: [String], plan: String?) {
        guard answers.count == 1, BoardFolder.isBoard(answers[0]), let board = BoardFolder(answers[0]), let round = board.current else {
            return (answers, previous, plan)
        }
        let joint = InputFile.exists(round.consensus) ? [round.consensus] : []
        let before = previous.isEmpty ? board.round(before: round).map { [$0.answers] } ?? [] : previous
        return ([round.answers] + joint, before, plan ?? (InputFile.exists(round.plan) ? round.plan : nil))
    }

}

/// Reads answers files one at a time for the panel: prints each file's diagnostics as it
/// goes, remembers only whether any had errors and which files were missing.
private final class PanelReader {
    let resolver: CatalogResolver
    let catalog: Catalog
    let noColor: Bool
    let language: Language
    private(set) var failed = false
    private(set) var missing: [FileError] = []

    /// What one list of files adds up to.
    struct Gathered {
        var board: BoardAggregate?
        /// The board's joint self-assessment (`kind: consensus`), kept apart from the respondents.
        var consensus: RespondentAssessment?
        /// Every questionnaire version answered, once each.
        var questionnaires: [Questionnaire] = []
        /// The CSV rows, when asked for.
        var csv = ""

        /// Per questionnaire, the newest version answered.
        var newest: [Questionnaire] { questionnaires.newestVersions }
    }

    init(resolver: CatalogResolver, catalog: Catalog, noColor: Bool, language: Language) {
        self.resolver = resolver
        self.catalog = catalog
        self.noColor = noColor
        self.language = language
    }

    /// Reads, checks and assesses `paths` into one board; `minimumGroup` nil takes the
    /// largest of the first valid file's questionnaires.
    func gather(
        _ paths: [String], csv: AnswersCSV?, alignment: VersionAlignment? = nil, minimumGroup: Int? = nil, quiet: Bool = false
    ) -> Gathered {
        var gathered = Gathered()
        if let csv { gathered.csv = csv.header() }
        var number = 0
        // Files are read and assessed on several threads; what follows from each stays here,
        // in the order of the files.
        // Each worker has questionnaires of its own: threads that share objects slow each
        // other down counting references to them.
        let batch = ParallelBatch()
        let resolvers = [resolver] + (1..<batch.threads).map { _ in CatalogResolver(catalog) }
        batch.run(paths, cost: ParallelBatch.fileSize) { path, worker in
            PanelItem(path: path, resolver: resolvers[worker], alignment: alignment)
        } consume: { item in
            guard let result = accept(item, quiet: quiet, required: true), let original = item.original else { return }
            if original.respondent.isConsensus {
                gathered.consensus = item.alignedAssessment ?? original
                return
            }
            number += 1
            if let csv { gathered.csv += csv.rows(original, number: number) }
            var questionnaires = result.questionnaires
            var incomparable: [String: Set<String>] = [:]
            if let aligned = item.aligned {
                if !quiet { report(aligned.problems, path: item.path) }
                (questionnaires, incomparable) = (aligned.questionnaires, aligned.incomparableThemes)
            }
            for questionnaire in questionnaires where !gathered.questionnaires.contains(where: { $0.reference == questionnaire.reference }) {
                gathered.questionnaires.append(questionnaire)
            }
            if gathered.board == nil {
                gathered.board = BoardAggregate(
                    minimumGroup: minimumGroup ?? questionnaires.map(\.findings.minimumGroup).max() ?? 3,
                    roles: questionnaires.first?.roles ?? Role.defaults)
            }
            for (id, themes) in incomparable { gathered.board?.incomparableThemes[id, default: []].formUnion(themes) }
            gathered.board?.add(item.alignedAssessment ?? original)
        }
        return gathered
    }

    /// Every answers file under `folder`, grouped by the board its respondent names.
    func region(_ folder: String, alignment: VersionAlignment) -> [BoardAggregate] {
        guard InputFile.isDirectory(folder) else {
            let error = FileError(
                .noInput, path: folder,
                message: Message(
                    nl: "deze map met antwoordbestanden voor --benchmark bestaat niet", en: "no such folder of answers files for --benchmark"))
            Console.err("\(error.description(language))\n")
            missing.append(error)
            return []
        }
        var paths: [String]
        do {
            paths = try Self.benchmarkWalk.files(in: folder)
            // A region of board folders (docs/track.md): each board's newest round only, and
            // not its plan, verslag or board file.
            let boards = ((try? InputFile.list(folder)) ?? []).map { folder + "/" + $0 }.filter(BoardFolder.isBoard)
            if !boards.isEmpty {
                paths = []
                for board in boards {
                    guard let answers = BoardFolder(board)?.current?.answers else { continue }
                    paths += try FolderWalk(maximumDepth: 0, wanted: FolderWalk.isYAML).files(in: answers)
                }
            }
        } catch {
            Console.err("\(error.description(language))\n")
            missing.append(error)
            return []
        }
        var boards: [String: BoardAggregate] = [:]
        for path in paths {
            guard let (file, questionnaires) = read(path, quiet: false, required: false), !file.respondent.isConsensus else { continue }
            let aligned = alignment.align(file, questionnaires: questionnaires)
            let name = file.respondent.organisation
            var board = boards[name] ?? BoardAggregate(roles: questionnaires.first?.roles ?? Role.defaults)
            for (id, themes) in aligned.incomparableThemes { board.incomparableThemes[id, default: []].formUnion(themes) }
            board.add(Assessor.assess(aligned.file, path: path, questionnaires: aligned.questionnaires))
            boards[name] = board
        }
        return boards.keys.sorted().compactMap { boards[$0] }
    }

    /// Every version in the catalog of the questionnaires, for migrations on the way.
    func versions(of questionnaires: [Questionnaire]) -> [Questionnaire] {
        questionnaires.flatMap { questionnaire in
            catalog.versions(of: questionnaire.id).compactMap { entry -> Questionnaire? in
                if case .found(let found) = resolver.resolve(entry.id, version: entry.version) { return found }
                return nil
            }
        }
    }

    /// The file and the questionnaire versions it answers, or nil after reporting why not.
    /// A file in a benchmark folder that is no answers file at all (`required` false) is
    /// skipped with a warning.
    private func read(_ path: String, quiet: Bool, required: Bool) -> (AnswersFile, [Questionnaire])? {
        let item = PanelItem(path: path, resolver: resolver, alignment: nil, assess: false)
        guard let result = accept(item, quiet: quiet, required: required), let file = result.file else { return nil }
        return (file, result.questionnaires)
    }

    /// The answers of a file read, after printing its diagnostics; nil, remembering why, when
    /// it could not be read, is no answers file where one may be left out, or has errors.
    private func accept(_ item: PanelItem, quiet: Bool, required: Bool) -> AnswersReader.Result? {
        let result: AnswersReader.Result
        switch item.read {
        case .failure(let error):
            if !quiet {
                Console.err("\(error.description(language))\n")
                missing.append(error)
            }
            return nil
        case .success(let read):
            result = read
        }
        if !required, !result.isAnswersFile {
            if !quiet {
                let message = Message(
                    nl: "geen antwoordbestand; niet meegenomen in de regionale vergelijking",
                    en: "not an answers file; left out of the regional comparison")
                Console.err("\(item.path): warning: \(message.text(language))\n")
            }
            return nil
        }
        if !quiet { Console.report(result.diagnostics, sources: [item.path: result.source], noColor: noColor, language: language) }
        guard result.file != nil else {
            failed = true
            return nil
        }
        return result
    }

    private func report(_ problems: [Message], path: String) {
        for problem in problems { Console.err("\(path): warning: \(problem.text(language))\n") }
    }

    /// The `.yaml` and `.yml` files under `folder`, as `FolderWalk` finds them, at most
    /// eight folders deep.
    static let benchmarkWalk = FolderWalk(maximumDepth: 8, wanted: FolderWalk.isYAML)
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

/// One answers file read and assessed, as it is and aligned to the panel's versions.
private struct PanelItem: Sendable {
    var path: String
    var read: Result<AnswersReader.Result, FileError>
    /// The assessment of the answers as given.
    var original: RespondentAssessment?
    /// The answers migrated to the panel's versions, and their assessment.
    var aligned: VersionAlignment.Outcome?
    var alignedAssessment: RespondentAssessment?

    init(path: String, resolver: CatalogResolver, alignment: VersionAlignment?, assess: Bool = true) {
        self.path = path
        do {
            let result = try AnswersReader.read(path: path, resolver: resolver)
            read = .success(result)
            guard assess, let file = result.file else { return }
            original = Assessor.assess(file, path: path, questionnaires: result.questionnaires)
            if let alignment {
                let aligned = alignment.align(file, questionnaires: result.questionnaires)
                self.aligned = aligned
                alignedAssessment = Assessor.assess(aligned.file, path: path, questionnaires: aligned.questionnaires)
            }
        } catch {
            read = .failure(error)
        }
    }
}
