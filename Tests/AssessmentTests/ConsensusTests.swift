import Assessment
import Diagnostics
import Questionnaire
import Testing

/// The joint self-assessment: the answer most gave, open where the board does not agree,
/// and a file `check` reads back as a consensus.
@Suite struct ConsensusTests {
    func answers(_ name: String, role: String = "schoolleider", _ body: String) throws -> (path: String, file: AnswersFile) {
        let text = """
            respondent: {name: \(name), role: \(role), organisation: Stichting Linde}
            questionnaires:
              - questionnaire: proef
                version: 1.0.0
                answers:
            \(body)
            """
        let result = try AnswersFixtures.read(text: text, name: name + ".yaml")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        return (name + ".yaml", try #require(result.file))
    }

    func draft(_ files: [(path: String, file: AnswersFile)]) throws -> ConsensusDrafter.Draft {
        ConsensusDrafter().draft(files, questionnaires: [try AnswersFixtures.questionnaire()])
    }

    func value(_ draft: ConsensusDrafter.Draft, _ id: String) -> AnswerValue? {
        draft.file.responses.first?.answers[QuestionID(id)!]?.value
    }

    func open(_ draft: ConsensusDrafter.Draft, _ id: String) -> ConsensusDrafter.OpenQuestion? {
        draft.open["proef"]?.first { $0.id.description == id }
    }

    @Test func theAnswerMostGaveIsTaken() throws {
        let draft = try draft([
            answers("anna", "      rollen.mentoren: 3\n      ontwikkeling.plan: ja"),
            answers("bram", "      rollen.mentoren: 3\n      ontwikkeling.plan: ja"),
            answers("cees", "      rollen.mentoren: 2\n      ontwikkeling.plan: nee"),
        ])
        #expect(value(draft, "rollen.mentoren") == .option("3"))
        #expect(value(draft, "ontwikkeling.plan") == .yesno(true))
        #expect(draft.open["proef"] == nil)
        #expect(draft.respondents == 3)
        #expect(draft.file.respondent.isConsensus)
        #expect(draft.file.respondent.organisation == "Stichting Linde")
    }

    @Test func aTieIsLeftOpenWithTheAnswersCounted() throws {
        let draft = try draft([
            answers("anna", "      rollen.mentoren: 3"),
            answers("bram", "      rollen.mentoren: 2"),
        ])
        #expect(value(draft, "rollen.mentoren") == nil)
        let item = try #require(open(draft, "rollen.mentoren"))
        #expect(item.reason == .tie)
        #expect(item.given.map(\.count) == [1, 1])
    }

    @Test func answersTwoStepsApartAreOpenEvenWithAMajority() throws {
        let draft = try draft([
            answers("anna", "      rollen.mentoren: 3"),
            answers("bram", "      rollen.mentoren: 3"),
            answers("cees", "      rollen.mentoren: 1"),
        ])
        #expect(value(draft, "rollen.mentoren") == nil)
        #expect(open(draft, "rollen.mentoren")?.reason == .spread(steps: 2))
        #expect(open(draft, "rollen.mentoren")?.given.first?.count == 2)
    }

    @Test func notApplicableDoesNotWidenTheSpread() throws {
        let draft = try draft([
            answers("anna", "      rollen.mentoren: 1"),
            answers("bram", "      rollen.mentoren: 1"),
            answers("cees", "      rollen.mentoren: n"),
        ])
        #expect(value(draft, "rollen.mentoren") == .option("1"))
    }

    @Test func multipleChoiceKeepsWhatMoreThanHalfChose() throws {
        let draft = try draft([
            answers("anna", "      ontwikkeling.plan: ja\n      ontwikkeling.onderwerpen: [begeleiden, inductie]"),
            answers("bram", "      ontwikkeling.plan: ja\n      ontwikkeling.onderwerpen: [begeleiden]"),
            answers("cees", "      ontwikkeling.plan: ja\n      ontwikkeling.onderwerpen: [beoordelen, begeleiden]"),
        ])
        #expect(value(draft, "ontwikkeling.onderwerpen") == .options(["begeleiden"]))
    }

    @Test func textsAreMergedAndLeftOpen() throws {
        let draft = try draft([
            answers("anna", "      ontwikkeling.wensen: Meer tijd."),
            answers("bram", "      ontwikkeling.wensen: Meer scholing."),
            answers("cees", "      ontwikkeling.wensen: Meer tijd."),
        ])
        #expect(value(draft, "ontwikkeling.wensen") == .text("Meer tijd.\nMeer scholing."))
        #expect(open(draft, "ontwikkeling.wensen")?.reason == .differentTexts)
    }

    @Test func notesAreMergedOnceAndOthersKeptWithTheQuestion() throws {
        let draft = try draft([
            answers("anna", "      rollen.mentoren: {value: 3, note: Twee cursussen.}"),
            answers("bram", "      rollen.mentoren: {value: 3, note: Twee cursussen.}"),
            answers("cees", "      rollen.mentoren: {value: 2, note: Nog niet op elke school.}"),
        ])
        let answer = try #require(draft.file.responses.first?.answers[QuestionID("rollen.mentoren")!])
        #expect(answer.note == "Twee cursussen.\nNog niet op elke school.")
    }

    @Test func aConsensusAmongTheFilesIsNotCounted() throws {
        var joint = try answers("bestuur", "      rollen.mentoren: 1")
        joint.file.respondent = Respondent(name: "Bestuur", role: "", organisation: "Stichting Linde", kind: .consensus)
        let draft = try draft([answers("anna", "      rollen.mentoren: 3"), joint])
        #expect(value(draft, "rollen.mentoren") == .option("3"))
        #expect(draft.respondents == 1)
    }

    @Test func theWrittenDraftReadsBackAsAConsensusWithoutErrors() throws {
        let questionnaire = try AnswersFixtures.questionnaire()
        let draft = try draft([
            answers("anna", "      rollen.mentoren: 3\n      rollen.netwerk: ja\n      ontwikkeling.wensen: \"Meer: tijd\"", ),
            answers(
                "bram", role: "bestuurder", "      rollen.mentoren: 1\n      rollen.netwerk: ja\n      ontwikkeling.wensen: \"Meer\\u2028scholing\""),
        ])
        let text = ConsensusWriter().yaml(draft, questionnaires: [questionnaire])
        #expect(text.contains("kind: consensus"))
        #expect(!text.contains("role:"))
        #expect(!text.contains("anna") && !text.contains("bram"))
        #expect(text.contains("# Open: de antwoorden liggen 2 stappen uiteen: 1× 3 (Grotendeels), 1× 1 (Nog niet)."))
        let result = try AnswersFixtures.read(text: text, name: "gezamenlijk.yaml")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)\n\(text)")
        let file = try #require(result.file)
        #expect(file.respondent.isConsensus)
        #expect(file.responses.first?.answers[QuestionID("rollen.netwerk")!]?.value == .option("ja"))
        #expect(file.responses.first?.answers[QuestionID("rollen.mentoren")!] == nil)
    }

    @Test func aConsensusAnswersQuestionsOfEveryRoleAndHasNoRole() throws {
        let text = """
            respondent: {name: Bestuur, kind: consensus, organisation: Stichting Linde}
            questionnaires:
              - questionnaire: proef
                version: 1.0.0
                answers:
                  rollen.mentoren: 3
            """
        let result = try AnswersFixtures.read(text: text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.file?.respondent.askedRole == nil)
        #expect(result.file?.respondent.kind == .consensus)
    }

    @Test func aRoleOrAnUnknownKindIsALocatedError() throws {
        let withRole = try AnswersFixtures.read(
            text: """
                respondent: {name: Bestuur, kind: consensus, role: bestuurder, organisation: Stichting Linde}
                questionnaires: []
                """)
        #expect(
            AnswersFixtures.render(withRole, name: "test.yaml").contains(
                "test.yaml:1:46: error: a joint self-assessment (kind: consensus) has no role"))
        let unknown = try AnswersFixtures.read(
            text: """
                respondent: {name: Bestuur, kind: consensensus, organisation: Stichting Linde}
                questionnaires: []
                """)
        #expect(
            AnswersFixtures.render(unknown, name: "test.yaml").contains(
                "test.yaml:1:35: error: kind 'consensensus' does not exist; did you mean 'consensus'?"))
    }
}
