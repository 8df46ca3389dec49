import Assessment
import Questionnaire
import RuleLanguage
import TestSupport
import Testing

/// A board's reasons: the facts name how many answered, in words and in JSON's expression.
@Suite struct GroupReasonTests {
    @Test func aYesNoAnswerOfOneRespondentIsCountedAsOne() throws {
        // Regression: a yes/no fact read "true (0 respondenten)" because only numeric
        // answers were counted, though one respondent answered ja.
        let source = """
            questionnaire: jn
            version: 1.0.0
            title: JN
            scales:
              s:
                - {key: "1", label: "Nog niet", value: 1}
                - {key: "4", label: "Volledig", value: 4}
            themes:
              - id: t
                title: T
                questions:
                  - {id: a, text: "Er is een plan", type: yesno}
                  - {id: b, text: "B"}
            rules:
              - id: plan-er
                when: "answer(t.a) == true"
                panel_question: "Hoe gaat het met het plan?"
            """
        let loaded = QuestionnaireLoader.load(bytes: Array(source.utf8), path: "jn.yaml")
        let questionnaire = try #require(loaded.questionnaire, "\(loaded.diagnostics)")
        var response = Response(questionnaire: "jn", version: questionnaire.version)
        response.answers[QuestionID("t.a")!] = Answer(.option("ja"))
        response.answers[QuestionID("t.b")!] = Answer(.option("4"))
        let file = AnswersFile(respondent: Respondent(name: "R", role: "bestuurder", organisation: "B"), responses: [response])
        var board = BoardAggregate(minimumGroup: 3)
        board.add(Assessor.assess(file, path: "r.yaml", questionnaires: [questionnaire]))
        let brief = PanelAnalysis().brief(board)
        let finding = try #require(brief.findings.first { $0.reasons.contains { $0.rule == "plan-er" } })
        #expect(finding.reasons[0].expressions == ["answer(t.a) = true (n = 1) == true"])
        let words = ReasonText(language: "nl", perspective: .board).sentences(for: finding, in: questionnaire)
        #expect(words == ["Bij ‘Er is een plan’ antwoordde de meerderheid ‘ja’."])
    }
}
