import BuiltinQuestionnaires
import Diagnostics
import FileIO
import Questionnaire

/// Finds the catalog of questionnaires a command works with.
enum QuestionnaireSource {
    /// The catalog, or the reason it cannot be read on stderr and the fitting exit code.
    static func loadCatalog(_ options: GlobalOptions) throws -> Catalog {
        do {
            return try catalog(options)
        } catch {
            throw Exit.reporting(error, options.lang)
        }
    }

    static func catalog(_ options: GlobalOptions) throws(FileError) -> Catalog {
        if let folder = options.questionnaires {
            guard InputFile.isDirectory(folder) else {
                throw FileError(
                    .noInput, path: folder, message: Message(nl: "deze map met vragenlijsten bestaat niet", en: "no such folder of questionnaires"))
            }
            return try Catalog.directory(folder)
        }
        if InputFile.isDirectory("questionnaires") {
            return try Catalog.directory("questionnaires")
        }
        return Catalog.embedded(BuiltinQuestionnaires.files)
    }
}
