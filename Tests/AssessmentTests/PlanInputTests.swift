import Assessment
import Questionnaire
import RuleLanguage
import Testing

/// The board's answers taken together, and the digest that ties a plan to them.
@Suite struct PlanInputTests {
    func file(_ path: String, _ text: String) -> (path: String, bytes: [UInt8]) { (path, Array(text.utf8)) }

    @Test func theDigestDoesNotDependOnFoldersOrOrder() {
        let a = AnswersDigest.digest([file("x/a.yaml", "een"), file("x/b.yaml", "twee")])
        #expect(a == AnswersDigest.digest([file("y/b.yaml", "twee"), file("a.yaml", "een")]))
        #expect(a.hasPrefix("sha256:") && a.count == 71)
    }

    @Test func theDigestChangesWithAnyByteOrFile() {
        let a = AnswersDigest.digest([file("a.yaml", "een"), file("b.yaml", "twee")])
        #expect(a != AnswersDigest.digest([file("a.yaml", "een"), file("b.yaml", "twee ")]))
        #expect(a != AnswersDigest.digest([file("a.yaml", "eent"), file("b.yaml", "wee")]))
        #expect(a != AnswersDigest.digest([file("a.yaml", "twee"), file("b.yaml", "een")]))
        #expect(a != AnswersDigest.digest([file("a.yaml", "een")]))
    }

    @Test func theDigestIsTheDigestOfTheFilesDigestsByName() {
        // As documented: `for f in a.yaml b.yaml; do sha256sum < $f | cut -c1-64; done | sha256sum`.
        let lines = SHA256.hex(Array("een".utf8)) + "\n" + SHA256.hex(Array("twee".utf8)) + "\n"
        #expect(AnswersDigest.digest([file("b.yaml", "twee"), file("a.yaml", "een")]) == "sha256:" + SHA256.hex(Array(lines.utf8)))
    }

    @Test func namesAreSortedWithoutFolders() {
        #expect(AnswersDigest.names(["z/b.yaml", "a.yaml", "q/c.yaml"]) == ["a.yaml", "b.yaml", "c.yaml"])
    }

    @Test func theBoardIsTheNameMostRespondentsGave() throws {
        var answers = try PlanFixtures.answers(["bestuurder.yaml", "schoolleider.yaml", "later.yaml"])
        answers[1].file.respondent.organisation = "Stg. Linde"
        let input = PlanInput(answers, today: planDate("2027-04-01"))
        #expect(input.board == "Stichting Linde")
        #expect(input.organisations.map(\.name) == ["Stichting Linde", "Stg. Linde"])
        #expect(input.basis.date == planDate("2027-03-20"))
    }

    @Test func withoutTimesTheDateIsToday() throws {
        var answers = try PlanFixtures.answers(["bestuurder.yaml"])
        answers[0].file.updated = nil
        answers[0].file.started = nil
        #expect(PlanInput(answers, today: planDate("2026-05-05")).basis.date == planDate("2026-05-05"))
    }

    @Test func findingsAreTheBoardsDevelopmentPointsOnly() throws {
        let input = try PlanFixtures.first()
        #expect(input.findings.allSatisfy { $0.kind == .developmentPoint })
        #expect(input.brief.findings.contains { $0.kind == .strength })
        #expect(input.brief.respondents == 2)
    }

    @Test(arguments: [
        ("visie-laag", ["visie-laag"]),
        ("builtin:development_below", ["thema/visie"]),
        ("builtin:kern_lowest", ["kern/visie.onderschreven"]),
        ("builtin:disagreement", ["disagreement/visie"]),
    ])
    func keysSayWhereAFindingCameFrom(rule: String, keys: [String]) {
        let facts =
            rule == "builtin:kern_lowest"
            ? [
                Fact(
                    subject: .init(
                        text: "answer(visie.onderschreven)", value: .number(1), call: .init("answer", [.reference("visie.onderschreven")])),
                    result: .number(1))
            ]
            : []
        let finding = Finding(
            kind: .developmentPoint, questionnaire: "q", safeguard: 1, theme: "visie", title: LocalizedText("T"),
            reasons: [Reason(rule: FindingRule(rule), facts: facts)])
        #expect(PlanKey.keys(of: finding) == keys.map { "q/" + $0 })
    }

    @Test func aMergedFindingAnswersToEveryKeyRulesFirst() {
        let finding = Finding(
            kind: .developmentPoint, questionnaire: "q", safeguard: 1, theme: "visie", title: LocalizedText("T"),
            reasons: [Reason(rule: "builtin:development_below", facts: []), Reason(rule: "a", facts: []), Reason(rule: "b", facts: [])])
        #expect(PlanKey.keys(of: finding) == ["q/a", "q/b", "q/thema/visie"])
        #expect(PlanKey.matches(PlanEntry(id: "q/b", title: "x"), finding))
        #expect(PlanKey.matches(PlanEntry(id: "eigen", covers: ["q/thema/visie"], title: "x"), finding))
        #expect(!PlanKey.isMade(PlanEntry(id: "eigen", covers: ["q/thema/visie"], title: "x"), for: finding))
        #expect(!PlanKey.matches(PlanEntry(id: "r/a", title: "x"), finding))
    }
}
