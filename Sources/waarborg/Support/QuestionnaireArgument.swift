import Diagnostics
import FileIO
import Questionnaire

/// A questionnaire named on the command line: `id@version` from the catalog, or a path.
enum QuestionnaireArgument {
    /// Loads the questionnaire, or prints why not and throws the fitting exit code.
    static func load(_ argument: String, catalog: Catalog, noColor: Bool, language: Language) throws -> Questionnaire {
        let result: QuestionnaireLoader.Result
        do {
            if !InputFile.exists(argument), let at = argument.firstIndex(of: "@") {
                let id = String(argument[..<at]), versionText = String(argument[argument.index(after: at)...])
                guard let version = SemanticVersion(versionText) else {
                    let message = Message(nl: "‘\(versionText)’ is geen versie zoals 1.0.0", en: "'\(versionText)' is not a version such as 1.0.0")
                    Console.err("error: \(message.text(language))\n")
                    throw Exit.usage
                }
                guard let entry = catalog.entry(id, version) else {
                    let known = catalog.entries.map(\.reference)
                    let message =
                        Message(
                            nl: "geen vragenlijst \(argument) in \(catalog.origin(in: .nl))",
                            en: "no questionnaire \(argument) in \(catalog.origin(in: .en))")
                        + Suggestion.didYouMean(argument, in: known)
                    Console.err("error: \(message.text(language))\n")
                    throw Exit.noInput
                }
                result = try catalog.load(entry)
            } else {
                result = try QuestionnaireLoader.load(path: argument)
            }
        } catch let error as FileError {
            throw Exit.reporting(error, language)
        }
        Console.report(
            result.diagnostics, sources: [result.diagnostics.first?.location?.file ?? "": result.source], noColor: noColor, language: language)
        guard let questionnaire = result.questionnaire else { throw Exit.dataError }
        return questionnaire
    }
}
