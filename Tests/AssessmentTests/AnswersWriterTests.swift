import Assessment
import Questionnaire
import Testing
import YAML

@Suite struct AnswersWriterTests {
    private func id(_ text: String) -> QuestionID { QuestionID(text)! }

    @Test func writesWhatTheReaderReadsBack() throws {
        let questionnaire = try AnswersFixtures.questionnaire()
        let file = AnswersFile(
            respondent: Respondent(name: "Karin \"Kaat\" de Wit", role: "bestuurder", organisation: "Stichting De Linde: PO"),
            started: "2025-03-14T09:30:00Z", updated: "2025-03-14T10:00:00Z",
            responses: [
                Response(
                    questionnaire: "proef", version: SemanticVersion(1, 0, 0), digest: questionnaire.source.digest,
                    answers: [
                        id("rollen.schoolopleider"): Answer(.option("2"), note: "Twee regels:\nen nog één.", evidence: "yes"),
                        id("rollen.taakprofiel"): Answer(.option("n"), note: "null"),
                        id("rollen.uren"): Answer(.number(2.5)),
                        id("rollen.mentoren"): Answer(.option("4")),
                        id("rollen.netwerk"): Answer(.option("nee")),
                        id("ontwikkeling.plan"): Answer(.yesno(true)),
                        id("ontwikkeling.onderwerpen"): Answer(.options([])),
                        id("ontwikkeling.wensen"): Answer(.text("# geen commentaar, maar tekst")),
                    ])
            ])
        let text = AnswersWriter.yaml(file, questionnaires: [questionnaire])
        let result = AnswersReader.read(bytes: Array(text.utf8), path: "written.yaml", resolver: try AnswersFixtures.resolver())
        #expect(result.diagnostics.isEmpty, "\(AnswersFixtures.render(result, name: "written.yaml"))\n\(text)")
        #expect(result.file == file)
    }

    @Test func writesAnswersInTheOrderTheyAreAskedAndKeysPlain() throws {
        let questionnaire = try AnswersFixtures.questionnaire()
        let file = AnswersFile(
            respondent: Respondent(name: "Jan", role: "schoolleider", organisation: "De Linde", school: "De Vlinder"),
            responses: [
                Response(
                    questionnaire: "proef", version: SemanticVersion(1, 0, 0),
                    answers: [
                        id("rollen.netwerk"): Answer(.option("ja")),
                        id("rollen.mentoren"): Answer(.option("3")),
                        id("rollen.schoolopleider"): Answer(.option("1"), evidence: "Geen"),
                    ],
                    skipped: [id("ontwikkeling.leiding")])
            ])
        #expect(
            AnswersWriter.yaml(file, questionnaires: [questionnaire]) == """
                \(AnswersWriter.header)respondent:
                  name: Jan
                  role: schoolleider
                  organisation: De Linde
                  school: De Vlinder
                questionnaires:
                  - questionnaire: proef
                    version: 1.0.0
                    answers:
                      rollen.schoolopleider:
                        value: 1
                        evidence: Geen
                      rollen.mentoren: 3
                      rollen.netwerk: ja
                    skipped:
                      - ontwikkeling.leiding

                """)
    }

    @Test(arguments: ["3", "12", "n", "ja", "yes", "null", "1.5", "0", "007", "true", "~"])
    func keysReadBackAsTheSameKey(_ key: String) throws {
        let text = "rollen.mentoren: " + AnswersWriter.keyText(key) + "\n"
        let questionnaire = try AnswersFixtures.questionnaire()
        _ = questionnaire
        // The key must read back as exactly itself: the reader takes a scalar's text.
        let node = try #require(try YAMLParserShim.scalarText(text))
        #expect(node == key)
    }
}

/// Reads the value of the only key of a one-line mapping.
enum YAMLParserShim {
    static func scalarText(_ text: String) throws -> String? {
        let root = try YAMLParser.parse(text, file: "shim.yaml")
        guard let scalar = root?.mapping?.entries.first?.value.scalar, !(scalar.isNull && scalar.style == .plain) else { return nil }
        return scalar.text
    }
}
