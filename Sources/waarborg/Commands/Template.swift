import ArgumentParser
import Diagnostics
import FileIO
import Interview
import Questionnaire

/// `waarborg template`: an answers file to fill in with an editor.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an answers file to fill in with an editor, every question with its text and options as comments.",
        discussion: """
            Schrijft een in te vullen antwoordbestand, op stdout of met --output in een bestand. \
            Check the filled-in file with 'waarborg check'.
            Exit status: 0 when written, 64 on a usage error, 65 when a questionnaire has errors, \
            73 when --output exists (without --force) or cannot be written.
            """
    )

    @Option(name: .long, help: "Only this questionnaire (repeatable), such as waarborg-2.")
    var only: [String] = []

    @Option(name: .long, help: "The questionnaire version, with one --only (default: the newest).")
    var version: String?

    @Option(name: .long, help: "Only the questions for this role (such as schoolleider or werkplekbegeleider), with the role filled in.")
    var role: String?

    @Option(name: [.short, .long], help: "Write to this file instead of stdout.")
    var output: String?

    @Flag(name: .long, help: "Replace --output when it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let target = try Self.outputTarget(output, inputs: catalog.paths, force: force, language: global.lang)
        if let output, target.replacesFile, !force {
            Console.error(.fileExists, path: output, language: global.lang)
            throw Exit.cannotCreate
        }
        let questionnaires = try Selection.load(catalog: catalog, only: only, version: version, noColor: global.noColor, language: global.lang)
        if let role {
            let known = questionnaires.isEmpty ? Role.defaults.map(\.id) : questionnaires.flatMap { $0.roles.map(\.id) }
            guard known.contains(role) else {
                let roles = Array(Set(known)).sorted().joined(separator: ", ")
                Console.error(
                    Message(nl: "onbekende rol ‘\(role)’", en: "unknown role '\(role)'") + Suggestion.didYouMean(role, in: known)
                        + Message(nl: " (rollen: \(roles))", en: " (roles: \(roles))"),
                    language: global.lang)
                throw Exit.usage
            }
        }
        let text = AnswersTemplate.text(questionnaires: questionnaires, language: global.lang.rawValue, role: role)
        do {
            try target.write(StandardOutputText.safe(text, .data, target: target), audience: .shared)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
    }
}
