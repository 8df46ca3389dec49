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
        // Found by fuzzing: large and small numbers printed with an exponent (4.4e+18).
        "answer(a.b) >= 4444444444444444443",
        "score(x) < 0.00001",
        "0.000000000000000000000000000000000000123 + 123456789012345678901234567890.5",
        // Found by fuzzing: a backslash before a combining mark is one Character, and was
        // not escaped.
        "role() == \"a\\\\\u{0612}b\"",
        "\"\\\\\u{301}\\\"\u{301}\" == \"x\"",
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

extension CanonicalFormTests {
    @Test(
        arguments: [
            (4.444444444444444443e18, "4444444444444444700"),
            (1e15, "1000000000000000"),
            (0.00001, "0.00001"),
            (1.5e-7, "0.00000015"),
            (2.5, "2.5"),
            (123456.75, "123456.75"),
        ] as [(Double, String)])
    func numbersPrintWithoutExponent(_ number: Double, _ text: String) throws {
        let expression = Expression(.number(number), at: SourceRange(from: 0, to: 1))
        #expect(expression.description == text)
        #expect(try RuleParser.parse(text).get() == expression)
    }
}

extension CanonicalFormTests {
    /// Found by fuzzing: `--x` prints as `-(-x)`, and parentheses count as levels, so a
    /// chain of minus signs near the limit prints deeper than the parser accepts. Accepted:
    /// the canonical form keeps its parentheses for readability.
    @Test func aLongChainOfMinusSignsPrintsDeeperThanTheLimit() throws {
        let expression = try RuleParser.parse("f" + String(repeating: "-", count: 72) + "cv").get()
        #expect(expression.description.contains("-(-(-"))
        guard case .failure(let errors) = RuleParser.parse(expression.description) else {
            Issue.record("the canonical text parsed; the fuzz oracle's exception can go")
            return
        }
        #expect(errors.errors.first?.message.en.hasPrefix("expression is nested too deeply") == true)
    }
}
