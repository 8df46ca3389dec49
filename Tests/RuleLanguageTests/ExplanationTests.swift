import RuleLanguage
import Testing

@Suite struct ExplanationTests {
    static let context = FakeContext(
        answers: ["rollen.schoolopleider": .number(1), "rollen.inductie-start": .string("nee"), "rollen.beleid": .bool(true)],
        scores: ["rollen": .number(1.8), "visie": .number(2.25), "waarborg-2": .number(7.0 / 3)])

    /// Conditions that hold over `context`, and the explanation of why.
    static let explanations: [(String, String)] = [
        (
            "answer(rollen.schoolopleider) <= 2 and score(rollen) < 3",
            "answer(rollen.schoolopleider) = 1 (nog niet) <= 2; score(rollen) = 1.8 < 3"
        ),
        ("score(rollen) < 2.5", "score(rollen) = 1.8 < 2.5"),
        ("score(waarborg-2) < 2.5", "score(waarborg-2) = 2.33 < 2.5"),
        ("score(rollen) > 2.5 or score(visie) < 2.5", "score(visie) = 2.25 < 2.5"),
        ("score(rollen) < 2.5 or score(visie) < 2.5", "score(rollen) = 1.8 < 2.5"),
        ("not answered(rollen.visie)", "answered(rollen.visie) = false"),
        (
            "answered(rollen.beleid) and answer(rollen.beleid)",
            "answered(rollen.beleid) = true; answer(rollen.beleid) = true"
        ),
        ("2 > score(rollen)", "2 > 1.8 = score(rollen)"),
        ("score(visie) > score(rollen)", "score(visie) = 2.25 > 1.8 = score(rollen)"),
        ("score(rollen) < -1 + 3", "score(rollen) = 1.8 < 2 = -1 + 3"),
        (
            "score(rollen) + score(visie) < 5",
            "score(rollen) = 1.8; score(visie) = 2.25; score(rollen) + score(visie) = 4.05 < 5"
        ),
        (
            "default(answer(rollen.schoolopleider), 0) < 2",
            "answer(rollen.schoolopleider) = 1 (nog niet); default(answer(rollen.schoolopleider), 0) = 1 < 2"
        ),
        ("answer(rollen.inductie-start) == \"nee\"", "answer(rollen.inductie-start) = \"nee\" == \"nee\""),
        (
            "score(visie) >= 2 and not (score(rollen) > 2 or answered(rollen.visie))",
            "score(visie) = 2.25 >= 2; score(rollen) = 1.8 > 2; answered(rollen.visie) = false"
        ),
        ("(score(rollen) < 2) == true", "score(rollen) = 1.8 < 2; score(rollen) < 2 = true == true"),
        (
            "count_at_most(rollen, answer(rollen.schoolopleider)) >= 1",
            "answer(rollen.schoolopleider) = 1 (nog niet); count_at_most(rollen, answer(rollen.schoolopleider)) = 1 >= 1"
        ),
    ]

    @Test(arguments: explanations)
    func explanation(source: String, expected: String) throws {
        let expression = try #require(checked(source, expecting: .bool))
        let evaluation = Evaluator.evaluate(expression, in: Self.context)
        #expect(evaluation.holds)
        #expect(evaluation.explanation == expected)
    }

    /// A false or unknown condition keeps the facts that decided it.
    static let otherOutcomes: [(String, Value, String)] = [
        ("score(rollen) > 3 and answered(rollen.visie)", .bool(false), "score(rollen) = 1.8 > 3"),
        ("score(rollen) < 3 and score(visie) > 3", .bool(false), "score(visie) = 2.25 > 3"),
        ("score(rollen) > 3 or score(visie) > 3", .bool(false), "score(rollen) = 1.8 > 3; score(visie) = 2.25 > 3"),
        ("score(rollen) < 3 and score(leeg) > 3", .empty, "score(rollen) = 1.8 < 3; score(leeg) = — > 3"),
        (
            "answer(rollen.schoolopleider) > score(leeg)", .empty,
            "answer(rollen.schoolopleider) = 1 (nog niet) > — = score(leeg)"
        ),
    ]

    @Test(arguments: otherOutcomes)
    func otherOutcome(source: String, value: Value, expected: String) throws {
        let expression = try #require(checked(source, expecting: .bool))
        let evaluation = Evaluator.evaluate(expression, in: Self.context)
        #expect(evaluation.value == value)
        #expect(!evaluation.holds)
        #expect(evaluation.explanation == expected)
    }

    /// The comparisons of a call with a literal among the facts, as they are found without
    /// the facts (for a rule's distance to its thresholds), in every outcome.
    @Test(arguments: explanations.map(\.0) + otherOutcomes.map(\.0) + ["score(rollen) < 2.5 or answer(rollen.schoolopleider) <= 2"])
    func literalComparisonsAreThoseOfTheFacts(source: String) throws {
        let expression = try #require(checked(source, expecting: .bool))
        let facts = Evaluator.evaluate(expression, in: Self.context).facts
        let expected = facts.compactMap { fact -> LiteralComparison? in
            guard let comparison = fact.comparison, let other = fact.other, other.isLiteral, let call = fact.subject.call else { return nil }
            return LiteralComparison(function: call.name, comparison: comparison, value: fact.subject.value, literal: other.value)
        }
        var comparisons: [LiteralComparison] = []
        #expect(
            Evaluator.value(of: expression, in: Self.context, literalComparisons: &comparisons) == Evaluator.value(of: expression, in: Self.context))
        #expect(comparisons == expected)
    }

    @Test func literalComparisonsKeepOnlyTheDecidingSide() throws {
        let expression = try #require(checked("score(rollen) > 2.5 or answer(rollen.schoolopleider) <= 2"))
        var comparisons: [LiteralComparison] = [LiteralComparison(function: "left over", comparison: .equal, value: .empty, literal: .empty)]
        _ = Evaluator.value(of: expression, in: Self.context, literalComparisons: &comparisons)
        #expect(
            comparisons == [
                LiteralComparison(function: "answer", comparison: .lessOrEqual, value: .number(1), literal: .number(2))
            ])
    }

    @Test func unansweredIsDescribedByTheHost() throws {
        let expression = try #require(checked("default(answer(rollen.schoolopleider), 0) < 2"))
        let evaluation = Evaluator.evaluate(expression, in: FakeContext())
        #expect(
            evaluation.explanation
                == "answer(rollen.schoolopleider) = niet beantwoord; default(answer(rollen.schoolopleider), 0) = 0 < 2")
    }

    @Test func factsAreStructured() throws {
        let expression = try #require(checked("answer(rollen.schoolopleider) <= 2"))
        let fact = try #require(Evaluator.evaluate(expression, in: Self.context).facts.first)
        #expect(
            fact.subject
                == Fact.Term(
                    text: "answer(rollen.schoolopleider)", value: .number(1), detail: "1 (nog niet)",
                    call: .init("answer", [.reference("rollen.schoolopleider")])))
        #expect(fact.subject.call?.subject == "rollen.schoolopleider")
        #expect(fact.comparison == .lessOrEqual)
        #expect(fact.other == Fact.Term(text: "2", value: .number(2), isLiteral: true))
        #expect(fact.result == .bool(true))
    }

    /// Numbers in explanations: at most two decimals, no trailing zeros.
    @Test(arguments: [
        (1.8, "1.8"), (3, "3"), (2.25, "2.25"), (7.0 / 3, "2.33"), (2.005, "2.01"), (-0.001, "0"),
        (-1.5, "-1.5"), (1e20, "1e+20"), (0.1 + 0.2, "0.3"),
    ])
    func numberFormat(number: Double, expected: String) {
        #expect(Value.number(number).description == expected)
    }
}
