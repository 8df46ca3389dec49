import Assessment
import Diagnostics
import FileIO
import Questionnaire

/// What a reader gives back for one file: its diagnostics, its text (for printing source
/// lines under them) and the value it read, which is nil when the file has errors.
protocol CheckedRead {
    associatedtype Value
    var diagnostics: [Diagnostic] { get }
    var source: String { get }
    var value: Value? { get }
}

extension AnswersReader.Result: CheckedRead {
    var value: AnswersFile? { file }
}

extension PlanReader.Result: CheckedRead {
    var value: ActionPlan? { plan }
}

extension PanelVerslagReader.Result: CheckedRead {
    var value: PanelVerslag? { verslag }
}

extension QuestionnaireLoader.Result: CheckedRead {
    var value: Questionnaire? { questionnaire }
}

/// One file read for a command as `check` and `lint` read it: its diagnostics printed, and
/// a file with errors ending the command (exit 65; a file that cannot be read, its own code).
enum CheckedFile {
    static func read<Result: CheckedRead>(
        _ path: String, global: GlobalOptions, with reader: (String) throws(FileError) -> Result
    ) throws -> (value: Result.Value, source: String) {
        let result: Result
        do {
            result = try reader(path)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        Console.report(result.diagnostics, sources: [path: result.source], noColor: global.noColor, language: global.lang)
        guard let value = result.value else { throw Exit.dataError }
        return (value, result.source)
    }
}
