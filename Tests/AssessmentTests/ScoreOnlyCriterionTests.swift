import Assessment
import Testing

/// The heuristic for a success criterion that names only a future score, with examples that
/// must and must not warn.
@Suite struct ScoreOnlyCriterionTests {
    static let mustWarn = [
        "de score is volgende keer ≥ 3",
        "score 3 of hoger",
        "gemiddelde boven de 3",
        "level verankerd",
        "Het niveau is verankerd.",
        "De gemiddelde score op het thema is 3,5; de score per thema is ≥ 3",
        "Score 3 en niveau op orde",
        "The average is 3 or higher",
    ]

    static let mustNotWarn = [
        "Elke starter heeft in oktober een inductiearrangement met de naam van de begeleider",
        "Tien certificaten",
        "Een bestuursbesluit; de score is daarna 3 of hoger",
        "De score stijgt",
        "Voor alle 14 scholen ligt een getekende schoolbijlage in het dossier",
        "Elke school heeft een visieparagraaf, en het gemiddelde is boven de 3",
        "Het niveau van de begeleiding bespreken we in het netwerk",
        "",
    ]

    @Test(arguments: mustWarn)
    func warns(_ criterion: String) {
        #expect(ScoreOnlyCriterion.matches(criterion))
    }

    @Test(arguments: mustNotWarn)
    func doesNotWarn(_ criterion: String) {
        #expect(!ScoreOnlyCriterion.matches(criterion))
    }

    @Test func theWarningPointsAtTheCriterionAndSaysWhatToWrite() throws {
        let text = PlanCheckerTests.plan(
            PlanCheckerTests.entry(
                replacing: "    success_criterion: Tien certificaten\n", with: "    success_criterion: ⟨w⟩score 3 of hoger\n"))
        let example = MarkedPlan("score only", text)
        let plan = try #require(PlanFixtures.read(example.source).plan)
        let diagnostics = PlanChecker(today: PlanCheckerTests.today).check(plan)
        #expect(planPositions(diagnostics) == example.expected)
        #expect(diagnostics.first?.message.en.contains("elke starter heeft in oktober een inductiearrangement") == true)
    }
}
