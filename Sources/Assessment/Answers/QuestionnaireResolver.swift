public import Diagnostics
public import Questionnaire
import Synchronization

/// Finds the questionnaire version an answers file names.
public protocol QuestionnaireResolver {
    func resolve(_ id: String, version: SemanticVersion) -> QuestionnaireResolution
}

/// What a resolver found for a questionnaire id and version.
public enum QuestionnaireResolution: Sendable {
    case found(Questionnaire)
    /// No questionnaire has this id; `known` lists the ids there are.
    case unknownQuestionnaire(known: [String])
    /// The questionnaire exists, but not in this version; `known` lists its versions.
    case unknownVersion(known: [SemanticVersion])
    /// The version exists but does not load; the reason says how to find out why.
    case unusable(reason: Message)
}

/// Resolves questionnaires from a catalog, loading each version at most once; safe to
/// share between the threads of a batch.
public final class CatalogResolver: QuestionnaireResolver, Sendable {
    public let catalog: Catalog
    private let loaded = Mutex<[Key: QuestionnaireResolution]>([:])

    private struct Key: Hashable {
        var id: String
        var version: SemanticVersion
    }

    public init(_ catalog: Catalog) {
        self.catalog = catalog
    }

    public func resolve(_ id: String, version: SemanticVersion) -> QuestionnaireResolution {
        let key = Key(id: id, version: version)
        return loaded.withLock { loaded in
            if let known = loaded[key] { return known }
            let resolution = load(id, version: version)
            loaded[key] = resolution
            return resolution
        }
    }

    private func load(_ id: String, version: SemanticVersion) -> QuestionnaireResolution {
        let resolution: QuestionnaireResolution
        if let entry = catalog.entry(id, version) {
            do {
                let result = try catalog.load(entry)
                if let questionnaire = result.questionnaire {
                    resolution = .found(questionnaire)
                } else {
                    resolution = .unusable(
                        reason: Message(
                            nl: "er staan fouten in; voer ‘waarborg lint \(entry.path)’ uit",
                            en: "it has errors; run 'waarborg lint \(entry.path)'"))
                }
            } catch {
                resolution = .unusable(reason: error.message)
            }
        } else if catalog.versions(of: id).isEmpty {
            resolution = .unknownQuestionnaire(known: catalog.ids)
        } else {
            resolution = .unknownVersion(known: catalog.versions(of: id).map(\.version))
        }
        return resolution
    }
}

/// Resolves questionnaires from a fixed list, for tests and for a run that loaded them already.
public struct FixedResolver: QuestionnaireResolver, Sendable {
    public var questionnaires: [Questionnaire]

    public init(_ questionnaires: [Questionnaire]) {
        self.questionnaires = questionnaires
    }

    public func resolve(_ id: String, version: SemanticVersion) -> QuestionnaireResolution {
        // Compared where they stand: filtering first would copy every questionnaire of the id.
        if let found = questionnaires.indices.first(where: { questionnaires[$0].id == id && questionnaires[$0].version == version }) {
            return .found(questionnaires[found])
        }
        let versions = questionnaires.filter { $0.id == id }
        if versions.isEmpty {
            var ids: [String] = []
            for questionnaire in questionnaires where !ids.contains(questionnaire.id) { ids.append(questionnaire.id) }
            return .unknownQuestionnaire(known: ids)
        }
        return .unknownVersion(known: versions.map(\.version).sorted())
    }
}
