import Diagnostics
import YAML

/// Reads a questionnaire's `migration:` section and checks it against the questionnaire itself.
///
/// ```yaml
/// migration:
///   from: 1.0.0
///   questions:
///     begeleiding.gesprekken: {to: [begeleiding.gesprekken-student, begeleiding.gesprekken-mentor]}
///     inductie.beleid: {to: inductie.beleidsplan}
///     beoordeling.criteria: {to: beoordeling.criteria, options: {"2": "1"}}
///     maatwerk.deeltijd: drop
/// ```
/// Whether the sources exist in the earlier version is checked by `MigrationCheck`, which
/// needs both versions.
struct MigrationDecoder {
    let context: DecodingContext

    /// Where each mapped question was written, for `MigrationCheck`.
    struct Located {
        var migration: Migration
        var sources: [QuestionID: FileLocation]
        var optionLocations: [QuestionID: FileLocation]
    }

    static let keys = ["from", "questions"]
    /// The keys of one step that carries a question over (`drop` is written as a word).
    static let stepKeys = ["to", "options"]

    func decode(_ node: Node, questionnaire: Questionnaire) -> Located? {
        guard let fields = FieldReader(node, DecodingContext.Subject(nl: "de migratie", en: "the migration"), keys: Self.keys, context: context)
        else { return nil }
        let from = fields.required("from") { node -> SemanticVersion? in
            guard let text = context.string(node, "from") else { return nil }
            guard let version = SemanticVersion(text) else {
                context.error(
                    Message(
                        nl: "from ‘\(text)’ moet een versienummer zijn zoals 1.0.0", en: "from '\(text)' must be a semantic version such as 1.0.0"),
                    at: node.location)
                return nil
            }
            if version >= questionnaire.version {
                context.error(
                    Message(
                        nl: "een migratie komt van een eerdere versie, en \(version) komt niet vóór \(questionnaire.version)",
                        en: "a migration comes from an earlier version, and \(version) is not before \(questionnaire.version)"),
                    at: node.location)
            }
            return version
        }
        var steps: [QuestionID: Migration.Step] = [:]
        var sources: [QuestionID: FileLocation] = [:]
        var optionLocations: [QuestionID: FileLocation] = [:]
        if let questions = fields.optional(
            "questions",
            { node -> Mapping? in
                guard let mapping = node.mapping else {
                    context.error(
                        Message(
                            nl: "questions moet per eerdere vraag-id zeggen wat ermee gebeurt",
                            en: "questions must map an earlier question id to what becomes of it"),
                        at: node.location)
                    return nil
                }
                return mapping
            })
        {
            for entry in questions.entries {
                guard let text = context.string(entry.key, .aQuestionID), let source = QuestionID(text) else {
                    let written = entry.key.scalar?.text ?? ""
                    context.error(
                        Message(nl: "‘\(written)’ is geen vraag-id thema.vraag", en: "'\(written)' is not a question id theme.question"),
                        at: entry.key.location)
                    continue
                }
                sources[source] = entry.key.location
                if entry.value.scalar?.text == "drop" {
                    steps[source] = .drop
                    continue
                }
                guard
                    let step = FieldReader(
                        entry.value, DecodingContext.Subject(nl: "een migratiestap", en: "a migration step"), keys: Self.stepKeys, context: context)
                else { continue }
                let targets: [QuestionID] =
                    step.required("to") { node in
                        let items = node.sequence ?? [node]
                        return items.compactMap { item -> QuestionID? in
                            guard let name = context.string(item, .aQuestionID) else { return nil }
                            guard let id = QuestionID(name), questionnaire.question(id) != nil else {
                                let known = questionnaire.questions.map(\.id.description)
                                context.error(
                                    Message(
                                        nl: "onbekende vraag ‘\(name)’ in \(questionnaire.reference)",
                                        en: "unknown question '\(name)' in \(questionnaire.reference)")
                                        + Suggestion.didYouMean(name, in: known),
                                    at: item.location)
                                return nil
                            }
                            return id
                        }
                    } ?? []
                var options: [String: String] = [:]
                if let node = step["options"] {
                    optionLocations[source] = node.location
                    if let mapping = node.mapping {
                        for option in mapping.entries {
                            guard let old = context.string(option.key, .anOptionKey),
                                let new = context.string(option.value, .anOptionKey)
                            else { continue }
                            for target in targets where questionnaire.question(target)?.kind.options.option(new) == nil {
                                context.error(
                                    Message(
                                        nl: "‘\(new)’ is geen optie van \(target) in \(questionnaire.reference)",
                                        en: "'\(new)' is not an option of \(target) in \(questionnaire.reference)"),
                                    at: option.value.location)
                            }
                            options[old] = new
                        }
                    } else {
                        context.error(
                            Message(
                                nl: "options moet eerdere optiesleutels koppelen aan nieuwe", en: "options must map earlier option keys to new ones"),
                            at: node.location)
                    }
                }
                steps[source] = .carry(to: targets, options: options)
            }
        }
        guard let from else { return nil }
        return Located(migration: Migration(from: from, questions: steps), sources: sources, optionLocations: optionLocations)
    }
}

/// Checks a migration against the version it comes from: every source question and option
/// must exist there.
public enum MigrationCheck {
    public static func check(_ questionnaire: Questionnaire, from earlier: Questionnaire) -> [Diagnostic] {
        guard let migration = questionnaire.migration, migration.from == earlier.version else { return [] }
        var diagnostics: [Diagnostic] = []
        let known = earlier.questions.map(\.id.description)
        for (source, step) in migration.questions.sorted(by: { $0.key < $1.key }) {
            let location = questionnaire.migrationLocations[source]
            guard let old = earlier.question(source) else {
                diagnostics.append(
                    .error(
                        Message(nl: "‘\(source)’ is geen vraag van \(earlier.reference)", en: "'\(source)' is not a question of \(earlier.reference)")
                            + Suggestion.didYouMean(source.description, in: known),
                        at: location))
                continue
            }
            if case .carry(let targets, let options) = step {
                for key in options.keys.sorted() where old.kind.options.option(key) == nil {
                    diagnostics.append(
                        .error(
                            Message(
                                nl: "‘\(key)’ is geen optie van \(source) in \(earlier.reference)",
                                en: "'\(key)' is not an option of \(source) in \(earlier.reference)"),
                            at: questionnaire.migrationOptionLocations[source] ?? location))
                }
                for target in targets {
                    guard let new = questionnaire.question(target), options.isEmpty else { continue }
                    let missing = old.kind.options.map(\.key).filter { new.kind.options.option($0) == nil }
                    if !missing.isEmpty {
                        diagnostics.append(
                            .error(
                                Message(
                                    nl:
                                        "opties \(missing.map { "‘\($0)’" }.joined(separator: ", ")) van \(source) bestaan niet in \(target); koppel ze onder ‘options’",
                                    en:
                                        "options \(missing.map { "'\($0)'" }.joined(separator: ", ")) of \(source) do not exist in \(target); map them under 'options'"
                                ),
                                at: location))
                    }
                }
            }
        }
        // Questions of the earlier version that changed incompatibly and are not mentioned.
        for old in earlier.questions where migration.questions[old.id] == nil {
            guard let new = questionnaire.question(old.id) else {
                diagnostics.append(
                    .warning(
                        Message(
                            nl:
                                "\(old.id) van \(earlier.reference) is verdwenen in \(questionnaire.version) en de migratie zegt niet wat ermee gebeurt (schrijf ‘\(old.id): drop’ om dat te bevestigen)",
                            en:
                                "\(old.id) of \(earlier.reference) is gone in \(questionnaire.version) and the migration does not say what becomes of it (write '\(old.id): drop' to confirm)"
                        ),
                        at: questionnaire.migrationLocation))
                continue
            }
            if !Migration.sameOptions(old, new) {
                diagnostics.append(
                    .warning(
                        Message(
                            nl:
                                "de opties van \(old.id) zijn veranderd in \(questionnaire.version) en de migratie koppelt ze niet; de antwoorden gaan niet mee",
                            en:
                                "the options of \(old.id) changed in \(questionnaire.version) and the migration does not map them; its answers will not carry over"
                        ),
                        at: questionnaire.migrationLocation))
            }
        }
        return diagnostics
    }
}

extension Migration {
    /// Whether two questions take the same answers with the same meaning: same type, same
    /// option keys and values.
    public static func sameOptions(_ a: Question, _ b: Question) -> Bool {
        a.kind.name == b.kind.name && a.kind.options.map(\.key) == b.kind.options.map(\.key)
            && a.kind.options.map(\.value) == b.kind.options.map(\.value)
    }
}

extension DecodingContext.Subject {
    static let aQuestionID = DecodingContext.Subject(nl: "een vraag-id", en: "a question id")
}
