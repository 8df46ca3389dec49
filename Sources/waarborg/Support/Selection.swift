import Diagnostics
import Questionnaire

/// The questionnaires a command works on: `--only` ids (default all) at `--version` (default
/// the newest), loaded and checked, ordered by safeguard.
enum Selection {
    static func load(
        catalog: Catalog, only: [String], version: String?, pinned: [String: SemanticVersion] = [:], noColor: Bool,
        language: Language
    ) throws -> [Questionnaire] {
        var ids: [String] = []
        for id in only.isEmpty ? catalog.ids : only where !ids.contains(id) { ids.append(id) }
        if ids.isEmpty {
            Console.error(
                Message(nl: "geen vragenlijsten gevonden in \(catalog.origin(in: .nl))", en: "no questionnaires found in \(catalog.origin(in: .en))"),
                language: language)
            throw Exit.noInput
        }
        for id in ids where catalog.versions(of: id).isEmpty {
            let list = catalog.ids.joined(separator: ", ")
            Console.error(
                Message(nl: "onbekende vragenlijst ‘\(id)’", en: "unknown questionnaire '\(id)'") + Suggestion.didYouMean(id, in: catalog.ids)
                    + Message(nl: " (beschikbaar: \(list))", en: " (available: \(list))"),
                language: language)
            throw Exit.usage
        }
        var requested: SemanticVersion?
        if let version {
            guard ids.count == 1 else {
                Console.error(
                    Message(nl: "--version vraagt precies één vragenlijst met --only", en: "--version needs exactly one --only questionnaire"),
                    language: language)
                throw Exit.usage
            }
            guard let parsed = SemanticVersion(version) else {
                Console.error(
                    Message(nl: "‘\(version)’ is geen versie zoals 1.0.0", en: "'\(version)' is not a version such as 1.0.0"), language: language)
                throw Exit.usage
            }
            requested = parsed
        }
        var questionnaires: [Questionnaire] = []
        for id in ids {
            let wanted = pinned[id] ?? requested
            guard let entry = wanted.map({ catalog.entry(id, $0) }) ?? catalog.newest(id) else {
                let versions = catalog.versions(of: id).map(\.version.description)
                let wantedText = wanted?.description ?? "", list = versions.joined(separator: ", ")
                Console.error(
                    Message(
                        nl: "‘\(id)’ heeft geen versie \(wantedText) (versies: \(list))",
                        en: "'\(id)' has no version \(wantedText) (versions: \(list))"),
                    language: language)
                throw requested != nil && pinned[id] == nil ? Exit.usage : Exit.dataError
            }
            let result: QuestionnaireLoader.Result
            do {
                result = try catalog.load(entry)
            } catch {
                throw Exit.reporting(error, language)
            }
            guard let questionnaire = result.questionnaire else {
                Console.report(result.diagnostics, sources: [entry.path: result.source], noColor: noColor, language: language)
                Console.error(
                    Message(
                        nl: "in \(entry.reference) staan fouten; voer ‘waarborg lint \(entry.path)’ uit",
                        en: "\(entry.reference) has errors; run 'waarborg lint \(entry.path)'"),
                    language: language)
                throw Exit.dataError
            }
            questionnaires.append(questionnaire)
        }
        return questionnaires.sorted { ($0.safeguard ?? Int.max, $0.id) < ($1.safeguard ?? Int.max, $1.id) }
    }
}
