import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Interview
import Questionnaire

/// `waarborg check`: checks answers files against the questionnaire versions they name.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check answers files; every problem is reported as path:line:column.",
        discussion: """
            Controleer antwoordbestanden: unknown keys, questionnaires, versions and question ids, keys \
            that are not an option, numbers out of bounds, missing required notes and evidence, answers \
            to questions that show_if hides, unknown roles. An empty answer is an open question, not an error.
            Exit status: 0 when every file is valid, 65 when a file has errors, 66 when a file is missing.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "Answers files.")
    var files: [String]

    @Option(help: "Output format: text or json (on stdout).")
    var format: Format = .text

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError(Message.nameAnswersFiles.text(global.lang)) }
    }

    func run() throws {
        let strings = Strings(global.lang.rawValue)
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let resolver = CatalogResolver(catalog)
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        var missing: [FileError] = []
        var reports: [JSONValue] = []
        var completeness = ""
        for path in files {
            let result: AnswersReader.Result
            do {
                result = try AnswersReader.read(path: path, resolver: resolver)
            } catch {
                missing.append(error)
                diagnostics.append(.error(error.message, at: FileLocation(file: error.path, line: 1, column: 1)))
                reports.append(.object([("path", .string(path)), ("errors", 1), ("warnings", 0), ("questionnaires", [])]))
                continue
            }
            sources[path] = result.source
            diagnostics += result.diagnostics
            var parts: [JSONValue] = []
            if let file = result.file {
                let summary = Interview(questionnaires: result.questionnaires, file: file, language: strings.language).summary
                for (questionnaire, part) in zip(result.questionnaires, summary.parts) {
                    completeness += strings.completeness(
                        file: TerminalText.sanitized(path), questionnaire: questionnaire.reference, count: part.total)
                    parts.append(
                        .object([
                            ("questionnaire", .string(questionnaire.id)),
                            ("version", .string(questionnaire.version.description)),
                            ("shown", .number(Double(part.total.shown))),
                            ("answered", .number(Double(part.total.answered))),
                            ("not_applicable", .number(Double(part.total.notApplicable))),
                            ("skipped", .number(Double(part.total.skipped))),
                            ("open", .number(Double(part.total.open))),
                        ]))
                }
            }
            reports.append(
                .object([
                    ("path", .string(path)),
                    ("errors", .number(Double(result.diagnostics.filter { $0.severity == .error }.count))),
                    ("warnings", .number(Double(result.diagnostics.filter { $0.severity == .warning }.count))),
                    ("questionnaires", .array(parts)),
                ]))
        }
        switch format {
        case .json:
            Console.out(
                TerminalSafe(json: JSONValue.object([("files", .array(reports)), ("diagnostics", diagnostics.json(global.lang))]).rendered()),
                language: global.lang)
        case .text:
            Console.report(diagnostics, sources: sources, noColor: global.noColor, language: global.lang)
            Console.err(TerminalSafe(sanitizing: completeness))
            Console.err(
                TerminalSafe(
                    sanitizing: strings.checked(
                        files: files.count, errors: diagnostics.filter { $0.severity == .error }.count,
                        warnings: diagnostics.filter { $0.severity == .warning }.count)))
        }
        if let first = missing.first { throw Exit.code(for: first) }
        if diagnostics.containsErrors { throw Exit.dataError }
    }
}
