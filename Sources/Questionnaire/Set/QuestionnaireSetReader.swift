public import Diagnostics
import FileIO
import YAML

/// Reads `set.yaml`, the metadata of the questionnaires in one folder.
///
/// ```yaml
/// instrument: {nl: "Zelfassessment Samen Opleiden", en: "Samen Opleiden self-assessment"}
/// vocabulary:
///   brief: {nl: "Panelbrief Samen Opleiden", en: "Samen Opleiden panel brief"}
///   organisation: {nl: "Bestuur", en: "Board"}
///   part: {nl: "Waarborg", en: "Safeguard"}
/// overall: none            # none | average
/// ```
public enum QuestionnaireSetReader {
    public struct Result: Sendable {
        /// The set; `QuestionnaireSet.neutral` when the file is missing or has errors.
        public var set: QuestionnaireSet
        public var diagnostics: [Diagnostic]
        /// The file's text, for printing source lines under diagnostics; nil without a file.
        public var source: String?
    }

    static let topLevelKeys = ["instrument", "vocabulary", "overall"]
    static let vocabularyKeys = ["brief", "organisation", "part"]

    /// What an overview shows over the questionnaires.
    enum Overall: String, CaseIterable {
        /// Nothing: each questionnaire stands on its own.
        case none
        /// A plain average, without a level.
        case average
    }

    /// Reads `set.yaml` in `folder`; a missing file is the neutral set without diagnostics.
    public static func read(folder: String) -> Result {
        let path = folder.hasSuffix("/") ? folder + QuestionnaireSet.fileName : folder + "/" + QuestionnaireSet.fileName
        guard InputFile.exists(path) else { return Result(set: .neutral, diagnostics: [], source: nil) }
        do {
            return parse(bytes: try InputFile.read(path), path: path)
        } catch {
            return Result(set: .neutral, diagnostics: [.error(error.message, at: FileLocation(file: path, line: 1, column: 1))], source: nil)
        }
    }

    /// Reads the set from the bytes of a file at `path`.
    public static func parse(bytes: [UInt8], path: String) -> Result {
        let source = String(decoding: bytes, as: UTF8.self)
        let root: Node?
        do {
            root = try YAMLParser.parse(bytes: bytes, file: path)
        } catch {
            return Result(set: .neutral, diagnostics: error.diagnostics, source: source)
        }
        guard let root else { return Result(set: .neutral, diagnostics: [], source: source) }
        let context = DecodingContext(file: path)
        context.requiredLanguages = ["nl", "en"]
        var set = QuestionnaireSet.neutral
        if let fields = FieldReader(root, "the questionnaire set", keys: topLevelKeys, context: context) {
            if let text = fields.optional("instrument", { context.text($0, "instrument", language: "nl") }) { set.instrument = text }
            if let node = fields["vocabulary"],
                let words = FieldReader(node, "vocabulary", keys: vocabularyKeys, context: context)
            {
                if let text = words.optional("brief", { context.text($0, "brief", language: "nl") }) { set.brief = text }
                if let text = words.optional("organisation", { context.text($0, "organisation", language: "nl") }) { set.organisation = text }
                if let text = words.optional("part", { context.text($0, "part", language: "nl") }) { set.part = text }
            }
            if let overall = fields.optional("overall", { context.oneOf($0, "overall", as: Overall.self) }) {
                set.average = overall == .average
            }
        }
        for (language, missing) in context.missingTranslations.sorted(by: { $0.key < $1.key }) {
            context.warning(
                Message(
                    nl:
                        "\(missing.count) tekst(en) hebben geen vertaling in ‘\(language)’; rapporten in die taal zouden een woord uit een andere taal tonen",
                    en: "\(missing.count) text(s) have no '\(language)' translation; reports in that language would show another language's word"),
                at: missing.first)
        }
        let diagnostics = context.diagnostics.sortedByLocation()
        return Result(set: diagnostics.containsErrors ? .neutral : set, diagnostics: diagnostics, source: source)
    }
}
