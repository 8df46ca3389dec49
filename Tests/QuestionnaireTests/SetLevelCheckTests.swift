import Diagnostics
import Questionnaire
import Testing

/// One set of levels for the questionnaires reported together, and the set's own file.
@Suite struct SetLevelCheckTests {
    static func questionnaire(_ id: String, _ version: String, below: String) throws -> Questionnaire {
        let text = """
            questionnaire: \(id)
            version: \(version)
            title: "\(id)"
            scales:
              mate:
                - {key: "1", label: "Nog niet", value: 1}
                - {key: "4", label: "Volledig", value: 4}
            scoring:
              levels:
                - {id: aandacht, label: "Vraagt aandacht", min: 1, below: \(below)}
                - {id: ontwikkeling, label: "In ontwikkeling", min: \(below), below: 3}
                - {id: op-orde, label: "Op orde", min: 3, max: 4}
            themes:
              - id: thema
                title: "Thema"
                questions:
                  - {id: vraag, text: "Vraag"}
            """
        let result = QuestionnaireLoader.load(bytes: Array(text.utf8), path: "set/\(id)/\(version).yaml")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        return try #require(result.questionnaire)
    }

    @Test func aDraftWithOtherLevelsIsAnErrorAtItsLevels() throws {
        let published = try Self.questionnaire("waarborg-1", "2.0.0", below: "2.25")
        let other = try Self.questionnaire("waarborg-3", "2.0.0", below: "2.25")
        let draft = try Self.questionnaire("waarborg-2", "2.1.0", below: "2.5")
        let all = [published, other, draft]
        let partners = SetLevelCheck.partners(of: draft, among: all)
        #expect(partners.map(\.reference) == ["waarborg-1@2.0.0", "waarborg-3@2.0.0"])
        let diagnostics = SetLevelCheck.check(draft, partners: partners) { $0.version == SemanticVersion(2, 0, 0) }
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == FileLocation(file: "set/waarborg-2/2.1.0.yaml", line: 10, column: 5))
        #expect(diagnostic.message.en.contains("waarborg-1@2.0.0 and waarborg-3@2.0.0"))
        #expect(diagnostic.message.en.contains("'aandacht' ends below 2.5 here, below 2.25 there"))
        #expect(diagnostic.notes.first?.location == FileLocation(file: "set/waarborg-1/2.0.0.yaml", line: 10, column: 5))
    }

    @Test func publishedVersionsThatDifferAreLeftToTheReports() throws {
        let first = try Self.questionnaire("waarborg-1", "1.0.0", below: "2.5")
        let revised = try Self.questionnaire("waarborg-2", "1.1.0", below: "2.25")
        let diagnostics = SetLevelCheck.check(revised, partners: [first]) { _ in true }
        #expect(diagnostics.isEmpty)
    }

    @Test func versionsOfOneQuestionnaireOrOfAnotherEditionAreNotReportedTogether() throws {
        let old = try Self.questionnaire("waarborg-1", "1.0.0", below: "2.5")
        let new = try Self.questionnaire("waarborg-1", "2.0.0", below: "2.25")
        let otherEdition = try Self.questionnaire("waarborg-2", "1.0.0", below: "2.5")
        #expect(SetLevelCheck.partners(of: new, among: [old, new, otherEdition]).isEmpty)
    }

    @Test func theSetFileNamesTheInstrument() {
        let text = """
            instrument: {nl: "Zelfassessment Proef", en: "Trial self-assessment"}
            vocabulary:
              organisation: {nl: "School", en: "School"}
            overall: average
            """
        let result = QuestionnaireSetReader.parse(bytes: Array(text.utf8), path: "q/set.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.set.instrument.text("en") == "Trial self-assessment")
        #expect(result.set.organisation.text("nl") == "School")
        #expect(result.set.part == QuestionnaireSet.neutral.part)
        #expect(result.set.average)
    }

    @Test func theSetFileIsCheckedWithPlaces() {
        let text = """
            instrument: "Zelfassessment Proef"
            vocabulary:
              organistion: {nl: "School", en: "School"}
            overall: gemiddeld
            """
        let result = QuestionnaireSetReader.parse(bytes: Array(text.utf8), path: "q/set.yaml")
        let rendered = result.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.severity.rawValue): \($0.message)" }
        #expect(
            rendered == [
                "1:13 warning: 1 text(s) have no 'en' translation; reports in that language would show another language's word",
                "3:3 error: unknown key 'organistion' in vocabulary; did you mean 'organisation'?",
                "4:10 error: overall must be one of 'none', 'average', not 'gemiddeld'",
            ])
        #expect(result.set == .neutral)
    }
}
