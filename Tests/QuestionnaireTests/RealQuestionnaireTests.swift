import Diagnostics
import Foundation
import Questionnaire
import Testing

/// The questionnaires the program ships, in `questionnaires/<id>/<version>.yaml` at the
/// repository root.
///
/// Files are found when the tests run, so a questionnaire still being written is tested
/// as soon as its file exists.
enum RealQuestionnaires {
    /// The repository root: three folders up from this file (`Tests/QuestionnaireTests/`).
    static func root(filePath: String = #filePath) -> String {
        var url = URL(fileURLWithPath: filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    static var folder: String { root() + "/questionnaires" }

    /// `<id>/<version>.yaml` for every file whose name is a version.
    static var files: [String] {
        let manager = FileManager.default
        let ids = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return ids.flatMap { id -> [String] in
            let names = (try? manager.contentsOfDirectory(atPath: folder + "/" + id)) ?? []
            return names.filter { $0.hasSuffix(".yaml") && SemanticVersion(String($0.dropLast(5))) != nil }
                .sorted().map { id + "/" + $0 }
        }
    }
}

@Suite struct RealQuestionnaireTests {
    @Test(arguments: RealQuestionnaires.files)
    func loadsWithoutErrors(_ file: String) throws {
        let path = RealQuestionnaires.folder + "/" + file
        let result = try QuestionnaireLoader.load(path: path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(file):\n\(DiagnosticText.inContext(errors, source: result.source, file: path))")
        let questionnaire = try #require(result.questionnaire)
        let parts = file.split(separator: "/")
        #expect(questionnaire.id == String(parts[0]))
        #expect(questionnaire.version.description + ".yaml" == String(parts[1]))
        #expect(!questionnaire.questions.isEmpty)
    }

    /// Guards against the enumeration silently finding nothing, say after a move.
    @Test func findsTheShippedQuestionnaires() {
        #expect(RealQuestionnaires.files.contains("waarborg-1/1.0.0.yaml"), "looked in \(RealQuestionnaires.folder)")
    }
}
