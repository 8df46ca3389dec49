public import Diagnostics
public import FileIO
public import Questionnaire
import RuleLanguage
import YAML

/// Reads an answers file and checks it against the questionnaire versions it names.
///
/// Every problem is reported with its place in the file, all in one run: unknown keys,
/// questionnaires, versions and question ids (with "did you mean"), keys that are not an
/// option, numbers out of bounds, missing required notes and evidence, answers to questions
/// that `show_if` hides, unknown roles. The format is described in `docs/answers-format.md`.
public enum AnswersReader {
    /// The outcome of reading one answers file.
    public struct Result: Sendable {
        /// The answers, when the file has no errors.
        public var file: AnswersFile?
        public var diagnostics: [Diagnostic]
        /// The file's text, for printing source lines under diagnostics; made when asked
        /// for, as most files read have none.
        public var source: String { String(decoding: bytes, as: UTF8.self) }
        /// The file's bytes.
        public var bytes: [UInt8]
        /// The questionnaires the file's responses name that could be found, in file order.
        public var questionnaires: [Questionnaire]
        /// Whether the file looks like an answers file at all: a mapping with `respondent`
        /// or `questionnaires`. A program about to overwrite a file checks this first.
        public var isAnswersFile: Bool
    }

    /// Reads and checks the file at `path`; a file that cannot be read is a `FileError`.
    public static func read(path: String, resolver: some QuestionnaireResolver) throws(FileError) -> Result {
        let bytes = try InputFile.read(path)
        return read(bytes: bytes, path: path, resolver: resolver)
    }

    /// Reads and checks an answers file from bytes that came from `path`.
    ///
    /// A file without problems is read straight from libyaml's events; anything else
    /// through the node tree, which places every diagnostic (see `AnswersEventDecoder`).
    public static func read(bytes: [UInt8], path: String, resolver: some QuestionnaireResolver) -> Result {
        var fast = AnswersEventDecoder(resolver: resolver)
        if let file = fast.decode(bytes) {
            return Result(
                file: file, diagnostics: [], bytes: bytes,
                questionnaires: fast.questionnaires, isAnswersFile: true)
        }
        return readThroughTree(bytes: bytes, path: path, resolver: resolver)
    }

    /// Reads an answers file through the node tree alone, the path that reports problems;
    /// `read` gives the same result, faster for files without problems.
    public static func readThroughTree(bytes: [UInt8], path: String, resolver: some QuestionnaireResolver) -> Result {
        let root: Node?
        do {
            root = try YAMLParser.parse(bytes: bytes, file: path)
        } catch {
            return Result(file: nil, diagnostics: error.diagnostics, bytes: bytes, questionnaires: [], isAnswersFile: false)
        }
        guard let root else {
            let diagnostic = Diagnostic.error(
                Message(
                    nl: "het bestand is leeg; een antwoordbestand begint met ‘respondent:’ en ‘questionnaires:’",
                    en: "the file is empty; an answers file starts with 'respondent:' and 'questionnaires:'"),
                at: FileLocation(file: path, line: 1, column: 1))
            return Result(file: nil, diagnostics: [diagnostic], bytes: bytes, questionnaires: [], isAnswersFile: false)
        }
        let isAnswersFile = root.mapping.map { $0["respondent"] != nil || $0["questionnaires"] != nil } ?? false
        let decoder = AnswersTreeDecoder(context: DecodingContext(file: path), resolver: resolver)
        let file = decoder.decode(root)
        let diagnostics = decoder.context.diagnostics.sortedByLocation()
        return Result(
            file: diagnostics.containsErrors ? nil : file, diagnostics: diagnostics, bytes: bytes,
            questionnaires: decoder.questionnaires, isAnswersFile: isAnswersFile)
    }
}
