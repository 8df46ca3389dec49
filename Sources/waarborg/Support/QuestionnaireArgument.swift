import Diagnostics
import FileIO
import Questionnaire

/// A questionnaire named on the command line: `id@version` from the catalog, or a path.
enum QuestionnaireArgument {
    /// Loads the questionnaire, or prints why not and throws the fitting exit code.
    static func load(_ argument: String, catalog: Catalog, noColor: Bool) throws -> Questionnaire {
        let result: QuestionnaireLoader.Result
        do {
            if !InputFile.exists(argument), let at = argument.firstIndex(of: "@") {
                let id = String(argument[..<at]), versionText = String(argument[argument.index(after: at)...])
                guard let version = SemanticVersion(versionText) else {
                    Console.err("error: '\(versionText)' is not a version such as 1.0.0\n")
                    throw Exit.usage
                }
                guard let entry = catalog.entry(id, version) else {
                    let known = catalog.entries.map(\.reference)
                    Console.err("error: no questionnaire \(argument) in \(catalog.origin)\(Suggestion.didYouMean(argument, in: known))\n")
                    throw Exit.noInput
                }
                result = try catalog.load(entry)
            } else {
                result = try QuestionnaireLoader.load(path: argument)
            }
        } catch let error as FileError {
            throw Exit.reporting(error)
        }
        Console.report(result.diagnostics, sources: [result.diagnostics.first?.location?.file ?? "": result.source], noColor: noColor)
        guard let questionnaire = result.questionnaire else { throw Exit.dataError }
        return questionnaire
    }
}
