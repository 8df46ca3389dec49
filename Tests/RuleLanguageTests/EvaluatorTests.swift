import RuleLanguage
import Testing

@Suite struct EvaluatorTests {
    /// A respondent who answered one scale question with 2 and left the rest open.
    static let context = FakeContext(
        answers: ["rollen.schoolopleider": .number(2), "rollen.inductie-start": .string("ja")],
        scores: ["rollen": .number(2.5)],
        role: .string("mentor"))

    /// Expressions over `context` and their values; unanswered means empty, and empty is not zero.
    static let values: [(String, Value)] = [
        ("answer(rollen.schoolopleider) + 1", .number(3)),
        ("answer(rollen.visie)", .empty),
        ("answer(rollen.beleid) == true", .empty),
        ("answer(rollen.toelichting) == \"x\"", .empty),
        ("score(visie) + 1", .empty),
        ("score(visie) * 0", .empty),
        ("-score(visie)", .empty),
        ("score(visie) >= 0", .empty),
        ("score(visie) == score(visie)", .empty),
        ("score(visie) != 1", .empty),
        ("level(visie) == \"laag\"", .empty),
        ("1 / 0", .empty),
        ("0 / 0 == 0 / 0", .empty),
        ("score(rollen) / (answer(rollen.schoolopleider) - 2)", .empty),
        ("7 / 2", .number(3.5)),
        ("2 - 3 * -1", .number(5)),
        ("0.1 + 0.2 == 0.3", .bool(true)),
        ("1 < 1.0000000001", .bool(false)),
        ("1 < 1.001", .bool(true)),
        ("answer(rollen.inductie-start) == \"ja\"", .bool(true)),
        ("answer(rollen.inductie-start) != \"ja\"", .bool(false)),
        ("role() == \"mentor\"", .bool(true)),
        ("true == false", .bool(false)),
        ("answered(rollen.visie)", .bool(false)),
        ("not answered(rollen.schoolopleider)", .bool(false)),
        ("count_at_most(rollen, 2)", .number(1)),
        ("total(1, 2, 3.5)", .number(6.5)),
    ]

    @Test(arguments: values)
    func value(source: String, expected: Value) throws {
        let expression = try #require(checked(source))
        #expect(Evaluator.value(of: expression, in: Self.context) == expected)
        #expect(Evaluator.evaluate(expression, in: Self.context).value == expected)
    }

    /// Each built-in function with examples of its values; the type checker's examples of
    /// wrong calls are in `TypeCheckerTests`.
    static let builtins: [(String, Value)] = [
        ("min(3, 1.5, 2)", .number(1.5)),
        ("min(4)", .number(4)),
        ("min(1, score(visie))", .empty),
        ("max(3, 1.5, 2)", .number(3)),
        ("max(score(visie), 1)", .empty),
        ("abs(-2.5)", .number(2.5)),
        ("abs(score(visie))", .empty),
        ("round(2.5)", .number(3)),
        ("round(-2.5)", .number(-3)),
        ("round(2.345, 2)", .number(2.35)),
        ("round(1.25, 1)", .number(1.3)),
        ("round(2.75, 99)", .number(2.75)),
        ("round(7.6, -3)", .number(8)),
        ("round(score(visie), 1)", .empty),
        ("round(1.25, score(visie))", .empty),
        ("default(score(visie), 0)", .number(0)),
        ("default(score(rollen), 0)", .number(2.5)),
        ("default(score(visie), 0) + 1", .number(1)),
        ("default(answered(rollen.visie) and score(visie) > 1, true)", .bool(false)),
        ("default(score(visie) > 1, true)", .bool(true)),
        ("default(level(visie), \"onbekend\")", .string("onbekend")),
        ("default(score(visie), score(visie))", .empty),
    ]

    @Test(arguments: builtins)
    func builtin(source: String, expected: Value) throws {
        let expression = try #require(checked(source))
        #expect(Evaluator.value(of: expression, in: Self.context) == expected)
    }

    /// Three-valued logic, with `answer` of two yes/no questions as operands.
    static let truthTable: [(Value, Value, and: Value, or: Value)] = [
        (.bool(true), .bool(true), and: .bool(true), or: .bool(true)),
        (.bool(true), .bool(false), and: .bool(false), or: .bool(true)),
        (.bool(true), .empty, and: .empty, or: .bool(true)),
        (.bool(false), .bool(true), and: .bool(false), or: .bool(true)),
        (.bool(false), .bool(false), and: .bool(false), or: .bool(false)),
        (.bool(false), .empty, and: .bool(false), or: .empty),
        (.empty, .bool(true), and: .empty, or: .bool(true)),
        (.empty, .bool(false), and: .bool(false), or: .empty),
        (.empty, .empty, and: .empty, or: .empty),
    ]

    @Test(arguments: truthTable)
    func threeValuedLogic(left: Value, right: Value, and: Value, or: Value) throws {
        let context = FakeContext(answers: ["rollen.visie": left, "rollen.beleid": right])
        let conjunction = try #require(checked("answer(rollen.visie) and answer(rollen.beleid)"))
        let disjunction = try #require(checked("answer(rollen.visie) or answer(rollen.beleid)"))
        #expect(Evaluator.value(of: conjunction, in: context) == and)
        #expect(Evaluator.value(of: disjunction, in: context) == or)
        #expect(Evaluator.evaluate(conjunction, in: context).holds == (and == .bool(true)))
    }

    @Test(arguments: [(Value.bool(true), Value.bool(false)), (.bool(false), .bool(true)), (.empty, .empty)])
    func negation(operand: Value, expected: Value) throws {
        let context = FakeContext(answers: ["rollen.visie": operand])
        let expression = try #require(checked("not answer(rollen.visie)"))
        #expect(Evaluator.value(of: expression, in: context) == expected)
    }

    /// A host that returns NaN or infinity, or a value of the wrong type, gets empty, not a trap.
    @Test(arguments: [Value.number(.nan), .number(.infinity), .number(-.infinity), .string("x")])
    func badHostNumbers(returned: Value) throws {
        let context = FakeContext(scores: ["rollen": returned])
        let sum = try #require(checked("score(rollen) + 1"))
        let comparison = try #require(checked("score(rollen) < 3"))
        #expect(Evaluator.value(of: sum, in: context) == .empty)
        #expect(Evaluator.value(of: comparison, in: context) == .empty)
    }

    @Test func overflowIsEmpty() throws {
        let huge = "9" + String(repeating: "9", count: 300)
        let expression = try #require(checked("\(huge) * \(huge) > 1"))
        #expect(Evaluator.value(of: expression, in: Self.context) == .empty)
    }
}
