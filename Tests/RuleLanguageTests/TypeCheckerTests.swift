import RuleLanguage
import Testing

@Suite struct TypeCheckerTests {
    /// Inputs with each expected error marked, and the messages in order; conditions.
    static let examples: [(MarkedText, [String])] = [
        (MarkedText("«scroe»(rollen) < 3"), ["unknown function 'scroe'; did you mean 'score'?"]),
        (MarkedText("«frobnicate»(rollen)"), ["unknown function 'frobnicate'"]),
        (MarkedText("«answer()» > 1"), ["answer(question) takes 1 argument, but got 0"]),
        (MarkedText("answer(rollen.schoolopleider, «2, 3») > 1"), ["answer(question) takes 1 argument, but got 3"]),
        (MarkedText("«count_at_most(rollen)» > 1"), ["count_at_most(scope, value) takes 2 arguments, but got 1"]),
        (MarkedText("«total()» > 1"), ["total(first, more?, …) takes at least 1 argument, but got 0"]),
        (MarkedText("«answer(rollen.inductie-start) == 2»"), ["cannot compare a choice (string) with a number"]),
        (MarkedText("«role() != true»"), ["cannot compare a string with a bool"]),
        (MarkedText("answer(«rollen.xyz») == 2"), ["unknown question 'rollen.xyz'"]),
        (
            MarkedText("answer(«rollen.schoolopleidr») >= 2"),
            ["unknown question 'rollen.schoolopleidr'; did you mean 'rollen.schoolopleider'?"]
        ),
        (MarkedText("answer(«rollen») >= 2"), ["'rollen' is a theme, not a question"]),
        (MarkedText("score(«rolen») < 3"), ["unknown theme or safeguard 'rolen'; did you mean 'rollen'?"]),
        (
            MarkedText("«rollen.schoolopleider» >= 2"),
            ["'rollen.schoolopleider' is not a value; did you mean answer(rollen.schoolopleider)?"]
        ),
        (MarkedText("«rollen» < 3"), ["'rollen' is not a value; did you mean score(rollen)?"]),
        (MarkedText("«x» and true"), ["'x' is not a value"]),
        (MarkedText("«role» == \"mentor\""), ["'role' is a function; call it as role()"]),
        (MarkedText("«min» < 3"), ["'min' is a function; call it as min(x, y, …)"]),
        (MarkedText("«True»"), ["'True' is not a value; did you mean 'true'? keywords are lowercase"]),
        (
            MarkedText("answer(«\"rollen.schoolopleider\"») >= 2"),
            ["answer expects the name of a question here; write the name without quotes: rollen.schoolopleider"]
        ),
        (MarkedText("score(«1 + 1») < 2"), ["score expects the name of a theme or a safeguard here, not a computed value"]),
        (MarkedText("score(«2») < 2"), ["score expects the name of a theme or a safeguard here, not a number"]),
        (
            MarkedText("answer(rollen.inductie-start) == «\"jaa\"»"),
            ["'jaa' is not an option of rollen.inductie-start; did you mean 'ja'?"]
        ),
        (
            MarkedText("«\"misschien\"» != answer(rollen.inductie-start)"),
            ["'misschien' is not an option of rollen.inductie-start; it can be 'ja', 'nee', 'deels'"]
        ),
        (
            MarkedText("answer(rollen.inductie-start) == «ja»"),
            ["'ja' is not a value; write the option as a string: \"ja\""]
        ),
        (
            MarkedText("default(answer(rollen.inductie-start), «\"geen\"») == \"ja\""),
            ["'geen' is not an option of rollen.inductie-start; it can be 'ja', 'nee', 'deels'"]
        ),
        (
            MarkedText("«answer(rollen.inductie-start)» < «\"ja\"»"),
            [
                "'<' compares numbers, but answer(rollen.inductie-start) is a choice (string); use '==' or '!=' for other values",
                "'<' compares numbers, but \"ja\" is a string; use '==' or '!=' for other values",
            ]
        ),
        (
            MarkedText("«score(rollen)» and answered(rollen.visie)"),
            ["'and' needs a condition (true or false) on each side, but score(rollen) is a number"]
        ),
        (
            MarkedText("answered(rollen.visie) or «1»"),
            ["'or' needs a condition (true or false) on each side, but 1 is a number"]
        ),
        (MarkedText("not «role()»"), ["'not' needs a condition (true or false), but role() is a string"]),
        (MarkedText("-«true» < 1"), ["'-' needs a number, but true is a bool"]),
        (MarkedText("«\"a\"» + 1 > 0"), ["'+' needs numbers, but \"a\" is a string"]),
        (
            MarkedText("«score(rollen)»"),
            ["a condition must be true or false, but this is a number; compare it with something, as in 'score(x) < 3'"]
        ),
        (
            MarkedText("«answer(rollen.inductie-start)»"),
            ["a condition must be true or false, but this is a choice (string); compare it with something, as in 'score(x) < 3'"]
        ),
        (MarkedText("count_at_most(rollen, «\"2\"») > 1"), ["count_at_most needs a number for 'value', but this is a string"]),
        (
            MarkedText("default(score(rollen), «\"geen\"») < 3"),
            ["the fallback of default must be of the same type as its first argument, a number, but this is a string"]
        ),
        (MarkedText("«min()» < 3"), ["min(x, y, …) takes at least 1 argument, but got 0"]),
        (MarkedText("round(1, 2, «3») < 3"), ["round(x, digits?) takes 1 or 2 arguments, but got 3"]),
        (MarkedText("abs(«role()») < 3"), ["abs needs a number, but this is a string"]),
        (MarkedText("«answer(rollen.bijlage)» == \"x\""), ["answer(rollen.bijlage) has no value a rule can use"]),
        (
            MarkedText("«scroe»(rollen) < 3 and answer(«x») == 1 or «y»"),
            [
                "unknown function 'scroe'; did you mean 'score'?",
                "unknown question 'x'",
                "'y' is not a value",
            ]
        ),
    ]

    @Test(arguments: examples)
    func errors(input: MarkedText, messages: [String]) {
        let found = RuleLanguageTests.errors(in: input.source, expecting: .bool)
        #expect(found.map(\.message.en) == messages)
        #expect(MarkedText.mark(input.source, found.map(\.range)) == input.marked)
    }

    /// Well-typed expressions and their types.
    static let valid: [(String, ValueType)] = [
        ("answer(rollen.schoolopleider) >= 2", .bool),
        ("answer(rollen.inductie-start) == \"deels\"", .bool),
        ("answer(inductie-start) != \"nee\"", .bool),
        ("answer(rollen.visie) == true", .bool),
        ("answer(rollen.toelichting) == \"iets vrijs\"", .bool),
        ("answer(rollen.schoolopleider) <= 2 and score(rollen) < 3", .bool),
        ("count_at_most(waarborg-2, 2) + 1", .number),
        ("level(rollen)", .string),
        ("total(1, 2, 3, 4)", .number),
        ("default(answer(rollen.inductie-start), \"nee\")", .string),
        ("round(score(rollen) / 2, 1) * -1", .number),
        ("not answered(rollen.visie) or role() == \"mentor\"", .bool),
        ("(1 < 2) == (3 > 4)", .bool),
    ]

    @Test(arguments: valid)
    func types(source: String, type: ValueType) {
        #expect(checked(source)?.type == type)
        #expect(checked(source, expecting: type)?.type == type)
    }

    @Test func referencesByKind() throws {
        let expression = try #require(
            checked(
                "answer(schoolopleider) >= 2 and score(rollen) < 3 and count_at_most(waarborg-2, 2) > answer(rollen.schoolopleider)"))
        let shown = expression.references.map { use in
            let resolved = use.resolvedName == use.name ? "" : "→" + use.resolvedName
            return "\(use.function) \(use.kind) \(use.name)\(resolved) @\(use.range)"
        }
        #expect(
            shown == [
                "answer question schoolopleider→rollen.schoolopleider @7..21",
                "score theme rollen @38..44",
                "count_at_most safeguard waarborg-2 @68..78",
                "answer question rollen.schoolopleider @92..113",
            ])
        #expect(expression.referencedNames(of: .question) == ["rollen.schoolopleider"])
        #expect(expression.referencedNames(of: .theme) == ["rollen"])
    }

    @Test func signatureSynopsis() {
        #expect(FakeEnvironment.signatures["count_at_most"]?.synopsis("count_at_most") == "count_at_most(scope, value)")
        #expect(FakeEnvironment.signatures["total"]?.synopsis("total") == "total(first, more?, …)")
    }
}
