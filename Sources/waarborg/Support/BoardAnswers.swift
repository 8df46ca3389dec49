import Assessment
import Diagnostics
import FileIO
import Questionnaire

/// A board's answers files read and checked together, for the commands that work on a
/// board as a whole (`plan`, `consensus`, `verslag`, `status`): every problem of every file
/// is printed, and any error ends the command with 65 before anything is made from them.
enum BoardAnswers {
    /// The files at `paths` (a folder or a board folder stands for its answers files).
    static func read(_ paths: [String], global: GlobalOptions) throws -> [PlanInput.Answers] {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let resolver = CatalogResolver(catalog)
        var loaded: [PlanInput.Answers] = []
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        for path in try AnswersArguments.files(paths, language: global.lang) {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(path)
            } catch {
                throw Exit.reporting(error, global.lang)
            }
            let result = AnswersReader.read(bytes: bytes, path: path, resolver: resolver)
            diagnostics += result.diagnostics
            sources[path] = result.source
            if let file = result.file {
                loaded.append(PlanInput.Answers(path: path, bytes: bytes, file: file, questionnaires: result.questionnaires))
            }
        }
        Console.report(diagnostics, sources: sources, noColor: global.noColor, language: global.lang)
        if diagnostics.containsErrors {
            Console.err(
                global.lang == .en
                    ? "The answers files have errors; fix them first (waarborg check).\n"
                    : "De antwoordbestanden hebben fouten; herstel die eerst (waarborg check).\n")
            throw Exit.dataError
        }
        return loaded
    }
}
