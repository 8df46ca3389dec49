import Assessment
import Diagnostics
import Foundation
import Testing

/// Every check of a plan at its boundary, with the expected places marked in the YAML:
/// `⟨e⟩` before where an error points, `⟨w⟩` before a warning.
@Suite struct PlanCheckerTests {
    static let today = planDate("2027-03-01")

    static func plan(_ entries: String, digest: String = "sha256:" + String(repeating: "0", count: 64)) -> String {
        """
        board: Stichting Linde
        based_on:
          questionnaires: [{id: plan-toets, version: 1.0.0}]
          digest: \(digest)
        entries:
        \(entries)
        """
    }

    /// A complete entry; `replacing` swaps some of its lines for others.
    static func entry(
        id: String = "q/a", status: String = "open", start: String = "2027-03-01", end: String = "2027-03-01",
        evaluation: String = "2027-03-01", speerpunt: String = "true", replacing lines: String? = nil, with replacement: String = ""
    ) -> String {
        var text = """
              - id: \(id)
                title: A
                goal: Tien mentoren geschoold in 2027
                success_criterion: Tien certificaten
                actions:
                  - description: Scholing inkopen
                    owner: Anna
                    start: \(start)
                    end: \(end)
                    resources: 2000 euro
                evaluation: \(evaluation)
                speerpunt: \(speerpunt)
                status: \(status)

            """
        if let lines {
            precondition(text.contains(lines), "no lines \(lines)")
            text = text.replacingOccurrences(of: lines, with: replacement)
        }
        return text
    }

    static let examples: [MarkedPlan] =
        speerpuntExamples + [
            MarkedPlan("complete, every date on today", plan(entry())),
            MarkedPlan("vervallen is not checked", plan("  - {id: q/a, title: A, status: vervallen, actions: []}\n")),
            MarkedPlan(
                "no goal and no success criterion",
                plan(
                    entry(
                        replacing: "    goal: Tien mentoren geschoold in 2027\n    success_criterion: Tien certificaten\n",
                        with: "    ⟨e⟩goal:\n    success_criterion:\n"))),
            MarkedPlan(
                "no goal key at all points at the entry",
                plan(
                    entry(
                        replacing: "  - id: q/a\n    title: A\n    goal: Tien mentoren geschoold in 2027\n    success_criterion: Tien certificaten\n",
                        with: "  - ⟨e⟩id: q/a\n    title: A\n"))),
            MarkedPlan(
                "goal without success criterion",
                plan(
                    entry(
                        replacing: "    success_criterion: Tien certificaten\n", with: "    ⟨e⟩success_criterion: \"  \"\n"))),
            MarkedPlan(
                "success criterion without goal",
                plan(
                    entry(
                        replacing: "    goal: Tien mentoren geschoold in 2027\n", with: "    ⟨e⟩goal: ~\n"))),
            MarkedPlan(
                "no actions",
                plan(
                    entry(
                        replacing: """
                                actions:
                                  - description: Scholing inkopen
                                    owner: Anna
                                    start: 2027-03-01
                                    end: 2027-03-01
                                    resources: 2000 euro

                            """,
                        with: "    ⟨e⟩actions: []\n"))),
            MarkedPlan("missing owner", plan(entry(replacing: "        owner: Anna\n", with: "        ⟨e⟩owner:\n"))),
            MarkedPlan("missing description", plan(entry(replacing: "      - description: Scholing inkopen\n", with: "      - ⟨e⟩description:\n"))),
            MarkedPlan(
                "missing start and end",
                plan(
                    entry(
                        replacing: "        start: 2027-03-01\n        end: 2027-03-01\n", with: "        ⟨e⟩start:\n        ⟨e⟩end:\n"))),
            MarkedPlan(
                "owner key left out points at the action",
                plan(
                    entry(
                        replacing: "      - description: Scholing inkopen\n        owner: Anna\n", with: "      - ⟨e⟩description: Scholing inkopen\n")
                )),
            MarkedPlan("resources may stay empty", plan(entry(replacing: "        resources: 2000 euro\n", with: "        resources:\n"))),
            MarkedPlan("end on its start is fine", plan(entry(start: "2027-05-01", end: "2027-05-01", evaluation: "2027-06-01"))),
            MarkedPlan("end the day before its start", plan(entry(start: "2027-05-02", end: "⟨e⟩2027-05-01", evaluation: "2027-06-01"))),
            MarkedPlan("open with an end yesterday", plan(entry(start: "2027-02-01", end: "⟨w⟩2027-02-28"))),
            MarkedPlan("lopend with an end yesterday", plan(entry(status: "lopend", start: "2027-02-01", end: "⟨w⟩2027-02-28"))),
            MarkedPlan(
                "afgerond with dates in the past", plan(entry(status: "afgerond", start: "2026-02-01", end: "2026-02-28", evaluation: "2026-03-01"))),
            MarkedPlan("open with a start yesterday", plan(entry(start: "⟨w⟩2027-02-28", end: "2027-04-01"))),
            MarkedPlan("lopend with a start yesterday", plan(entry(status: "lopend", start: "2027-02-28", end: "2027-04-01"))),
            MarkedPlan(
                "several started actions give one reminder at the first",
                plan(
                    entry(
                        start: "2027-02-10", end: "2027-04-01",
                        replacing: "        resources: 2000 euro\n",
                        with:
                            "      - {description: B, owner: Bram, start: ⟨w⟩2027-01-10, end: 2027-05-01}\n      - {description: C, owner: Carla, start: 2027-03-02, end: 2027-05-01}\n"
                    ))),
            MarkedPlan("no evaluation", plan(entry(replacing: "    evaluation: 2027-03-01\n", with: "    ⟨e⟩evaluation:\n"))),
            MarkedPlan("an evaluation in words", plan(entry(evaluation: "na de eerste stageperiode"))),
            MarkedPlan("open with the evaluation yesterday", plan(entry(evaluation: "⟨w⟩2027-02-28"))),
            MarkedPlan("afgerond with the evaluation yesterday", plan(entry(status: "afgerond", evaluation: "2027-02-28"))),
            MarkedPlan(
                "vanished and still open", plan(entry(replacing: "    status: open\n", with: "    status: open\n    ⟨w⟩vanished: 2027-01-01\n"))),
            MarkedPlan(
                "vanished and afgerond",
                plan(entry(status: "afgerond", replacing: "    status: afgerond\n", with: "    status: afgerond\n    vanished: 2027-01-01\n"))),
        ]

    /// The count of speerpunten: none warns at `entries`, seven at the seventh.
    static let speerpuntExamples: [MarkedPlan] = [
        MarkedPlan("no speerpunt", plan(entry(speerpunt: "false")).replacingOccurrences(of: "\nentries:", with: "\n⟨w⟩entries:")),
        MarkedPlan(
            "speerpunt left out is none",
            plan(entry(replacing: "    speerpunt: true\n", with: ""))
                .replacingOccurrences(of: "\nentries:", with: "\n⟨w⟩entries:")),
        MarkedPlan(
            "a dropped speerpunt does not count",
            plan(
                entry(id: "q/a", speerpunt: "false") + entry(id: "q/b", status: "vervallen")
            )
            .replacingOccurrences(of: "\nentries:", with: "\n⟨w⟩entries:")),
        MarkedPlan("no entries, no speerpunt needed", plan("  []\n").replacingOccurrences(of: "entries:\n  []", with: "entries: []")),
        MarkedPlan("six speerpunten", plan((1...6).map { entry(id: "q/\($0)") }.joined())),
        MarkedPlan("seven speerpunten", plan((1...7).map { entry(id: "q/\($0)", speerpunt: $0 == 7 ? "⟨w⟩true" : "true") }.joined())),
    ]

    @Test(arguments: examples)
    func eachCheckAtItsBoundary(_ example: MarkedPlan) throws {
        let result = PlanFixtures.read(example.source)
        let plan = try #require(result.plan, "\(planDiagnosticLines(result.diagnostics))")
        let diagnostics = PlanChecker(today: Self.today).check(plan)
        #expect(planPositions(diagnostics) == example.expected, "\(planDiagnosticLines(diagnostics))")
    }

    @Test func messagesSayWhatToWrite() throws {
        let text = Self.plan(Self.entry(start: "2027-05-02", end: "2027-05-01", replacing: "        owner: Anna\n", with: "        owner:\n"))
        let plan = try #require(PlanFixtures.read(text).plan)
        #expect(
            planDiagnosticLines(PlanChecker(today: Self.today).check(plan)) == """
                12:9: error: an action of 'q/a' has no owner: write who carries it out
                14:14: error: the action ends on 2027-05-01, before it starts on 2027-05-02

                """)
    }

    // MARK: Against the findings

    static func findings() throws -> (findings: [Finding], basis: PlanBasis) {
        let input = try PlanFixtures.first()
        return (input.findings, input.basis)
    }

    static func againstFindings(digest: String? = nil) throws -> [MarkedPlan] {
        let digest = try digest ?? findings().basis.digest
        let vision = entry(id: "plan-toets/visie-laag")
        let kern = entry(id: "plan-toets/kern/visie.onderschreven")
        let roles = entry(id: "plan-toets/rollen-verdelen")
        func plan(_ text: String, entriesMark: String = "") -> String {
            Self.plan(text, digest: digest).replacingOccurrences(of: "\nentries:\n", with: "\n\(entriesMark)entries:\n")
        }
        return [
            MarkedPlan("every point addressed", plan(vision + kern + roles)),
            MarkedPlan(
                "a covered point is addressed",
                plan(
                    vision.replacingOccurrences(of: "    title: A\n", with: "    covers: [plan-toets/kern/visie.onderschreven]\n    title: A\n")
                        + roles)),
            MarkedPlan("a hoog point left out", plan(kern + roles, entriesMark: "⟨e⟩")),
            MarkedPlan("a midden point left out", plan(vision + kern, entriesMark: "⟨w⟩")),
            MarkedPlan("a hoog point dropped", plan(entry(id: "plan-toets/visie-laag", status: "⟨e⟩vervallen") + kern + roles)),
            MarkedPlan("a midden point dropped", plan(vision + kern + entry(id: "plan-toets/rollen-verdelen", status: "⟨w⟩vervallen"))),
            MarkedPlan("an entry for no point", plan(vision + kern + roles + entry(id: "⟨w⟩eigen/mentoren"))),
            MarkedPlan("an entry for no point that is done", plan(vision + kern + roles + entry(id: "eigen/mentoren", status: "afgerond"))),
            MarkedPlan(
                "a vanished entry warns once",
                plan(
                    vision + kern + roles
                        + entry(
                            id: "plan-toets/oud", replacing: "    status: open\n", with: "    status: open\n    ⟨w⟩vanished: 2027-01-01\n"))),
        ]
    }

    @Test(arguments: 0..<9)
    func eachCheckAgainstTheFindings(_ index: Int) throws {
        let example = try Self.againstFindings()[index]
        let (findings, basis) = try Self.findings()
        let result = PlanFixtures.read(example.source)
        let plan = try #require(result.plan, "\(planDiagnosticLines(result.diagnostics))")
        let diagnostics = PlanChecker(today: Self.today).check(plan, against: findings, basis: basis)
        #expect(planPositions(diagnostics) == example.expected, "\(example.name):\n\(planDiagnosticLines(diagnostics))")
    }

    @Test func aPointLeftOutIsNamedWithItsId() throws {
        let (findings, basis) = try Self.findings()
        let text = Self.plan(
            Self.entry(id: "plan-toets/kern/visie.onderschreven") + Self.entry(id: "plan-toets/rollen-verdelen"), digest: basis.digest)
        let plan = try #require(PlanFixtures.read(text).plan)
        #expect(
            planDiagnosticLines(PlanChecker(today: Self.today).check(plan, against: findings, basis: basis)) == """
                5:1: error: the plan does not address development point 'plan-toets/visie-laag' (priority hoog): Werk aan de visie; add an entry with this id, or name it under 'covers' of the entry that takes care of it

                """)
    }

    @Test func otherAnswersAreReportedAtTheDigest() throws {
        let (findings, basis) = try Self.findings()
        let example = try Self.againstFindings(digest: "⟨e⟩sha256:" + String(repeating: "1", count: 64))[0]
        var plan = try #require(PlanFixtures.read(example.source).plan)
        var diagnostics = PlanChecker(today: Self.today).check(plan, against: findings, basis: basis)
        #expect(planPositions(diagnostics) == example.expected)
        #expect(
            diagnostics.first?.notes.map(\.message.en) == [
                "given now, but not drafted from: bestuurder.yaml, schoolleider.yaml",
                "bring the plan up to date with: waarborg plan update ANSWERS… --out PLAN",
            ])
        plan.basis.answers = basis.answers
        diagnostics = PlanChecker(today: Self.today).check(plan, against: findings, basis: basis)
        #expect(diagnostics.first?.notes.first?.message.en == "the same files, but their answers have changed since the plan was drafted")
    }

    @Test func aDraftHasAnErrorForEveryFieldToFillIn() throws {
        let input = try PlanFixtures.first()
        let draft = PlanDrafter().draft(board: input.board, basis: input.basis, findings: input.findings)
        let result = PlanFixtures.read(PlanWriter().yaml(draft))
        let plan = try #require(result.plan)
        let diagnostics = PlanChecker(today: Self.today).check(plan, against: input.findings, basis: input.basis)
        // A draft marks no speerpunt yet: one warning at `entries`, the rest errors.
        #expect(
            diagnostics.filter { $0.severity != .error }.map(\.message.en) == [
                "mark 3–6 speerpunten: no entry has 'speerpunt: true'; the panel brief and the rendered plan open with them"
            ])
        // Per entry: goal and criterion, evaluation; per action: owner, start, end (and description when empty).
        let actions = draft.entries.flatMap(\.actions)
        let expected = draft.entries.count * 2 + actions.count * 3 + actions.filter { $0.description == nil }.count + 1
        #expect(diagnostics.count == expected, "\(planDiagnosticLines(diagnostics))")
    }
}
