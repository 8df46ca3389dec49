import Assessment
import Diagnostics
import FileIO
import Questionnaire
import TestSupport
import Testing

/// The questionnaire and files the answers tests read, from `Fixtures/answers`.
enum AnswersFixtures {
    /// The trial questionnaire, loaded under the short path its digest messages name.
    static func questionnaire() throws -> Questionnaire {
        let bytes = try InputFile.read(Fixtures.path("answers/questionnaires/proef/1.0.0.yaml"))
        let result = QuestionnaireLoader.load(bytes: bytes, path: "questionnaires/proef/1.0.0.yaml")
        return try #require(result.questionnaire, "\(result.diagnostics)")
    }

    static func resolver() throws -> FixedResolver {
        FixedResolver([try questionnaire()])
    }

    /// Reads a fixture under its own name, so diagnostics do not depend on where the
    /// repository is checked out.
    static func read(_ name: String) throws -> AnswersReader.Result {
        let bytes = try InputFile.read(Fixtures.path("answers/" + name))
        return AnswersReader.read(bytes: bytes, path: name, resolver: try resolver())
    }

    /// Reads answers given as text.
    static func read(text: String, name: String = "test.yaml") throws -> AnswersReader.Result {
        AnswersReader.read(bytes: Array(text.utf8), path: name, resolver: try resolver())
    }

    static func render(_ result: AnswersReader.Result, name: String) -> String {
        DiagnosticPrinter(language: .en, colour: false, sources: [name: result.source]).render(result.diagnostics)
    }
}
