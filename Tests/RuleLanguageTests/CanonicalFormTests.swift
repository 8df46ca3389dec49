import RuleLanguage
import Testing

/// An expression's canonical text parses back to an equal expression, whatever the
/// spacing and parentheses of the original; inputs found by the FuzzRules target.
@Suite struct CanonicalFormTests {
    @Test(arguments: [
        // Found by fuzzing: the parentheses moved the calls after them, and `==` compared
        // where call names were written.
        "answer(betrokkenheid.mr-geinformeerd) <= 2 or (answer(visie.teams-kennen) <= 2 and answer(betrokkenheid.teams-geinformeerd) <= 2)",
        "  score(visie)>=3",
        "not (answered(a.b))",
        "-(-(1)) * (2 + 3) / 4",
        "count_at_most(afspraken, 2) >= 3 and role() == \"bestuurder\"",
    ])
    func theCanonicalTextParsesToTheSameExpression(_ source: String) throws {
        let expression = try RuleParser.parse(source).get()
        let again = try RuleParser.parse(expression.description).get()
        #expect(again == expression, "\(source) → \(expression.description)")
        #expect(again.hashValue == expression.hashValue)
    }

    @Test func callsAtOtherPlacesAreEqual() throws {
        #expect(try RuleParser.parse("score(visie)").get() == RuleParser.parse("   score( visie )").get())
        #expect(try RuleParser.parse("score(visie)").get() != RuleParser.parse("level(visie)").get())
    }
}
