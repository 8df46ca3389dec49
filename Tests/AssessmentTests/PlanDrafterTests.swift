import Assessment
import Questionnaire
import Testing

/// Drafting a plan from a board's findings, and updating it without touching the board's text.
@Suite struct PlanDrafterTests {
    @Test func aDraftHasOneEntryPerDevelopmentPointOfTheBoard() throws {
        let input = try PlanFixtures.first()
        let plan = PlanDrafter(questionnaires: input.brief.parts.map(\.questionnaire))
            .draft(board: input.board, basis: input.basis, findings: input.findings)
        #expect(plan.board == "Stichting Linde")
        #expect(
            plan.entries.map(\.id) == [
                "plan-toets/kern/visie.onderschreven", "plan-toets/visie-laag", "plan-toets/rollen-verdelen",
            ])
        let visie = try #require(plan.entry("plan-toets/visie-laag"))
        #expect(visie.title == "Werk aan de visie")
        #expect(visie.questionnaire == "plan-toets")
        #expect(visie.safeguard == 1)
        #expect(visie.theme == "visie")
        #expect(visie.priority == .hoog)
        #expect(visie.reason == ["Het thema ‘Visie’ scoort lager dan 2,5.", "Het thema ‘Visie’ scoort lager dan 3."])
        #expect(visie.actions.map(\.description) == ["Bespreek de visie in het bestuur", "Leg de visie vast"])
        #expect(visie.actions.allSatisfy { $0.owner == nil && $0.start == nil && $0.end == nil && $0.resources == nil })
        #expect(visie.goal == nil && visie.successCriterion == nil && visie.evaluation == nil)
        #expect(visie.status == .open)
        // A finding without suggested actions gets one empty action to fill in.
        let kern = try #require(plan.entry("plan-toets/kern/visie.onderschreven"))
        #expect(kern.actions == [PlanAction(description: nil)])
        #expect(kern.priority == .hoog)
        #expect(plan.entry("plan-toets/rollen-verdelen")?.priority == .midden)
    }

    @Test func theDraftSpeaksTheLanguageAskedFor() throws {
        let input = try PlanFixtures.first()
        let plan = PlanDrafter(language: "en").draft(board: input.board, basis: input.basis, findings: input.findings)
        #expect(plan.entries.map(\.title) == ["Core statement: The vision is endorsed.", "Work on the vision", "Divide the roles"])
        #expect(plan.entries[1].actions.first?.description == "Discuss the vision in the board")
    }

    @Test func theBasisNamesTheAssessment() throws {
        let basis = try PlanFixtures.first().basis
        #expect(basis.date == planDate("2026-03-14"))
        #expect(basis.respondents == 2)
        #expect(basis.questionnaires == [PlanBasis.Source(id: "plan-toets", version: SemanticVersion(1, 0, 0))])
        #expect(basis.answers == ["bestuurder.yaml", "schoolleider.yaml"])
        #expect(basis.digest.hasPrefix("sha256:") && basis.digest.count == 71)
    }

    // MARK: Update

    /// The first draft with the board's work in it: the vision entry also covers the kern
    /// point, whose own entry is removed; the roles are done; one point of the board's own.
    func completed() throws -> ActionPlan {
        let input = try PlanFixtures.first()
        let draft = PlanDrafter().draft(board: "Stichting Linde (bestuur)", basis: input.basis, findings: input.findings)
        var vision = try #require(draft.entry("plan-toets/visie-laag"))
        vision.title = "Visie: samen vaststellen"
        vision.goal = "In juni 2027 is de visie vastgesteld."
        vision.successCriterion = "Bestuursbesluit."
        vision.actions = [
            PlanAction(description: "Werksessie", owner: "Anna", start: planDate("2026-09-01"), end: planDate("2026-10-01"), resources: "8 uur")
        ]
        vision.evaluation = .text("na de zomer")
        vision.status = .lopend
        vision.notes = "Eerst met de schoolleiders."
        vision.covers = ["plan-toets/kern/visie.onderschreven"]
        var roles = try #require(draft.entry("plan-toets/rollen-verdelen"))
        roles.goal = "Elke school een schoolopleider."
        roles.status = .afgerond
        var plan = draft
        plan.entries = [vision, roles, PlanEntry(id: "eigen/mentoren", title: "Mentoren scholen", goal: "Tien mentoren geschoold.")]
        return plan
    }

    @Test func anUpdateWithTheSameAnswersChangesNothing() throws {
        let input = try PlanFixtures.first()
        let plan = try completed()
        let update = PlanDrafter().update(plan, basis: input.basis, findings: input.findings)
        #expect(update.plan == plan)
        #expect(update.added.isEmpty && update.vanished.isEmpty && update.returned.isEmpty)
        #expect(update.kept == ["plan-toets/visie-laag", "plan-toets/rollen-verdelen"])
    }

    @Test func anUpdateKeepsTheBoardsTextAddsNewPointsAndMarksVanishedOnes() throws {
        let plan = try completed()
        let later = try PlanFixtures.later()
        let update = PlanDrafter().update(plan, basis: later.basis, findings: later.findings)
        #expect(update.added == ["plan-toets/thema/kwaliteit"])
        #expect(update.vanished == ["plan-toets/visie-laag"])
        #expect(update.kept == ["plan-toets/rollen-verdelen"])
        let result = update.plan
        #expect(result.board == "Stichting Linde (bestuur)")
        #expect(result.basis == later.basis)
        #expect(result.entries.map(\.id) == ["plan-toets/visie-laag", "plan-toets/rollen-verdelen", "eigen/mentoren", "plan-toets/thema/kwaliteit"])

        // The vanished entry is kept whole, marked with the date of the new assessment.
        var expected = plan.entries[0]
        expected.vanished = planDate("2027-03-20")
        #expect(result.entries[0] == expected)

        // A kept entry has its reason refreshed and its text untouched.
        let roles = result.entries[1]
        #expect(roles.goal == "Elke school een schoolopleider.")
        #expect(roles.status == .afgerond)
        // Two reasons that say the same in words are said once (a drafter without the
        // questionnaires names the theme by its id).
        #expect(roles.reason == ["‘rollen’ scoort lager dan 3."])

        // The board's own entry is left alone.
        #expect(result.entries[2] == plan.entries[2])

        let quality = result.entries[3]
        #expect(quality.title == "Versterk ‘Kwaliteit’")
        #expect(quality.priority == .hoog)
        // The theme's own action is the first action of its entry.
        #expect(quality.actions == [PlanAction(description: "Evalueer met de studenten")])
    }

    @Test func aPointThatReturnsLosesItsVanishedMark() throws {
        let first = try PlanFixtures.first(), later = try PlanFixtures.later()
        let vanished = PlanDrafter().update(try completed(), basis: later.basis, findings: later.findings).plan
        let back = PlanDrafter().update(vanished, basis: first.basis, findings: first.findings)
        #expect(back.returned == ["plan-toets/visie-laag"])
        #expect(back.vanished == ["plan-toets/thema/kwaliteit"])
        #expect(back.plan.entry("plan-toets/visie-laag")?.vanished == nil)
        #expect(back.plan.entry("plan-toets/visie-laag")?.goal == "In juni 2027 is de visie vastgesteld.")
    }

    @Test func aVanishedMarkKeepsItsFirstDate() throws {
        let later = try PlanFixtures.later()
        var plan = try completed()
        plan.entries[0].vanished = planDate("2026-12-01")
        let update = PlanDrafter().update(plan, basis: later.basis, findings: later.findings)
        #expect(update.plan.entries[0].vanished == planDate("2026-12-01"))
        #expect(update.vanished.isEmpty)
    }

    @Test func aCoveredPointIsNotAddedAgain() throws {
        let input = try PlanFixtures.first()
        var plan = try completed()
        plan.entries[0].covers = []
        let update = PlanDrafter().update(plan, basis: input.basis, findings: input.findings)
        #expect(update.added == ["plan-toets/kern/visie.onderschreven"])
    }

    @Test func anEntryThatOnlyCoversAPointDoesNotVanish() throws {
        let input = try PlanFixtures.first()
        var plan = try completed()
        plan.entries.append(PlanEntry(id: "plan-toets/oude-regel", covers: ["plan-toets/rollen-verdelen"], title: "Oud"))
        let update = PlanDrafter().update(plan, basis: input.basis, findings: input.findings)
        #expect(update.vanished.isEmpty)
        #expect(update.plan.entry("plan-toets/oude-regel")?.vanished == nil)
    }

    @Test func ownEntriesWithAnIdLikeWaarborgsAreMarkedToo() throws {
        // Only the id tells waarborg's entries from the board's; docs/plan-format.md says so.
        let input = try PlanFixtures.first()
        var plan = try completed()
        plan.entries.append(PlanEntry(id: "plan-toets/eigen-punt", title: "Eigen"))
        plan.entries.append(PlanEntry(id: "onbekend/punt", title: "Eigen"))
        let update = PlanDrafter().update(plan, basis: input.basis, findings: input.findings)
        #expect(update.vanished == ["plan-toets/eigen-punt"])
    }

    @Test func twoFindingsWithTheSameKeyGetDistinctIds() {
        let reason = Reason(rule: "dubbel", facts: [])
        let findings = ["Eén", "Twee"].map {
            Finding(
                kind: .developmentPoint, questionnaire: "q", safeguard: 1, theme: nil, title: LocalizedText($0), priority: .laag, reasons: [reason])
        }
        let basis = PlanBasis(date: nil, respondents: nil, questionnaires: [], answers: [], digest: "sha256:" + String(repeating: "0", count: 64))
        let update = PlanDrafter().update(ActionPlan(board: "B", basis: basis), basis: basis, findings: findings)
        #expect(update.added == ["q/dubbel", "q/dubbel-2"])
    }
}
