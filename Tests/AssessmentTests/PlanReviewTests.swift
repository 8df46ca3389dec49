import Assessment
import Questionnaire
import Testing

/// The panel's questions about a plan: what it leaves out, and where its timeline looks
/// unrealistic.
@Suite struct PlanReviewTests {
    static func action(_ start: String, _ end: String, owner: String = "Anna") -> PlanAction {
        PlanAction(description: "Doen", owner: owner, start: planDate(start), end: planDate(end))
    }

    static func entry(_ id: String, _ actions: [PlanAction], evaluation: PlanMoment? = .text("in juni"), status: PlanStatus = .open) -> PlanEntry {
        PlanEntry(id: id, title: id, goal: "Doel", successCriterion: "Criterium", actions: actions, evaluation: evaluation, status: status)
    }

    static func plan(_ entries: [PlanEntry]) -> ActionPlan {
        ActionPlan(board: "B", basis: PlanBasis(date: nil, respondents: nil, questionnaires: [], answers: [], digest: ""), entries: entries)
    }

    func rules(_ findings: [Finding]) -> [String] { findings.flatMap(\.reasons).map(\.rule.description) }

    /// A plan for the first assessment that addresses everything, spread over a year.
    func addressed() -> [PlanEntry] {
        [
            Self.entry("plan-toets/visie-laag", [Self.action("2026-09-01", "2026-12-01"), Self.action("2027-01-01", "2027-03-01", owner: "Bram")]),
            Self.entry("plan-toets/kern/visie.onderschreven", [Self.action("2026-10-01", "2027-01-15")]),
            Self.entry("plan-toets/rollen-verdelen", [Self.action("2027-02-01", "2027-06-30", owner: "Carla")]),
        ]
    }

    @Test func aCompletePlanRaisesNoQuestions() throws {
        let findings = try PlanFixtures.first().brief.findings
        #expect(PlanReview(today: planDate("2026-09-01")).findings(for: Self.plan(addressed()), findings: findings).isEmpty)
    }

    @Test func whatThePlanLeavesOutBecomesAQuestion() throws {
        let findings = try PlanFixtures.first().findings
        var entries = addressed()
        entries.remove(at: 2)
        entries[0].status = .vervallen
        let questions = PlanReview().findings(for: Self.plan(entries), findings: findings)
        #expect(questions.allSatisfy { $0.kind == .panelQuestion })
        #expect(rules(questions) == ["builtin:plan_dropped", "builtin:plan_unaddressed"])
        #expect(
            questions[1].title.text("nl")
                == "Het plan van aanpak gaat niet in op ‘Verdeel de rollen’ (prioriteit midden). Hoe wil het bestuur daarmee verder?")
        #expect(
            questions[1].title.text("en")
                == "The action plan does not address ‘Divide the roles’ (priority medium). How does the board want to take this on?")
        #expect(questions[1].questionnaire == "plan-toets")
        #expect(questions[1].theme == "rollen")
        #expect(questions[1].reasons[0].details == ["plan-toets/rollen-verdelen: geen punt in het plan"])
    }

    @Test func aCoveredPointIsAddressed() throws {
        let findings = try PlanFixtures.first().findings
        var entries = addressed()
        entries.remove(at: 1)
        entries[0].covers = ["plan-toets/kern/visie.onderschreven"]
        #expect(PlanReview().findings(for: Self.plan(entries), findings: findings).isEmpty)
    }

    @Test func anIncompleteEntryIsAsked() {
        var entry = Self.entry("eigen/a", [PlanAction(description: "Doen", owner: "Anna")])
        entry.goal = nil
        let questions = PlanReview().findings(for: Self.plan([entry]), findings: [])
        #expect(rules(questions) == ["builtin:plan_incomplete"])
        #expect(
            questions[0].title.text("nl")
                == "Bij ‘eigen/a’ ontbreekt nog een doel en een actie met eigenaar en einddatum. Wie pakt dit op, en wanneer?")
        #expect(questions[0].title.text("en") == "‘eigen/a’ still lacks a goal and an action with owner and end date. Who takes it on, and when?")
        #expect(questions[0].questionnaire == PlanReview.planScope)
    }

    @Test func entriesWithoutEvaluationAreAskedTogether() {
        let entries = [
            Self.entry("a", [Self.action("2026-09-01", "2026-12-01")], evaluation: nil),
            Self.entry("b", [Self.action("2027-01-01", "2027-03-01", owner: "Bram")], evaluation: nil),
            Self.entry("c", [Self.action("2027-01-01", "2027-03-01", owner: "Bram")], evaluation: nil, status: .vervallen),
        ]
        let questions = PlanReview().findings(for: Self.plan(entries), findings: [])
        #expect(rules(questions) == ["builtin:plan_no_evaluation"])
        #expect(
            questions[0].title.text("nl")
                == "Voor 2 ontwikkelpunten is geen evaluatiemoment gepland (‘a’, ‘b’). Wanneer kijkt het bestuur terug op het resultaat?")
        #expect(questions[0].safeguard == nil)
    }

    @Test func anEvaluationBeforeTheLastActionEndsIsAsked() {
        let early = Self.entry(
            "a", [Self.action("2026-09-01", "2026-12-01"), Self.action("2027-01-01", "2027-03-01", owner: "B")],
            evaluation: .date(planDate("2027-02-28")))
        let onTime = Self.entry("b", [Self.action("2026-09-01", "2026-12-01", owner: "C")], evaluation: .date(planDate("2026-12-01")))
        let questions = PlanReview().findings(for: Self.plan([early, onTime]), findings: [])
        #expect(rules(questions) == ["builtin:plan_early_evaluation"])
        #expect(
            questions[0].title.text("nl")
                == "‘a’ wordt geëvalueerd op 28 februari 2027, voordat de laatste actie klaar is (1 maart 2027). Wat wordt er dan geëvalueerd?")
    }

    static let oneMonth: [(String, [(String, String)], String?)] = [
        (
            "three actions in one month", [("2027-03-01", "2027-03-10"), ("2027-03-05", "2027-03-20"), ("2027-03-15", "2027-03-31")],
            "builtin:plan_one_month"
        ),
        ("two actions are not enough to ask", [("2027-03-01", "2027-03-10"), ("2027-03-05", "2027-03-20")], nil),
        (
            "31 days from first start to last end", [("2027-03-01", "2027-03-10"), ("2027-03-05", "2027-03-20"), ("2027-03-15", "2027-04-01")],
            "builtin:plan_one_month"
        ),
        (
            "32 days, but all ends within a month", [("2027-03-01", "2027-03-10"), ("2027-03-05", "2027-03-20"), ("2027-03-15", "2027-04-02")],
            "builtin:plan_one_deadline"
        ),
        (
            "all ends in 31 days, starting earlier", [("2026-09-01", "2027-05-30"), ("2027-01-05", "2027-06-20"), ("2027-03-15", "2027-06-30")],
            "builtin:plan_one_deadline"
        ),
        ("ends 32 days apart", [("2026-09-01", "2027-05-29"), ("2027-01-05", "2027-06-20"), ("2027-03-15", "2027-06-30")], nil),
        ("the same month of another year", [("2026-03-01", "2026-03-10"), ("2027-03-05", "2027-03-20"), ("2027-03-15", "2027-03-31")], nil),
    ]

    @Test(arguments: oneMonth)
    func actionsCrowdedIntoOneMonth(name: String, spans: [(String, String)], rule: String?) {
        let actions = spans.enumerated().map { Self.action($1.0, $1.1, owner: "Eigenaar \($0)") }
        let questions = PlanReview().findings(for: Self.plan([Self.entry("a", actions)]), findings: [])
        #expect(rules(questions) == (rule.map { [$0] } ?? []), "\(name)")
        if rule == "builtin:plan_one_month", name.hasPrefix("three") {
            #expect(
                questions[0].title.text("nl")
                    == "Alle acties van het plan vallen binnen één maand (1 maart 2027 tot 31 maart 2027). Is dat haalbaar naast het gewone werk, en wat gebeurt er daarna?"
            )
        }
    }

    @Test func oneOwnerForEverythingIsAsked() {
        let entries = [
            Self.entry("a", [Self.action("2026-09-01", "2026-12-01", owner: "Anna"), Self.action("2027-01-01", "2027-03-01", owner: " anna ")]),
            Self.entry("b", [Self.action("2027-01-01", "2027-05-01", owner: "ANNA")]),
        ]
        let questions = PlanReview().findings(for: Self.plan(entries), findings: [])
        #expect(rules(questions) == ["builtin:plan_one_owner"])
        var two = entries
        two[1].actions[0].owner = "Bram"
        #expect(PlanReview().findings(for: Self.plan(two), findings: []).isEmpty)
    }

    @Test func deadlinesPassedWhileStillOpenAreAsked() {
        let entries = [
            Self.entry("a", [Self.action("2026-09-01", "2026-12-01"), Self.action("2027-01-01", "2027-03-01", owner: "B")]),
            Self.entry("b", [Self.action("2026-01-01", "2026-02-01", owner: "C")], status: .afgerond),
        ]
        #expect(PlanReview(today: planDate("2026-12-01")).findings(for: Self.plan(entries), findings: []).isEmpty)
        let questions = PlanReview(today: planDate("2026-12-02")).findings(for: Self.plan(entries), findings: [])
        #expect(rules(questions) == ["builtin:plan_overdue"])
        #expect(questions[0].reasons[0].details == ["a: einde 2026-12-01", "vandaag = 2026-12-02"])
        #expect(PlanReview().findings(for: Self.plan(entries), findings: []).isEmpty, "without today, no deadline has passed")
    }
}
