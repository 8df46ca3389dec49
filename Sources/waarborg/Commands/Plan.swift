import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Questionnaire
import Reports

/// `waarborg plan`: the board's action plan (*plan van aanpak*): drafted from all its
/// answers files, brought up to date, checked, and rendered to hand in, as four
/// subcommands. The flags of earlier versions (`plan --check PLAN`, `plan ANSWERS… --out`)
/// still work: they are the hidden default subcommand.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft, update, check or render a board's action plan (plan van aanpak).",
        discussion: """
            Plan van aanpak: a draft from all the board's answers files, completed by the board.
              waarborg plan draft ANSWERS… --out plan.yaml
              waarborg plan update ANSWERS… --out plan.yaml     (keeps the board's text)
              waarborg plan check plan.yaml [ANSWERS…]
              waarborg plan render plan.yaml --format html --out plan.html
            The format is described in docs/plan-format.md. Exit status: 0 when fine (warnings allowed), \
            65 when a file has errors, 66 when a file is missing, 73 when --out exists and is not to be \
            updated, or cannot be written.
            """,
        subcommands: [PlanDraft.self, PlanUpdate.self, PlanCheck.self, PlanRender.self, PlanFlags.self],
        defaultSubcommand: PlanFlags.self
    )
}

/// The plan's render formats.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case html
}

/// What every plan subcommand has, and the work they share.
protocol PlanCommand: ParsableCommand {
    var answers: [String] { get }
    var out: String? { get }
    var force: Bool { get }
    var update: Bool { get }
    var format: PlanFormat { get }
    var global: GlobalOptions { get }
}

/// `waarborg plan draft ANSWERS… [--out PLAN] [--force]`.
struct PlanDraft: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft", abstract: "Draft a plan from all the board's answers files (an existing --out is kept without --force).")

    @Argument(help: "The board's answers files (a folder stands for its .yaml files).")
    var answers: [String]

    @Option(name: [.customShort("o"), .long], help: "Write the plan to this file instead of standard output.")
    var out: String?

    @Flag(help: "Overwrite an existing file at --out with a new draft.")
    var force = false

    @OptionGroup var today: TodayOption

    @OptionGroup var global: GlobalOptions

    var update: Bool { false }
    var format: PlanFormat { .markdown }

    func validate() throws { try today.check(global.lang) }

    func run() throws { try draft(today: today.day) }
}

/// `waarborg plan update ANSWERS… --out PLAN`.
struct PlanUpdate: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Bring the plan at --out up to date with new answers: new points added, vanished ones marked, the board's text kept.")

    @Argument(help: "The board's answers files (a folder stands for its .yaml files).")
    var answers: [String]

    @Option(name: [.customShort("o"), .long], help: "The plan to bring up to date (a new draft when there is none yet).")
    var out: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var global: GlobalOptions

    var force: Bool { false }
    var update: Bool { true }
    var format: PlanFormat { .markdown }

    func validate() throws {
        try today.check(global.lang)
        if out == nil {
            throw ValidationError(
                Message(nl: "update vraagt --out: het plan dat bijgewerkt wordt", en: "update needs --out: the plan to bring up to date").text(
                    global.lang))
        }
    }

    func run() throws { try draft(today: today.day) }
}

/// `waarborg plan check PLAN [ANSWERS…]`.
struct PlanCheck: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a plan; with the board's answers files also against their development points.")

    @Argument(help: "The plan.")
    var plan: String

    @Argument(help: "The board's answers files, to check the plan against.")
    var answers: [String] = []

    @OptionGroup var today: TodayOption

    @OptionGroup var global: GlobalOptions

    var out: String? { nil }
    var force: Bool { false }
    var update: Bool { false }
    var format: PlanFormat { .markdown }

    func validate() throws { try today.check(global.lang) }

    func run() throws { try check(plan, today: today.day) }
}

/// `waarborg plan render PLAN [--format markdown|html] [--out FILE]`.
struct PlanRender: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Render a plan as Markdown or HTML to hand in.")

    @Argument(help: "The plan.")
    var plan: String

    @Option(help: "markdown or html.")
    var format: PlanFormat = .markdown

    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.")
    var out: String?

    @Flag(help: "Replace --out even when it is write-protected.")
    var force = false

    @OptionGroup var global: GlobalOptions

    var answers: [String] { [] }
    var update: Bool { false }

    func run() throws { try render(plan) }
}

/// The flags of earlier versions, kept working: `plan ANSWERS… --out`, `--update`,
/// `--check PLAN`, `--render PLAN`.
struct PlanFlags: PlanCommand {
    static let configuration = CommandConfiguration(commandName: "flags", shouldDisplay: false)

    @Argument(help: "The board's answers files: all its respondents.")
    var answers: [String] = []

    @Option(name: [.customShort("o"), .long], help: "Write the plan (or the rendered plan) to this file instead of standard output.")
    var out: String?

    @Flag(help: "Bring the plan at --out up to date: new development points are added, vanished ones marked, the board's text kept.")
    var update = false

    @Flag(help: "Overwrite an existing file at --out with a new draft.")
    var force = false

    @Option(
        name: .customLong("check"), help: ArgumentHelp("Check a plan file; with ANSWERS also against their development points.", valueName: "plan"))
    var checkPath: String?

    @Option(name: .customLong("render"), help: ArgumentHelp("Render a plan file as Markdown or HTML.", valueName: "plan"))
    var renderPath: String?

    @Option(help: "Format of --render: markdown or html.")
    var format: PlanFormat = .markdown

    @Option(help: ArgumentHelp("The day to judge dates against, as 2027-03-01 (default: today).", valueName: "date"))
    var today: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let lang = global.lang
        if checkPath != nil, renderPath != nil {
            throw ValidationError(Message(nl: "geef --check of --render, niet allebei", en: "give either --check or --render, not both").text(lang))
        }
        if renderPath != nil, !answers.isEmpty {
            throw ValidationError(Message(nl: "--render neemt geen antwoordbestanden", en: "--render takes no answers files").text(lang))
        }
        if checkPath == nil, renderPath == nil, answers.isEmpty {
            throw ValidationError(
                Message(
                    nl: "geef de antwoordbestanden van het bestuur om een plan op te stellen, of --check PLAN, of --render PLAN",
                    en: "give the board's answers files to draft a plan, or --check PLAN, or --render PLAN"
                ).text(lang))
        }
        if update, out == nil {
            throw ValidationError(
                Message(nl: "--update vraagt --out: het plan dat bijgewerkt wordt", en: "--update needs --out: the plan to bring up to date").text(
                    lang))
        }
        if update, checkPath != nil || renderPath != nil {
            throw ValidationError(Message(nl: "--update is voor het opstellen", en: "--update is for drafting").text(lang))
        }
        if force, checkPath != nil {
            throw ValidationError(Message(nl: "--force is voor opstellen en weergeven", en: "--force is for drafting and rendering").text(lang))
        }
        if let today, PlanDate(today) == nil { throw ValidationError(Message.badToday(today).text(lang)) }
    }

    func run() throws {
        let day = today.flatMap(PlanDate.init) ?? PlanDate.today()
        if let path = checkPath {
            try check(path, today: day)
        } else if let path = renderPath {
            try render(path)
        } else {
            try draft(today: day)
        }
    }
}

extension PlanCommand {
    fileprivate var messages: PlanMessages { PlanMessages(language: global.lang) }

    // MARK: Draft and update

    fileprivate func draft(today: PlanDate) throws {
        let target = try Self.outputTarget(out, inputs: answers, force: force, language: global.lang)
        let input = try loadInput(today: today)
        let language = global.lang.rawValue
        let drafter = PlanDrafter(language: language, questionnaires: input.brief.parts.map(\.questionnaire))
        let plan: ActionPlan
        var summary: TerminalSafe
        if let out, target.replacesFile, !force {
            guard update else {
                Console.err(messages.exists(out))
                throw Exit.cannotCreate
            }
            let existing = try readPlan(out, refuseOther: true)
            let result = drafter.update(existing, basis: input.basis, findings: input.findings)
            plan = result.plan
            summary = messages.updated(out, result)
        } else {
            plan = drafter.draft(board: input.board, basis: input.basis, findings: input.findings)
            summary = messages.drafted(out, count: plan.entries.count, answers: answers)
            if update, let out { summary = messages.noPlanYet(out) + summary }
        }
        let yaml = PlanWriter(language: language).yaml(plan)
        try write(StandardOutputText.safe(yaml, .data, target: target), to: target)
        if target.destination != .standardOutput { Console.err(summary) }
    }

    // MARK: Check

    fileprivate func check(_ path: String, today: PlanDate) throws {
        let result = try readResult(path)
        var diagnostics = result.diagnostics
        var sources = [path: result.source]
        if let plan = result.plan {
            let checker = PlanChecker(today: today)
            if answers.isEmpty {
                diagnostics += checker.check(plan)
            } else {
                let (input, answerSources) = try loadAnswers(today: today)
                sources.merge(answerSources) { a, _ in a }
                diagnostics += checker.check(plan, against: input.findings, basis: input.basis)
            }
        }
        Console.report(diagnostics, sources: sources, noColor: global.noColor, language: global.lang)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        Console.err(messages.checked(path, errors: errors, warnings: warnings, againstAnswers: !answers.isEmpty))
        if errors > 0 { throw Exit.dataError }
    }

    // MARK: Render

    fileprivate func render(_ path: String) throws {
        let target = try Self.outputTarget(out, inputs: [path] + answers, force: force, language: global.lang)
        let plan = try readPlan(path, refuseOther: false)
        let questionnaires = loadQuestionnaires(plan.basis)
        let set = (try? QuestionnaireSource.catalog(global))?.set ?? .neutral
        let language = global.lang.rawValue
        let text: String =
            switch format {
            case .markdown: PlanMarkdown(language: language, set: set).render(plan, questionnaires: questionnaires)
            case .html: PlanHTML(language: language, set: set).render(plan, questionnaires: questionnaires)
            }
        // The plan's renderers show its text with SafeText, as the reports do.
        try write(text, to: target)
    }

    // MARK: Files

    /// The board's answers files, read and checked, together.
    fileprivate func loadInput(today: PlanDate) throws -> PlanInput {
        try loadAnswers(today: today).0
    }

    fileprivate func loadAnswers(today: PlanDate) throws -> (PlanInput, [String: String]) {
        let loaded = try BoardAnswers.read(answers, global: global)
        let input = PlanInput(loaded, today: today)
        if input.organisations.count > 1 { Console.err(messages.severalBoards(input)) }
        return (input, Dictionary(loaded.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first }))
    }

    fileprivate func readResult(_ path: String) throws -> PlanReader.Result {
        do {
            return try PlanReader.read(path: path)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
    }

    /// The plan at `path`, or an exit after printing why it cannot be used.
    fileprivate func readPlan(_ path: String, refuseOther: Bool) throws -> ActionPlan {
        let result = try readResult(path)
        if refuseOther, !result.isPlanFile {
            Console.err(messages.notAPlan(path))
            throw Exit.cannotCreate
        }
        guard let plan = result.plan else {
            Console.report(result.diagnostics, sources: [path: result.source], noColor: global.noColor, language: global.lang)
            Console.err(messages.planHasErrors(path))
            throw Exit.dataError
        }
        Console.report(result.diagnostics, sources: [path: result.source], noColor: global.noColor, language: global.lang)
        return plan
    }

    /// The questionnaires a plan names, for the safeguards' titles; those not found are left out.
    fileprivate func loadQuestionnaires(_ basis: PlanBasis) -> [Questionnaire] {
        guard let catalog = try? QuestionnaireSource.catalog(global) else { return [] }
        let resolver = CatalogResolver(catalog)
        return basis.questionnaires.compactMap { source in
            if case .found(let questionnaire) = resolver.resolve(source.id, version: source.version) { return questionnaire }
            return nil
        }
    }

    fileprivate func write(_ text: String, to target: OutputTarget) throws {
        do {
            try target.write(text, audience: .personal)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
    }
}

/// What `waarborg plan` says on the terminal, in Dutch and English.
private struct PlanMessages {
    let language: Language
    private var nl: Bool { language == .nl }

    func exists(_ path: String) -> TerminalSafe {
        nl
            ? "\(path) bestaat al. Gebruik waarborg plan update om het plan bij te werken (jullie tekst blijft staan), of --force om het te overschrijven.\n"
            : "\(path) exists. Use waarborg plan update to bring the plan up to date (your text is kept), or --force to overwrite it.\n"
    }

    func notAPlan(_ path: String) -> TerminalSafe {
        nl
            ? "\(path) lijkt geen plan van aanpak (geen 'entries' of 'based_on'); het wordt niet overschreven.\n"
            : "\(path) does not look like an action plan (no 'entries' or 'based_on'); it is not overwritten.\n"
    }

    func planHasErrors(_ path: String) -> TerminalSafe {
        nl ? "\(path) heeft fouten; herstel die eerst.\n" : "\(path) has errors; fix them first.\n"
    }

    var answersHaveErrors: TerminalSafe {
        nl
            ? "De antwoordbestanden hebben fouten; herstel die eerst (waarborg check).\n"
            : "The answers files have errors; fix them first (waarborg check).\n"
    }

    func noPlanYet(_ path: String) -> TerminalSafe {
        nl ? "Er was nog geen plan in \(path): een nieuw concept is gemaakt.\n" : "There was no plan at \(path) yet: a new draft was made.\n"
    }

    func drafted(_ path: String?, count: Int, answers: [String]) -> TerminalSafe {
        let target = path ?? "plan.yaml"
        let files = answers.joined(separator: " ")
        return nl
            ? "\(target): concept met \(count) \(count == 1 ? "ontwikkelpunt" : "ontwikkelpunten"). Vul het aan en controleer met:\n  waarborg plan check \(target) \(files)\n"
            : "\(target): draft with \(count) development \(count == 1 ? "point" : "points"). Complete it and check it with:\n  waarborg plan check \(target) \(files)\n"
    }

    func updated(_ path: String, _ update: PlanDrafter.Update) -> TerminalSafe {
        func list(_ ids: [String]) -> String { ids.isEmpty ? "" : " (" + ids.joined(separator: ", ") + ")" }
        return nl
            ? "\(path) bijgewerkt: \(update.kept.count) behouden, \(update.added.count) nieuw\(list(update.added)), \(update.vanished.count) vervallen\(list(update.vanished)), \(update.returned.count) teruggekeerd\(list(update.returned)).\n"
            : "\(path) updated: \(update.kept.count) kept, \(update.added.count) new\(list(update.added)), \(update.vanished.count) vanished\(list(update.vanished)), \(update.returned.count) returned\(list(update.returned)).\n"
    }

    func checked(_ path: String, errors: Int, warnings: Int, againstAnswers: Bool) -> TerminalSafe {
        nl
            ? "\(path) gecontroleerd\(againstAnswers ? " tegen de antwoorden" : ""): \(errors) fout(en), \(warnings) waarschuwing(en).\n"
            : "\(path) checked\(againstAnswers ? " against the answers" : ""): \(errors) error(s), \(warnings) warning(s).\n"
    }

    func severalBoards(_ input: PlanInput) -> TerminalSafe {
        let names = input.organisations.map { "\($0.name) (\($0.count))" }.joined(separator: ", ")
        return nl
            ? "Let op: de antwoorden noemen meer dan één bestuur: \(names). Het plan gebruikt ‘\(input.board)’.\n"
            : "Note: the answers name more than one board: \(names). The plan uses ‘\(input.board)’.\n"
    }
}
