import Assessment
import Questionnaire
import Reports
import Testing

/// The example board's respondents, read from `Examples/regio/bestuur-de-linde/2026/antwoorden` and scored with
/// the real questionnaires in `questionnaires/`, in every format.
@Suite struct ExampleBoardTests {
    static let respondents = ["bestuurder", "schoolleider", "schoolopleider"]

    /// The repository's root, found from this file's place in `Tests/ReportsTests`.
    static var root: String {
        var path = #filePath
        for _ in 0..<3 {
            while let last = path.last, last != "/" { path.removeLast() }
            path.removeLast()
        }
        return path
    }

    /// The assessment of one example file; its path is relative, so golden files do not
    /// depend on where the repository lives.
    /// The shipped set's words: the example board answers the Samen Opleiden questionnaires.
    static var set: QuestionnaireSet {
        (try? Catalog.directory(root + "/questionnaires"))?.set ?? .neutral
    }

    static func assessment(_ respondent: String) throws -> RespondentAssessment {
        let catalog = try Catalog.directory(root + "/questionnaires")
        let relative = "Examples/regio/bestuur-de-linde/2026/antwoorden/\(respondent).yaml"
        let result = try AnswersReader.read(path: root + "/" + relative, resolver: CatalogResolver(catalog))
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        let file = try #require(result.file)
        return Assessor.assess(file, path: relative, questionnaires: result.questionnaires)
    }

    @Test(arguments: respondents) func exampleTerminal(_ respondent: String) throws {
        let report = TerminalReport(language: "nl", set: Self.set).render(try Self.assessment(respondent))
        assertGolden(report, named: "exampleTerminal-\(respondent).txt")
        for line in report.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 80, "too wide: \(line)")
        }
    }

    @Test(arguments: respondents) func exampleMarkdown(_ respondent: String) throws {
        assertGolden(MarkdownReport(language: "nl", set: Self.set).render(try Self.assessment(respondent)), named: "exampleMarkdown-\(respondent).md")
    }

    @Test(arguments: respondents) func exampleJSON(_ respondent: String) throws {
        assertGolden(JSONReport(language: "nl", set: Self.set).render(try Self.assessment(respondent)), named: "exampleJSON-\(respondent).json")
    }

    @Test func exampleTerminalInEnglish() throws {
        assertGolden(
            TerminalReport(language: "en", set: Self.set).render(try Self.assessment("bestuurder")), named: "exampleTerminalInEnglish-bestuurder.txt")
    }

    /// Development points come by priority: no *hoog* after a *midden* or *laag*.
    @Test(arguments: respondents) func developmentPointsByPriority(_ respondent: String) throws {
        let points = try Self.assessment(respondent).findings(.developmentPoint)
        let priorities = points.compactMap(\.priority)
        #expect(priorities == priorities.sorted())
    }
}
