import Assessment
import Questionnaire
import TestSupport
import Testing

/// Aggregates over several respondents of one board, computed by hand.
@Suite struct PanelTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try #require(try QuestionnaireLoader.load(path: Fixtures.path("scoring/toets/1.0.0.yaml")).questionnaire)
    }

    func respondent(_ role: String, _ answers: [String: String], board: String = "Stichting Linde", note: String? = nil) -> RespondentAssessment {
        var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
        for (id, key) in answers {
            response.answers[QuestionID(id)!] = Answer(.option(key), note: id == "visie.a" ? note : nil)
        }
        let file = AnswersFile(respondent: Respondent(name: "R", role: role, organisation: board), responses: [response])
        return Assessor.assess(file, path: "r.yaml", questionnaires: [questionnaire])
    }

    func board(_ respondents: [RespondentAssessment], minimumGroup: Int = 3) -> BoardAggregate {
        var board = BoardAggregate(minimumGroup: minimumGroup)
        respondents.forEach { board.add($0) }
        return board
    }

    @Test func statisticsPerQuestion() throws {
        let aggregate = board([
            respondent("bestuurder", ["visie.a": "1", "visie.b": "3", "visie.c": "3"]),
            respondent("schoolleider", ["visie.a": "3", "visie.b": "3", "visie.c": "3"]),
            respondent("schoolleider", ["visie.a": "4", "visie.b": "3", "visie.c": "n"]),
        ])
        let part = try #require(aggregate.part("toets"))
        let a = try #require(part.question(QuestionID("visie.a")!))
        #expect(a.statistics.count == 3)
        #expect(a.statistics.mean == 8.0 / 3)
        #expect(a.statistics.min == 1)
        #expect(a.statistics.max == 4)
        // Population standard deviation of 1, 3, 4: sqrt(((1-8/3)² + (3-8/3)² + (4-8/3)²) / 3) = 1.247…
        #expect(abs((a.statistics.standardDeviation ?? 0) - 1.2472) < 0.0001)
        #expect(a.distribution == ["1": 1, "3": 1, "4": 1])
        #expect(a.byRole["schoolleider"]?.mean == 3.5)
        let c = try #require(part.question(QuestionID("visie.c")!))
        #expect(c.answered == 3)
        #expect(c.statistics.count == 2)
        #expect(c.distribution["n"] == 1)
        #expect(aggregate.roles == ["bestuurder": 1, "schoolleider": 2])
    }

    @Test func boardScoreIsTheMeanOfRespondentsThemeScores() throws {
        let brief = PanelAnalysis().brief(
            board([
                respondent("schoolleider", ["visie.a": "2", "visie.b": "2", "visie.c": "2"]),
                respondent("schoolleider", ["visie.a": "4", "visie.b": "4", "visie.c": "4"]),
            ]))
        #expect(brief.parts.first?.card.theme("visie")?.score == 3)
        #expect(brief.respondents == 2)
    }

    @Test func minimumGroupHidesSmallRoles() {
        // Three school leaders and one board member: the leaders' mean and the board's
        // would give the board member's score, so neither role is shown apart.
        let aggregate = board([
            respondent("bestuurder", ["visie.a": "1"]),
            respondent("schoolleider", ["visie.a": "3"]),
            respondent("schoolleider", ["visie.a": "3"]),
            respondent("schoolleider", ["visie.a": "4"]),
        ])
        #expect(!aggregate.isShown(role: "bestuurder"))
        #expect(!aggregate.isShown(role: "schoolleider"))
        // With three others besides the leaders, the rest is a group of three as well.
        let larger = board([
            respondent("bestuurder", ["visie.a": "1"]), respondent("schoolopleider", ["visie.a": "2"]), respondent("leraar", ["visie.a": "2"]),
            respondent("schoolleider", ["visie.a": "3"]), respondent("schoolleider", ["visie.a": "3"]), respondent("schoolleider", ["visie.a": "4"]),
        ])
        #expect(larger.isShown(role: "schoolleider"))
        #expect(!larger.isShown(role: "bestuurder"))
        let relaxed = board([respondent("bestuurder", ["visie.a": "1"])], minimumGroup: 1)
        #expect(relaxed.isShown(role: "bestuurder"))
    }

    func disagreementFindings(_ answers: [String]) -> [Finding] {
        let brief = PanelAnalysis().brief(board(answers.map { respondent("schoolleider", ["visie.b": $0]) }))
        return brief.findings.filter { $0.reasons.contains { $0.rule == "builtin:disagreement" } }
    }

    @Test func disagreementOnAndJustUnderTheThreshold() {
        // 2 and 3: standard deviation 0.5 exactly, range 1: not above 0.5, no disagreement.
        #expect(disagreementFindings(["2", "3"]).isEmpty)
        // 2, 3, 3, 3: sd 0.433, range 1: none.
        #expect(disagreementFindings(["2", "3", "3", "3"]).isEmpty)
        // 2, 2, 4, 4: sd 1 > 0.5 and range 2 ≥ 2: one question naming the spread, not the people.
        let found = disagreementFindings(["2", "2", "4", "4"])
        #expect(found.count == 1)
        #expect(found.first?.kind == .panelQuestion)
        #expect(found.first?.reasons.first?.expressions == ["spread(visie.b) = 1 > 0.5", "range(visie.b) = 2 >= 2"])
        #expect(found.first?.title.text("nl").contains("van 2 tot 4") == true)
        // 1, 1, 1, 3 (range 2, sd 0.87): both reasons.
        #expect(disagreementFindings(["1", "1", "1", "3"]).first?.reasons.first?.facts.count == 2)
    }

    @Test func roleGapBetweenBoardAndSchools() {
        // One per role: the gap with the board's mean would give the board member's score
        // (board 4, schools 2.9: 2.9 + ⅓·1.1 = 3.27 is the mean), so it is not shown at all.
        let onePerRole = PanelAnalysis().brief(
            board([
                respondent("bestuurder", ["visie.a": "4", "visie.b": "4", "visie.c": "4"]),
                respondent("schoolleider", ["visie.a": "3", "visie.b": "3", "visie.c": "3"]),
                respondent("leraar", ["visie.a": "2", "visie.b": "3", "visie.c": "3"]),
            ]))
        #expect(!onePerRole.findings.contains { $0.reasons.contains { $0.rule == "builtin:role_gap" } })
        // Three in the board's group and three in the schools': both means and the gap.
        let gap = PanelAnalysis().brief(
            board([
                respondent("bestuurder", ["visie.a": "4", "visie.b": "4", "visie.c": "4"]),
                respondent("staf", ["visie.a": "4", "visie.b": "4", "visie.c": "4"]),
                respondent("projectleider", ["visie.a": "4", "visie.b": "4", "visie.c": "4"]),
                respondent("schoolleider", ["visie.a": "3", "visie.b": "3", "visie.c": "3"]),
                respondent("leraar", ["visie.a": "3", "visie.b": "3", "visie.c": "3"]),
                respondent("leraar", ["visie.a": "2", "visie.b": "2", "visie.c": "2"]),
            ]))
        let found = gap.findings.filter { $0.reasons.contains { $0.rule == "builtin:role_gap" } }
        // Board 4, schools (3 + 3 + 2) / 3 = 2.67: gap 1.33 ≥ 1.
        #expect(found.count == 1)
        #expect(found.first?.reasons.first?.expressions == ["gap(visie) = 1.33 >= 1", "bestuur = 4, school = 2.67"])
    }

    @Test func changeOverTime() throws {
        let before = board([
            respondent(
                "schoolleider", ["visie.a": "2", "visie.b": "2", "visie.c": "2", "rollen.a": "4", "rollen.b": "4", "rollen.c": "4", "rollen.d": "4"])
        ])
        let now = board([
            respondent(
                "schoolleider", ["visie.a": "3", "visie.b": "3", "visie.c": "2", "rollen.a": "3", "rollen.b": "3", "rollen.c": "3", "rollen.d": "4"])
        ])
        let brief = PanelAnalysis().brief(now, previous: before)
        let changes = try #require(brief.parts.first?.changes)
        let visie = try #require(changes.first { $0.theme == "visie" })
        #expect(visie.before == 2)
        #expect(visie.delta == (3 + 9 + 2) / 5.0 - 2)
        #expect(brief.findings.contains { $0.reasons.contains { $0.rule == "builtin:improvement" } && $0.theme == "visie" })
        #expect(brief.findings.contains { $0.reasons.contains { $0.rule == "builtin:decline" } && $0.theme == "rollen" })
        #expect(brief.hasPrevious)
    }

    func otherBoard(_ name: String, _ value: Int) -> BoardAggregate {
        board([respondent("schoolleider", ["visie.a": "\(value)", "visie.b": "\(value)", "visie.c": "\(value)"], board: name)])
    }

    @Test func regionalComparisonLeavesOutTheBoardItself() throws {
        let own = board([respondent("schoolleider", ["visie.a": "2", "visie.b": "2", "visie.c": "2"])])
        let others = [
            otherBoard("Stichting A", 3), otherBoard("Stichting B", 4), otherBoard("Stichting C", 3), otherBoard("Stichting D", 4),
            otherBoard("Stichting E", 3), otherBoard("Stichting Linde", 1),
        ]
        let brief = PanelAnalysis().brief(own, region: others)
        #expect(brief.benchmarkBoards == 5)
        #expect(brief.showsRegion)
        let region = try #require(brief.parts.first?.region["visie"])
        #expect(region.boards == 5)
        #expect(region.mean == 3.4)
        #expect(abs((region.standardDeviation ?? 0) - 0.4899) < 0.0001)
    }

    /// Fewer other boards than `minimum_boards` (5 by default): no regional figure at all,
    /// since with few boards each one's mean is nearly readable (with one, it is).
    @Test func regionalComparisonNeedsFiveBoards() throws {
        let own = board([respondent("schoolleider", ["visie.a": "2", "visie.b": "2", "visie.c": "2"])])
        for count in 1...4 {
            let others = (0..<count).map { otherBoard("Stichting \($0)", 3 + $0 % 2) }
            let brief = PanelAnalysis().brief(own, region: others)
            #expect(brief.benchmarkBoards == count)
            #expect(!brief.showsRegion)
            #expect(brief.parts.first?.region.isEmpty == true)
        }
        // The minimum is the questionnaire's `minimum_boards` (5 unless set).
        #expect(questionnaire.findings.minimumBoards == 5)
    }

    @Test func rulesRunOnTheBoardsScoresWithReasons() {
        let brief = PanelAnalysis().brief(
            board([
                respondent("schoolleider", ["visie.a": "2", "visie.b": "2", "visie.c": "2"]),
                respondent("leraar", ["visie.a": "2", "visie.b": "3", "visie.c": "2"]),
            ]))
        let point = brief.findings.first { $0.reasons.contains { $0.rule == "visie-laag" } }
        #expect(point?.reasons.first?.expressions.first?.hasPrefix("score(visie) = 2.") == true)
    }

    @Test func notesAreKeptPerStatementWithoutNames() throws {
        let aggregate = board([
            respondent("schoolleider", ["visie.a": "2"], note: "We hebben nog geen visiedocument."),
            respondent("leraar", ["visie.a": "3"]),
        ])
        let notes = try #require(aggregate.part("toets")?.question(QuestionID("visie.a")!)?.notes)
        #expect(notes.map(\.note) == ["We hebben nog geen visiedocument."])
    }
}
