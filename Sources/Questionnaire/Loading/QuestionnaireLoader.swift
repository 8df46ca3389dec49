public import Diagnostics
import FileIO
import YAML

/// Reads a questionnaire file into a checked `Questionnaire`, with every problem found.
public enum QuestionnaireLoader {
    /// The outcome of loading one file: the questionnaire when it has no errors, and all
    /// diagnostics (warnings may come with a questionnaire).
    public struct Result: Sendable {
        public init(questionnaire: Questionnaire?, diagnostics: [Diagnostic], source: String) {
            self.questionnaire = questionnaire
            self.diagnostics = diagnostics
            self.source = source
        }

        public var questionnaire: Questionnaire?
        public var diagnostics: [Diagnostic]
        /// The file's text, for printing source lines under diagnostics.
        public var source: String
    }

    /// Loads the file at `path`; a file that cannot be read is a `FileError`.
    public static func load(path: String) throws(FileError) -> Result {
        let bytes = try InputFile.read(path)
        return load(bytes: bytes, path: path)
    }

    /// Loads a questionnaire from bytes that came from `path`.
    public static func load(bytes: [UInt8], path: String) -> Result {
        let source = String(decoding: bytes, as: UTF8.self)
        let root: Node?
        do {
            root = try YAMLParser.parse(bytes: bytes, file: path)
        } catch {
            return Result(questionnaire: nil, diagnostics: error.diagnostics, source: source)
        }
        guard let root else {
            return Result(
                questionnaire: nil,
                diagnostics: [
                    .error(
                        Message(
                            nl: "het bestand is leeg; een vragenlijst begint met ‘questionnaire:’ en ‘version:’",
                            en: "the file is empty; a questionnaire starts with 'questionnaire:' and 'version:'"),
                        at: FileLocation(file: path, line: 1, column: 1))
                ],
                source: source)
        }
        let context = DecodingContext(file: path)
        let digest = QuestionnaireDigest.digest(bytes)
        let questionnaire = build(root, context: context, source: Questionnaire.Source(path: path, digest: digest), text: source)
        let diagnostics = context.diagnostics.sortedByLocation()
        return Result(questionnaire: diagnostics.containsErrors ? nil : questionnaire, diagnostics: diagnostics, source: source)
    }

    static func build(_ root: Node, context: DecodingContext, source: Questionnaire.Source, text: String) -> Questionnaire? {
        guard let draft = QuestionnaireDecoder(context: context).decode(root) else { return nil }
        Validator(context: context).check(draft, path: source.path)
        let binder = ExpressionBinder(draft: draft, context: context, source: text)
        let themes = binder.bindShowIf()
        let rules = binder.bindRules()
        binder.checkCycles()
        let identity = draft.questionnaire
        var questionnaire = Questionnaire(
            id: identity.id, version: identity.version, title: identity.title, safeguard: identity.safeguard,
            language: identity.language, languages: identity.languages, description: identity.description,
            weight: identity.weight, roles: draft.roles, scales: draft.scales, scoring: draft.scoring,
            findings: draft.findings, themes: themes, rules: rules, migration: nil, source: source)
        questionnaire.reindex()
        questionnaire.levelsLocation = draft.locations["levels"]
        Validator(context: context).checkRules(of: questionnaire, draft: draft)
        if let node = draft.migration, let located = MigrationDecoder(context: context).decode(node, questionnaire: questionnaire) {
            questionnaire.migration = located.migration
            questionnaire.migrationLocation = node.location
            questionnaire.migrationLocations = located.sources
            questionnaire.migrationOptionLocations = located.optionLocations
        }
        return questionnaire
    }
}
