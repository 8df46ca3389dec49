import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Interview
import Questionnaire
import Reports

/// `waarborg form`: the questionnaires of one role as one HTML file that a respondent fills
/// in with a browser, without a terminal or this program, and saves as an answers file.
struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a questionnaire form for one role that opens in any browser and saves an answers file.",
        discussion: """
            waarborg form --role ROLE [--respondent-name NAME --organisation BOARD --school SCHOOL] \
            [--from ANSWERS.yaml] [--out vragenlijst.html]

            Vragenlijst in de browser: one self-contained HTML file (nothing loaded from the network) with the \
            questions this role gets, help texts, notes and evidence where asked, and progress. Which questions \
            are shown follows the questionnaires' show_if, as in fill. Answers are kept in the browser while \
            typing; 'Bewaar als bestand' downloads the answers file as fill writes it, for check, report and \
            panel. --from starts the form from an earlier answers file, so a respondent can continue after \
            sending a partial file.
            Exit status: 0 when written, 64 on a usage error (such as an unknown role), 65 when --from or a \
            questionnaire has errors or another version, 66 when --from does not exist, 73/74 when --out \
            exists (without --force) or cannot be written.
            """
    )

    @Option(help: ArgumentHelp("The respondent's role, such as schoolleider (default: the role in --from).", valueName: "role"))
    var role: String?

    @Option(name: .customLong("respondent-name"), help: ArgumentHelp("The respondent's name, filled in already.", valueName: "name"))
    var respondentName: String?

    @Option(help: ArgumentHelp("The board answered for, filled in already.", valueName: "board"))
    var organisation: String?

    @Option(help: ArgumentHelp("The school, when the respondent answers for one school.", valueName: "school"))
    var school: String?

    @Option(help: ArgumentHelp("An answers file to continue from.", valueName: "answers"))
    var from: String?

    @Option(name: .long, help: "Only this questionnaire (repeatable), such as waarborg-2.")
    var only: [String] = []

    @Option(name: [.customShort("o"), .long], help: "Write the form here (atomically); default: vragenlijst-ROLE.html.")
    var out: String?

    @Flag(help: "Replace --out when it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        var file = try from.map { try read($0, catalog: catalog) }
        let all = try Selection.load(catalog: catalog, only: only, version: nil, noColor: global.noColor, language: global.lang)
        let role = try chooseRole(all, file: file)
        let questionnaires = BrowserForm.questionnaires(all, askedOf: role.id)
        guard !questionnaires.isEmpty else {
            Console.error(
                Message(nl: "de vragenlijsten stellen geen vragen aan ‘\(role.id)’", en: "the questionnaires ask no questions of '\(role.id)'"),
                language: global.lang)
            throw Exit.usage
        }
        if let response = file?.responses.first(where: { response in
            questionnaires.contains { $0.id == response.questionnaire && $0.version != response.version }
        }), let from {
            Console.error(
                Message(
                    nl: "\(response.reference) is een andere versie dan de vragenlijst van nu; zet het bestand eerst over met waarborg migrate",
                    en: "\(response.reference) is another version than the current questionnaire; migrate the file first with waarborg migrate"),
                path: from, language: global.lang)
            throw Exit.dataError
        }
        file = prefilled(file, role: role.id)
        let path = out ?? "vragenlijst-\(role.id).html"
        let target = try Self.outputTarget(path, inputs: (from.map { [$0] } ?? []) + catalog.paths, force: force, language: global.lang)
        if target.replacesFile, !force {
            Console.error(.fileExists, path: path, language: global.lang)
            throw Exit.cannotCreate
        }
        let strings = Strings(global.lang.rawValue, minimumGroup: questionnaires.map(\.findings.minimumGroup).min() ?? 3)
        let form = BrowserForm(
            questionnaires: questionnaires, role: role, language: global.lang.rawValue,
            title: catalog.set.instrument.text(global.lang.rawValue), privacy: strings.privacy, file: file,
            otherQuestionnaires: all)
        do {
            try target.write(StandardOutputText.safe(form.html(), .rendered, target: target), audience: .personal)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        let count = form.questionCount
        Console.err(
            TerminalSafe(
                sanitizing: Message(
                    nl: "\(path): vragenlijst voor \(role.id) met \(count) vragen; stuur het bestand naar de respondent\n",
                    en: "\(path): questionnaire for \(role.id) with \(count) questions; send the file to the respondent\n"
                ).text(global.lang)))
    }

    /// The answers file to continue from, checked as `check` checks it.
    private func read(_ path: String, catalog: Catalog) throws -> AnswersFile {
        let file = try CheckedFile.read(path, global: global) { path throws(FileError) in
            try AnswersReader.read(path: path, resolver: CatalogResolver(catalog))
        }.value
        if file.respondent.isConsensus {
            Console.error(
                Message(
                    nl: "een gezamenlijk zelfassessment heeft geen rol; vul het aan met waarborg fill",
                    en: "a joint self-assessment has no role; complete it with waarborg fill"),
                path: path, language: global.lang)
            throw Exit.usage
        }
        return file
    }

    /// `--role`, or the role of `--from`; one of the questionnaires' roles.
    private func chooseRole(_ questionnaires: [Questionnaire], file: AnswersFile?) throws -> Role {
        let roles = questionnaires.roles
        let ids = roles.map(\.id)
        guard let id = role ?? file?.respondent.role else {
            throw ValidationError(
                Message(
                    nl: "noem de rol met --role (\(ids.joined(separator: ", ")))", en: "name the role with --role (\(ids.joined(separator: ", ")))"
                )
                .text(global.lang))
        }
        if let role, let fileRole = file?.respondent.role, role != fileRole, let from {
            Console.error(
                Message(nl: "het bestand is van een \(fileRole), niet van een \(role)", en: "the file is a \(fileRole)'s, not a \(role)'s"),
                path: from, language: global.lang)
            throw Exit.usage
        }
        guard let found = roles.first(where: { $0.id == id }) else {
            Console.error(
                Message(nl: "onbekende rol ‘\(id)’", en: "unknown role '\(id)'") + Suggestion.didYouMean(id, in: ids)
                    + Message(nl: " (rollen: \(ids.joined(separator: ", ")))", en: " (roles: \(ids.joined(separator: ", ")))"),
                language: global.lang)
            throw Exit.usage
        }
        return found
    }

    /// The file with the respondent the options name; nil when there is neither.
    private func prefilled(_ file: AnswersFile?, role: String) -> AnswersFile? {
        guard file != nil || respondentName != nil || organisation != nil || school != nil else { return nil }
        var file = file ?? AnswersFile(respondent: Respondent(name: "", role: role, organisation: ""))
        if let respondentName { file.respondent.name = respondentName }
        if let organisation { file.respondent.organisation = organisation }
        if let school { file.respondent.school = school.isEmpty ? nil : school }
        return file
    }
}
