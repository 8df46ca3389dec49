import Assessment
import Diagnostics
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
                message: Message(
                    nl:
                        "de antwoorden zouden \(text.utf8.count) bytes worden, meer dan de \(limit) bytes die een antwoordbestand mag hebben; een naam, toelichting of antwoord is veel te lang. Het bestand is niet veranderd",
                    en:
                        "the answers would take \(text.utf8.count) bytes, more than the \(limit) bytes an answers file may have; a name, note or answer is far too long. The file is unchanged"
                ))
        }
        return text
    }
}
