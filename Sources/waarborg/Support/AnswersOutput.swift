import Assessment
import FileIO
import Questionnaire
import YAML

/// The text of an answers file about to be written, refused when Waarborg's own reader
/// would refuse it, so that a writer never makes a file `check` rejects.
enum AnswersOutput {
    static func yaml(_ file: AnswersFile, questionnaires: [Questionnaire], path: String) throws(FileError) -> String {
        let text = AnswersWriter.yaml(file, questionnaires: questionnaires)
        let limit = YAMLLimits.default.maxBytes
        guard text.utf8.count <= limit else {
            throw FileError(
                .tooLarge, path: path,
                message: "the answers would take \(text.utf8.count) bytes, more than the \(limit) bytes an answers file may have; a name, note or answer is far too long. The file is unchanged")
        }
        return text
    }
}
