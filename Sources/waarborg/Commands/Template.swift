import ArgumentParser
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

    @Option(name: [.short, .long], help: "Write to this file instead of stdout.")
    var output: String?

    @Flag(name: .long, help: "Replace --output when it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let questionnaires = try Selection.load(catalog: catalog, only: only, version: version, noColor: global.noColor)
        let text = AnswersTemplate.text(questionnaires: questionnaires, language: global.lang.rawValue)
        guard let output else {
            Console.outData(text)
            return
        }
        if InputFile.exists(output), !force {
            Console.err("\(output): error: the file exists; choose another name or pass --force\n")
            throw Exit.cannotCreate
        }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            Console.err("\(error)\n")
            throw Exit.code(for: error)
        }
    }
}
