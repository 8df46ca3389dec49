import Assessment
import Questionnaire
import Reports
import Testing

/// *Weet ik niet* is counted and shown apart from n.v.t. in every format of the
/// respondent's report.
@Suite struct UnknownAnswerReportTests {
    static let yaml = """
        questionnaire: proef-zicht
        version: 1.0.0
        safeguard: 1
        title: {nl: "Gedeelde visie", en: "Shared vision"}
        scales:
          mate:
            - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
            - {key: "2", label: {nl: "In ontwikkeling", en: "Developing"}, value: 2}
            - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
            - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
            - {key: "w", label: {nl: "Weet ik niet", en: "Don't know"}, unknown: true}
            - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}
        themes:
          - id: beleid
            title: {nl: "Beleid", en: "Policy"}
            questions:
              - {id: visie, text: {nl: "De visie is vastgelegd.", en: "The vision is written down."}}
              - {id: begroting, text: {nl: "Er is een begroting.", en: "There is a budget."}}
              - {id: mr, text: {nl: "De MR is betrokken.", en: "The council is involved."}}
              - {id: overleg, text: {nl: "Er is overleg met de pabo.", en: "There is contact with the pabo."}}
        """

    static func assessment() throws -> RespondentAssessment {
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "questionnaires/proef-zicht/1.0.0.yaml")
        let questionnaire = try #require(result.questionnaire, "\(result.diagnostics)")
        let response = Response(
            questionnaire: "proef-zicht", version: SemanticVersion(1, 0, 0),
            answers: [
                QuestionID("beleid.visie")!: Answer(.option("3")),
                QuestionID("beleid.begroting")!: Answer(.option("w")),
                QuestionID("beleid.mr")!: Answer(.option("n")),
                QuestionID("beleid.overleg")!: Answer(.option("4")),
            ])
        let file = AnswersFile(respondent: Sample.respondent, responses: [response])
        return Assessor.assess(file, path: "antwoorden/marieke.yaml", questionnaires: [questionnaire])
    }

    @Test func terminalReport() throws {
        let report = TerminalReport(language: "nl", colour: false).render(try Self.assessment())
        #expect(report.contains("2 beantwoord · 1 n.v.t. · 1 weet niet · 0 open"))
        assertGolden(report, named: "unknownTerminalReport.txt")
    }

    @Test func markdownReportInEnglish() throws {
        let report = MarkdownReport(language: "en").render(try Self.assessment())
        #expect(report.contains("Don't know"))
        assertGolden(report, named: "unknownMarkdownReportInEnglish.md")
    }

    @Test func jsonReport() throws {
        let report = JSONReport(language: "nl").render(try Self.assessment())
        #expect(report.contains("\"status\": \"weet-niet\""))
        assertGolden(report, named: "unknownJSONReport.json")
    }

    @Test func htmlReportHasAColumnForIt() throws {
        let report = HTMLReport(language: "nl").render(try Self.assessment())
        #expect(report.contains("Weet niet"))
        // The theme scores 3.5 on the two answers with a value.
        #expect(report.contains("3,50"))
    }

    /// A board of five: three cannot judge the budget.
    static func brief() throws -> PanelBrief {
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "questionnaires/proef-zicht/1.0.0.yaml")
        let questionnaire = try #require(result.questionnaire, "\(result.diagnostics)")
        var board = BoardAggregate(minimumGroup: 3)
        for (index, key) in ["w", "w", "w", "3", "4"].enumerated() {
            let response = Response(
                questionnaire: "proef-zicht", version: SemanticVersion(1, 0, 0),
                answers: [
                    QuestionID("beleid.visie")!: Answer(.option("3")), QuestionID("beleid.begroting")!: Answer(.option(key)),
                    QuestionID("beleid.mr")!: Answer(.option(index == 0 ? "n" : "4")), QuestionID("beleid.overleg")!: Answer(.option("4")),
                ])
            let respondent = Respondent(name: "R\(index)", role: "schoolleider", organisation: "Stichting Primair West-Brabant")
            board.add(
                Assessor.assess(AnswersFile(respondent: respondent, responses: [response]), path: "r\(index).yaml", questionnaires: [questionnaire]))
        }
        return PanelAnalysis().brief(board)
    }

    @Test func panelMarkdown() throws {
        let brief = PanelMarkdown(language: "nl").render(try Self.brief())
        #expect(brief.contains("3 van 5 respondenten kunnen ‘Er is een begroting.’ niet beoordelen"))
        #expect(brief.contains("| Weet niet |"))
        assertGolden(brief, named: "unknownPanelMarkdown.md")
    }
}
