import Foundation
import Questionnaire

/// The Waarborg repository the fuzz targets run in, and the questionnaires in it.
public enum Repository {
    /// The repository's root: `WAARBORG_ROOT`, or three folders above this file.
    public static let root: String = {
        if let root = ProcessInfo.processInfo.environment["WAARBORG_ROOT"] { return root }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    /// Every questionnaire that loads without errors: the real ones in `questionnaires/`,
    /// then those of the test fixtures; the first of an id and version wins.
    public static let questionnaires: [Questionnaire] = {
        var found: [Questionnaire] = []
        for path in yamlFiles(under: "questionnaires") + yamlFiles(under: "Tests") {
            guard let questionnaire = try? QuestionnaireLoader.load(path: path).questionnaire else { continue }
            if !found.contains(where: { $0.id == questionnaire.id && $0.version == questionnaire.version }) {
                found.append(questionnaire)
            }
        }
        return found
    }()

    /// The `.yaml` files under a folder of the repository, sorted, as absolute paths.
    public static func yamlFiles(under folder: String) -> [String] {
        let base = root + "/" + folder
        let items = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
        return items.filter { $0.hasSuffix(".yaml") }.sorted().map { base + "/" + $0 }
    }
}
