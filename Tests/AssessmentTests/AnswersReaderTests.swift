import Assessment
import Diagnostics
import FileIO
import Foundation
import Questionnaire
import TestSupport
import Testing

@Suite struct AnswersReaderTests {
    @Test func readsAValidFile() throws {
        let result = try AnswersFixtures.read("valid.yaml")
        #expect(result.diagnostics.isEmpty, "\(AnswersFixtures.render(result, name: "valid.yaml"))")
        let file = try #require(result.file)
        #expect(
            file.respondent == Respondent(name: "Fatima el Amrani", role: "schoolopleider", organisation: "Stichting De Linde", school: "De Vlinder"))
        #expect(file.started == "2025-03-14T09:30:00Z")
        let response = try #require(file.response(for: "proef"))
        #expect(response.version == SemanticVersion(1, 0, 0))
        #expect(
            response.answers[QuestionID(theme: "rollen", question: "schoolopleider")] == Answer(.option("3"), evidence: "Aanstellingsbesluit 2024"))
        #expect(response.answers[QuestionID(theme: "rollen", question: "uren")] == Answer(.number(8)))
        #expect(response.answers[QuestionID(theme: "rollen", question: "mentoren")] == Answer(.option("n")))
        #expect(response.answers[QuestionID(theme: "rollen", question: "netwerk")] == Answer(.option("ja")))
        #expect(response.answers[QuestionID(theme: "ontwikkeling", question: "plan")] == Answer(.yesno(true)))
        #expect(response.answers[QuestionID(theme: "ontwikkeling", question: "onderwerpen")] == Answer(.options(["begeleiden", "inductie"])))
        #expect(response.answers[QuestionID(theme: "ontwikkeling", question: "wensen")] == Answer(.text("Meer tijd voor intervisie.")))
        #expect(response.skipped == [QuestionID(theme: "ontwikkeling", question: "leiding")])
        #expect(result.isAnswersFile)
    }

    /// Each broken fixture has an `.expected` file beside it with every diagnostic, printed
    /// as `waarborg check` prints them. `WAARBORG_RECORD=1` rewrites them (and fails).
    @Test(arguments: [
        "unknown-keys", "unknown-questionnaire", "unknown-question", "not-an-option", "number-out-of-range",
        "missing-remarks", "hidden-answer", "unknown-role", "skipped-problems", "respondent-missing",
        "duplicate-key", "wrong-shapes", "not-answers", "changed-questionnaire",
        "typed-spellings", "typed-values", "decimal-comma", "decimal-comma-whole",
    ])
    func reportsEveryProblemWithItsPlace(_ fixture: String) throws {
        let name = fixture + ".yaml"
        let result = try AnswersFixtures.read(name)
        #expect(result.file == nil)
        #expect(result.diagnostics.containsErrors)
        let rendered = AnswersFixtures.render(result, name: name)
        let expectedPath = Fixtures.path("answers/" + fixture + ".expected")
        if Golden.recording {
            try AtomicFile.write(rendered, to: expectedPath)
            Issue.record("recorded \(expectedPath); run again without WAARBORG_RECORD")
            return
        }
        let expected = String(decoding: try InputFile.read(expectedPath), as: UTF8.self)
        #expect(rendered == expected)
    }

    @Test(arguments: [
        ("rollen.mentoren: 3", AnswerValue.option("3")),
        ("rollen.mentoren: \"3\"", .option("3")),
        ("rollen.mentoren: n", .option("n")),
        ("ontwikkeling.plan: ja", .yesno(true)),
        ("ontwikkeling.plan: nee", .yesno(false)),
        ("ontwikkeling.plan: true", .yesno(true)),
        ("ontwikkeling.plan: false", .yesno(false)),
        ("rollen.netwerk: deels", .option("deels")),
        ("ontwikkeling.wensen: 42", .text("42")),
        ("ontwikkeling.wensen: |\n        Twee\n        regels\n", .text("Twee\nregels\n")),
    ])
    func readsEveryKindOfValue(_ line: String, _ value: AnswerValue) throws {
        let answers = "      " + line + "\n"
        let text = """
            respondent: {name: "Jan", role: schoolleider, organisation: "De Linde"}
            questionnaires:
              - questionnaire: proef
                version: 1.0.0
                answers:

            """ + answers
        let result = try AnswersFixtures.read(text: text)
        #expect(result.diagnostics.isEmpty, "\(AnswersFixtures.render(result, name: "test.yaml"))")
        let response = try #require(result.file?.responses.first)
        let id = try #require(QuestionID(String(line.prefix { $0 != ":" })))
        #expect(response.answers[id]?.value == value)
    }

    @Test func anEmptyValueIsUnanswered() throws {
        let result = try AnswersFixtures.read(
            text: """
                respondent: {name: "Jan", role: schoolleider, organisation: "De Linde"}
                questionnaires:
                  - questionnaire: proef
                    version: 1.0.0
                    answers:
                      rollen.mentoren:
                      rollen.netwerk: ~
                """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.file?.responses.first?.answers.isEmpty == true)
    }

    @Test func aFileThatIsNoAnswersFileSaysSo() throws {
        #expect(try AnswersFixtures.read("not-answers.yaml").isAnswersFile == false)
        #expect(try AnswersFixtures.read("unknown-role.yaml").isAnswersFile)
    }

    @Test func theQuestionnaireMustNotHaveChangedSinceAnswering() throws {
        let questionnaire = try AnswersFixtures.questionnaire()
        let text = """
            respondent: {name: "Jan", role: schoolleider, organisation: "De Linde"}
            questionnaires:
              - questionnaire: proef
                version: 1.0.0
                digest: \(questionnaire.source.digest)
            """
        #expect(try AnswersFixtures.read(text: text).diagnostics.isEmpty)
    }

    @Test func aMissingFileIsAFileError() throws {
        #expect(throws: FileError.self) {
            _ = try AnswersReader.read(path: "/nonexistent/answers.yaml", resolver: try AnswersFixtures.resolver())
        }
    }

    @Test func catalogResolverNamesWhatExists() throws {
        let catalog = try Catalog.directory(Fixtures.path("answers/questionnaires"))
        let resolver = CatalogResolver(catalog)
        guard case .found(let found) = resolver.resolve("proef", version: SemanticVersion(1, 0, 0)) else {
            Issue.record("proef@1.0.0 not found")
            return
        }
        #expect(found.id == "proef")
        guard case .unknownVersion(let versions) = resolver.resolve("proef", version: SemanticVersion(2, 0, 0)) else {
            Issue.record("expected an unknown version")
            return
        }
        #expect(versions == [SemanticVersion(1, 0, 0)])
        guard case .unknownQuestionnaire(let ids) = resolver.resolve("waarborg-9", version: SemanticVersion(1, 0, 0)) else {
            Issue.record("expected an unknown questionnaire")
            return
        }
        #expect(ids == ["proef"])
    }
}
