import BuiltinQuestionnaires
import FileIO
import Questionnaire

/// Finds the catalog of questionnaires a command works with.
enum QuestionnaireSource {
    static func catalog(_ options: GlobalOptions) throws(FileError) -> Catalog {
        if let folder = options.questionnaires {
            guard InputFile.isDirectory(folder) else {
                throw FileError(.noInput, path: folder, message: "no such folder of questionnaires")
            }
            return try Catalog.directory(folder)
        }
        if InputFile.isDirectory("questionnaires") {
            return try Catalog.directory("questionnaires")
        }
        return Catalog.embedded(BuiltinQuestionnaires.files)
    }
}
