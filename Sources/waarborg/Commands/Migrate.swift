import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Questionnaire

/// `waarborg migrate`: carries an answers file over to a newer questionnaire version.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Carry an answers file over to a newer questionnaire version, as its migration says.",
        discussion: """
            Writes a new answers file and reports every answer that could not be carried over, with \
            the reason; it never guesses. The original file is left as it is. \
            Exit status: 0 when written (even with answers left behind), 65 for an invalid file or no \
            migration path, 66 for a missing file, 73/74 when the new file cannot be written.
            """
    )

    @Argument(help: "The answers file to carry over.")
    var file: String

    @Option(help: "The version to carry the answers to, such as 1.1.0 (of every questionnaire in the file that has it).")
    var to: String

    @Option(name: [.short, .long], help: "The new answers file (default: the file's name with the version added, next to it).")
    var out: String?

    @Flag(help: "Overwrite --out when it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let target = SemanticVersion(to) else {
            throw ValidationError(Message(nl: "‘\(to)’ is geen versie zoals 1.1.0", en: "'\(to)' is not a version such as 1.1.0").text(global.lang))
        }
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let path = out ?? Self.defaultPath(for: file, version: target)
        let output = try Self.outputTarget(path, inputs: [file] + catalog.paths, force: force, language: global.lang)
        if output.replacesFile, !force {
            Console.error(
                Message(
                    nl: "het bestand bestaat al; kies een andere --out of gebruik --force", en: "the file exists; choose another --out or add --force"
                ),
                path: path, language: global.lang)
            throw Exit.cannotCreate
        }
        var answers = try CheckedFile.read(file, global: global) { path throws(FileError) in
            try AnswersReader.read(path: path, resolver: CatalogResolver(catalog))
        }.value

        var carried = 0
        var problems: [String] = []
        var responses: [Response] = []
        for response in answers.responses {
            guard response.version < target, let newer = catalog.questionnaire(response.questionnaire, target) else {
                responses.append(response)
                continue
            }
            let available = catalog.versions(of: response.questionnaire).compactMap { catalog.questionnaire($0.id, $0.version) }
            do {
                let chain = try Migrator.chain(from: response.version, to: newer, available: available)
                let outcome = try Migrator.migrate(response, through: chain)
                // What the newer version does not accept from this respondent goes too, so
                // the file checks; each is reported.
                let fitted = Migrator.fit(outcome.response, to: newer, role: answers.respondent.askedRole)
                responses.append(fitted.response)
                carried += 1
                problems += (outcome.problems + fitted.problems).map { "\(file): warning: \(response.questionnaire): \($0.text(global.lang))" }
            } catch {
                Console.error(error.message, path: file, language: global.lang)
                throw Exit.dataError
            }
        }
        guard carried > 0 else {
            Console.err(
                global.lang == .nl
                    ? "\(file): niets om over te zetten: geen vragenlijst in dit bestand heeft een versie \(target) die nieuwer is.\n"
                    : "\(file): nothing to carry over: no questionnaire in this file has a newer version \(target).\n")
            throw Exit.dataError
        }
        answers.responses = responses
        let questionnaires = responses.compactMap { catalog.questionnaire($0.questionnaire, $0.version) }
        do {
            try output.write(AnswersOutput.yaml(answers, questionnaires: questionnaires, path: path), audience: .personal)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        for problem in problems { Console.err("\(problem)\n") }
        Console.err(
            global.lang == .nl
                ? "Overgezet naar \(target) in \(path); \(problems.count) antwoord(en) of opmerking(en) niet overgezet.\n"
                : "Carried over to \(target) in \(path); \(problems.count) answer(s) or remark(s) not carried over.\n")
    }

    /// `antwoorden.yaml` → `antwoorden-1.1.0.yaml`, in the same folder.
    static func defaultPath(for file: String, version: SemanticVersion) -> String {
        let stem = file.hasSuffix(".yaml") ? String(file.dropLast(5)) : file
        return "\(stem)-\(version).yaml"
    }
}
