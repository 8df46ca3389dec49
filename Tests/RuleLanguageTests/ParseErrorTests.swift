import Diagnostics
import RuleLanguage
import Testing

@Suite struct ParseErrorTests {
    /// Inputs with each expected error marked, and the messages in order.
    static let examples: [(MarkedText, [String])] = [
        (MarkedText("⎀"), ["empty expression"]),
        (MarkedText("   ⎀"), ["empty expression"]),
        (MarkedText("1 +⎀"), ["unexpected end of expression; expected a value"]),
        (MarkedText("(1 + 2⎀"), ["expected ')'"]),
        (MarkedText("(1 + 2 «3»)"), ["expected ')', found '3'"]),
        (MarkedText("answer(x⎀"), ["expected ',' or ')' after an argument of answer"]),
        (MarkedText("answer(x «y»)"), ["expected ',' or ')' after an argument of answer, found 'y'"]),
        (MarkedText("answer(x) «)»"), ["unexpected ')' without a matching '('"]),
        (MarkedText("answer(x) «2»"), ["expected an operator, found '2'"]),
        (MarkedText("«*» 2"), ["expected a value, found '*'"]),
        (MarkedText("a < b «<» c"), ["comparisons cannot be chained; combine them with 'and', as in 'a < b and b < c'"]),
        (
            MarkedText("a == b «!=» c «==» d"),
            [
                "comparisons cannot be chained; combine them with 'and', as in 'a < b and b < c'",
                "comparisons cannot be chained; combine them with 'and', as in 'a < b and b < c'",
            ]
        ),
        (MarkedText("answer(x) >= 2 «und» score(y) < 3"), ["expected an operator, found 'und'; did you mean 'and'?"]),
        (MarkedText("a «en» b"), ["expected an operator, found 'en'; did you mean 'and'?"]),
        (MarkedText("a «OR» b"), ["expected an operator, found 'OR'; did you mean 'or'? operators are lowercase"]),
        (MarkedText("a == «not» b"), ["'not' cannot stand here; put it in parentheses, as in (not …)"]),
        (MarkedText("min(1, «,» 2)"), ["expected a value, found ','"]),
        (
            MarkedText("max(min(1 +«)», 2 «3»)"),
            [
                "expected a value, found ')'",
                "expected ',' or ')' after an argument of max, found '3'",
            ]
        ),
        (MarkedText("f(«,» «*»)"), ["expected a value, found ','", "expected a value, found '*'"]),
        (MarkedText("(«)» and (1 «2»)"), ["expected a value, found ')'", "expected ')', found '2'"]),
        (MarkedText("x == ((1)⎀"), ["expected ')'"]),
        (MarkedText("«,»"), ["expected a value, found ','"]),
    ]

    @Test(arguments: examples)
    func errors(input: MarkedText, messages: [String]) {
        let errors = parseErrors(input.source)
        #expect(errors.map(\.message.en) == messages)
        #expect(MarkedText.mark(input.source, errors.map(\.range)) == input.marked)
    }

    /// Lexical errors stop before parsing: only they are reported.
    @Test func lexicalErrorsComeAlone() {
        let errors = parseErrors("a = 1 +")
        #expect(errors.map(\.message.en) == ["unknown character '='; use '==' to compare"])
    }

    static let limit = RuleParser.maximumDepth

    /// Deep or long input gives an error, never a crash.
    @Test(arguments: [
        String(repeating: "(", count: limit + 1) + "1" + String(repeating: ")", count: limit + 1),
        String(repeating: "-", count: 5000) + "1",
        String(repeating: "not ", count: 2000) + "true",
        "1" + String(repeating: " + 1", count: limit),
        "f(" + String(repeating: "g(", count: limit) + String(repeating: ")", count: limit + 1),
    ])
    func tooDeep(source: String) {
        #expect(parseErrors(source).map(\.message.en) == ["expression is nested too deeply (at most \(Self.limit) levels)"])
    }

    @Test(arguments: [
        String(repeating: "(", count: limit - 1) + "1" + String(repeating: ")", count: limit - 1),
        "1" + String(repeating: " + 1", count: limit - 1),
        String(repeating: "-", count: limit - 1) + "1",
    ])
    func deepButAllowed(source: String) {
        #expect(parseErrors(source).isEmpty)
    }

    @Test func tooLong() {
        let source = String(repeating: "1 + ", count: 3000) + "1"
        let errors = parseErrors(source)
        #expect(errors.map(\.message.en) == ["expression is too long (12001 characters; at most 10000)"])
        #expect(errors.first?.range == SourceRange(from: 10000, to: 12001))
    }

    /// Every prefix of a rich expression parses or fails with errors inside the text.
    @Test func everyPrefixFailsCleanly() {
        let full = #"not (answer(rollen.inductie-start) == "ja \"x\"" or -score(waarborg-2) * 2.5 >= min(1, 2)) and f()"#
        let scalars = Array(full.unicodeScalars)
        for end in 0...scalars.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<end])
            let prefix = String(view)
            for error in parseErrors(prefix) {
                #expect(error.range.start >= 0 && error.range.end <= end, "\(prefix): \(error)")
            }
        }
        #expect(parseErrors(full).isEmpty)
    }

    @Test func diagnosticIsShiftedByTheExpressionsPlace() throws {
        let error = try #require(parseErrors("answer(x) = 2").first)
        let start = FileLocation(file: "q.yaml", line: 12, column: 14)
        let diagnostic = error.diagnostic(at: start)
        #expect(diagnostic.description == "q.yaml:12:24: error: unknown character '='; use '==' to compare")
    }

    private func parseErrors(_ source: String) -> [RuleError] {
        switch RuleParser.parse(source) {
        case .success: []
        case .failure(let errors): errors.errors
        }
    }
}
