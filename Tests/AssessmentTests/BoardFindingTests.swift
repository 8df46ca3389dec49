import Assessment
import Questionnaire
import TestSupport
import Testing

/// What a board's brief makes of its respondents' answers: disagreement as one question
/// per theme, and rules that ask for a respondent's role reaching the board, named only
/// where the privacy rule lets the role be named.
@Suite struct BoardFindingTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try #require(try QuestionnaireLoader.load(path: Fixtures.path("scoring/toets/1.0.0.yaml")).questionnaire)
    }

    func respondent(_ role: String, _ answers: [String: String]) -> RespondentAssessment {
        var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
        for (id, key) in answers { response.answers[QuestionID(id)!] = Answer(.option(key)) }
        let file = AnswersFile(respondent: Respondent(name: "R", role: role, organisation: "Stichting Linde"), responses: [response])
        return Assessor.assess(file, path: "r.yaml", questionnaires: [questionnaire])
    }

    func brief(_ respondents: [RespondentAssessment]) -> PanelBrief {
        var board = BoardAggregate(minimumGroup: 3)
        respondents.forEach { board.add($0) }
        return PanelAnalysis().brief(board)
    }

    // MARK: Disagreement, merged per theme

    @Test func disagreementOnSeveralStatementsOfAThemeIsOneQuestionNamingThem() throws {
        // visie.a 1,1,4,4 (sd 1.5) and visie.b 1,4,1,4 (sd 1.5) and visie.c 2,2,3,3 (sd 0.5, range 1: not far apart).
        let brief = brief([
            respondent("schoolleider", ["visie.a": "1", "visie.b": "1", "visie.c": "2"]),
            respondent("schoolleider", ["visie.a": "1", "visie.b": "4", "visie.c": "2"]),
            respondent("schoolleider", ["visie.a": "4", "visie.b": "1", "visie.c": "3"]),
            respondent("schoolleider", ["visie.a": "4", "visie.b": "4", "visie.c": "3"]),
        ])
        let found = brief.findings.filter { $0.reasons.contains { $0.rule == "builtin:disagreement" } }
        #expect(found.count == 1)
        let question = try #require(found.first)
        #expect(question.kind == .panelQuestion)
        #expect(question.theme == "visie")
        #expect(question.questions == [QuestionID("visie.a")!, QuestionID("visie.b")!])
        #expect(abs(question.distance - 1.5) < 1e-9)
        #expect(question.title.text("nl").contains("‘Visie’"))
        #expect(question.title.text("nl").contains("2 uitspraken"))
    }

    @Test func disagreementOnOneStatementNamesIt() throws {
        let brief = brief(["1", "1", "4", "4"].map { respondent("schoolleider", ["visie.b": $0]) })
        let found = brief.findings.filter { $0.reasons.contains { $0.rule == "builtin:disagreement" } }
        #expect(found.map(\.questions) == [[QuestionID("visie.b")!]])
    }

    /// Two respondents: lowest and highest would be their two answers, so no question at all.
    @Test func noDisagreementOverTooFewToShowTheSpread() {
        let brief = brief([
            respondent("schoolleider", ["visie.a": "1"]),
            respondent("schoolleider", ["visie.a": "4"]),
        ])
        #expect(!brief.findings.contains { $0.reasons.contains { $0.rule == "builtin:disagreement" } })
    }

    // MARK: Rules that ask for a role

    /// `rol-bestuurder` fires for a respondent who is a bestuurder and rates `rollen.a` at
    /// most 2: evaluated for the board as a whole it never holds, so it comes from the
    /// respondents' own findings.
    func roleBound(_ brief: PanelBrief) -> [Finding] {
        brief.findings.filter { $0.reasons.contains { $0.rule == "rol-bestuurder" } }
    }

    @Test func aRuleForOneRoleReachesTheBoardWithoutNamingALonelyRole() throws {
        let brief = brief([
            respondent("bestuurder", ["rollen.a": "1"]),
            respondent("schoolleider", ["rollen.a": "4"]),
            respondent("schoolleider", ["rollen.a": "4"]),
        ])
        let found = roleBound(brief)
        #expect(found.count == 1)
        let question = try #require(found.first)
        #expect(question.kind == .panelQuestion)
        #expect(question.title.text("nl") == "Hoe kijkt het bestuur naar rollen?")
        // One bestuurder: naming the role would name the person.
        #expect(question.attribution.isEmpty)
        let sentences = ReasonText(language: "nl", perspective: .board).sentences(for: question.reasons[0], in: questionnaire)
        #expect(
            sentences == [
                "Deze regel geldt voor een rol en is bij ten minste één respondent van het bestuur van toepassing; wie, staat er niet bij omdat de groep te klein is."
            ])
        #expect(!sentences.joined().contains("bestuurder"))
    }

    @Test func aRuleForOneRoleNamesTheRoleWhereThePrivacyRuleShowsIt() throws {
        // Three bestuurders and three schoolleiders: both roles are shown apart.
        let brief = brief([
            respondent("bestuurder", ["rollen.a": "2"]),
            respondent("bestuurder", ["rollen.a": "4"]),
            respondent("bestuurder", ["rollen.a": "4"]),
            respondent("schoolleider", ["rollen.a": "1"]),
            respondent("schoolleider", ["rollen.a": "4"]),
            respondent("schoolleider", ["rollen.a": "4"]),
        ])
        let question = try #require(roleBound(brief).first)
        #expect(roleBound(brief).count == 1)
        #expect(question.attribution == ["bestuurder"])
        let nl = ReasonText(language: "nl", perspective: .board).sentences(for: question.reasons[0], in: questionnaire)
        #expect(nl == ["Dit volgt uit de antwoorden van de bestuurder."])
        let en = ReasonText(language: "en", perspective: .board).sentences(for: question.reasons[0], in: questionnaire)
        #expect(en == ["This follows from the answers of the board member."])
    }

    @Test func aRuleForOneRoleThatFiresForNobodyIsNotInTheBrief() {
        let brief = brief([
            respondent("bestuurder", ["rollen.a": "4"]),
            respondent("schoolleider", ["rollen.a": "1"]),
            respondent("schoolleider", ["rollen.a": "1"]),
        ])
        #expect(roleBound(brief).isEmpty)
    }

    /// A development point of one role reaches the plan draft too, with its reason in words;
    /// the rule's question reaches the brief beside it.
    @Test func aDevelopmentPointOfOneRoleReachesThePlanDraft() throws {
        let yaml = """
            questionnaire: rollen
            version: 1.0.0
            safeguard: 2
            title: "Rollen"
            scales:
              mate:
                - {key: "1", label: "Nog niet", value: 1}
                - {key: "4", label: "Volledig", value: 4}
            themes:
              - id: rt
                title: "Raad van toezicht"
                questions:
                  - {id: geinformeerd, text: "De raad van toezicht is geïnformeerd."}
            rules:
              - id: rvt-niet-geinformeerd
                when: 'role() == "bestuurder" and answer(rt.geinformeerd) <= 1'
                development_point:
                  title: "Informeer de raad van toezicht"
                  actions: ["Zet Samen Opleiden op de agenda van de raad"]
                  priority: hoog
                panel_question: "Hoe houdt het bestuur de raad van toezicht op de hoogte?"
            """
        let rollen = try #require(QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "rollen.yaml").questionnaire)
        let answers = [("bestuurder", "1"), ("schoolleider", "4"), ("schoolleider", "4")].enumerated().map { index, pair in
            var response = Response(questionnaire: rollen.id, version: rollen.version)
            response.answers[QuestionID("rt.geinformeerd")!] = Answer(.option(pair.1))
            let file = AnswersFile(respondent: Respondent(name: "R\(index)", role: pair.0, organisation: "Stichting Linde"), responses: [response])
            return PlanInput.Answers(path: "r\(index).yaml", bytes: [], file: file, questionnaires: [rollen])
        }
        let input = PlanInput(answers, today: planDate("2026-04-01"))
        let point = try #require(input.findings.first { $0.reasons.contains { $0.rule == "rvt-niet-geinformeerd" } })
        #expect(point.kind == .developmentPoint)
        #expect(point.attribution.isEmpty)
        // The rule's question reaches the brief beside its development point.
        let questions = input.brief.findings.filter { $0.kind == .panelQuestion && $0.reasons.contains { $0.rule == "rvt-niet-geinformeerd" } }
        #expect(questions.map { $0.title.text("nl") } == ["Hoe houdt het bestuur de raad van toezicht op de hoogte?"])
        let plan = PlanDrafter(questionnaires: [rollen]).draft(board: input.board, basis: input.basis, findings: input.findings)
        let entry = try #require(plan.entry("rollen/rvt-niet-geinformeerd"))
        #expect(entry.title == "Informeer de raad van toezicht")
        #expect(entry.priority == .hoog)
        #expect(
            entry.reason == [
                "Deze regel geldt voor een rol en is bij ten minste één respondent van het bestuur van toepassing; wie, staat er niet bij omdat de groep te klein is."
            ])
    }
}
