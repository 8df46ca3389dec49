import RuleLanguage
import Testing

@Suite struct LexerTests {
    /// Source and its tokens (without the final `end`), as `Token.description` shows them.
    static let tokenExamples: [(String, String)] = [
        ("rollen.inductie-start", "identifier(rollen.inductie-start)@0..21"),
        ("waarborg-2", "identifier(waarborg-2)@0..10"),
        ("a-b", "identifier(a-b)@0..3"),
        ("x.1", "identifier(x.1)@0..3"),
        ("_intern", "identifier(_intern)@0..7"),
        ("a - b", "identifier(a)@0..1 symbol(-)@2..3 identifier(b)@4..5"),
        ("a -b", "identifier(a)@0..1 symbol(-)@2..3 identifier(b)@3..4"),
        ("a- b", "identifier(a)@0..1 symbol(-)@1..2 identifier(b)@3..4"),
        ("a--b", "identifier(a)@0..1 symbol(-)@1..2 symbol(-)@2..3 identifier(b)@3..4"),
        ("a-_b", "identifier(a)@0..1 symbol(-)@1..2 identifier(_b)@2..4"),
        ("a.", "identifier(a)@0..1 ~error"),
        (
            "score(x) - 1",
            "identifier(score)@0..5 symbol(()@5..6 identifier(x)@6..7 symbol())@7..8 symbol(-)@9..10 number(1)@11..12"
        ),
        (
            "score(x)-1",
            "identifier(score)@0..5 symbol(()@5..6 identifier(x)@6..7 symbol())@7..8 symbol(-)@8..9 number(1)@9..10"
        ),
        ("3-1", "number(3)@0..1 symbol(-)@1..2 number(1)@2..3"),
        ("-2.5", "symbol(-)@0..1 number(2.5)@1..4"),
        ("één.vraag", "identifier(één.vraag)@0..9"),
        ("e\u{301}en", "identifier(e\u{301}en)@0..4"),
        ("Ελλάδα ≠", "identifier(Ελλάδα)@0..6 ~error"),
        ("0.25 10 007", "number(0.25)@0..4 number(10)@5..7 number(7)@8..11"),
        ("\"ja\"", "string(\"ja\")@0..4"),
        ("\"zeg \\\"hoi\\\" \\\\ é\"", "string(\"zeg \\\"hoi\\\" \\\\ é\")@0..18"),
        ("\"\"", "string(\"\")@0..2"),
        ("and or not true false", "keyword(and)@0..3 keyword(or)@4..6 keyword(not)@7..10 keyword(true)@11..15 keyword(false)@16..21"),
        ("AND True", "identifier(AND)@0..3 identifier(True)@4..8"),
        ("andere notitie", "identifier(andere)@0..6 identifier(notitie)@7..14"),
        (
            "== != <= >= < > + - * / ( ) ,",
            "symbol(==)@0..2 symbol(!=)@3..5 symbol(<=)@6..8 symbol(>=)@9..11 symbol(<)@12..13 symbol(>)@14..15 "
                + "symbol(+)@16..17 symbol(-)@18..19 symbol(*)@20..21 symbol(/)@22..23 symbol(()@24..25 symbol())@26..27 "
                + "symbol(,)@28..29"
        ),
        ("a<=b", "identifier(a)@0..1 symbol(<=)@1..3 identifier(b)@3..4"),
        (" \t\na\u{A0}", "identifier(a)@3..4"),
    ]

    @Test(arguments: tokenExamples)
    func tokens(source: String, expected: String) {
        let (tokens, errors) = Lexer.tokenize(source)
        var shown = tokens.dropLast().map(\.description).joined(separator: " ")
        if !errors.isEmpty { shown += " ~error" }
        #expect(shown == expected)
        #expect(tokens.last?.kind == .end)
        #expect(tokens.last?.range == SourceRange(start: source.unicodeScalars.count, length: 0))
    }

    /// Inputs with every lexical error marked, and the messages in order.
    static let errorExamples: [(MarkedText, [String])] = [
        (MarkedText("answer(x) «=» 2"), ["unknown character '='; use '==' to compare"]),
        (MarkedText("«€»5 + «§»"), ["unknown character '€'", "unknown character '§'"]),
        (MarkedText("«.5» + 1"), ["'.5' is not a valid number; write 0.5"]),
        (MarkedText("«2.» + 1"), ["'2.' is not a valid number; numbers are written like 2 or 2.5, and names start with a letter"]),
        (MarkedText("«2abc»"), ["'2abc' is not a valid number; numbers are written like 2 or 2.5, and names start with a letter"]),
        (MarkedText("«1.2.3»"), ["'1.2.3' is not a valid number; numbers are written like 2 or 2.5, and names start with a letter"]),
        (MarkedText("x == «\"ja»"), ["unterminated string; a string ends with '\"'"]),
        (MarkedText("x == «\"ja\\\"»"), ["unterminated string; a string ends with '\"'"]),
        (MarkedText("\"a«\\n»b\""), ["unknown escape '\\n' in string; only \\\" and \\\\ are allowed"]),
        (MarkedText("x «&&» y «||» z"), ["unknown character '&&'; use 'and'", "unknown character '||'; use 'or'"]),
        (MarkedText("«!»x"), ["unknown character '!'; use 'not' to negate, or '!=' to compare"]),
        (
            MarkedText("x == «'»ja«'»"),
            [
                "unknown character '''; strings are written in straight double quotes, like \"ja\"",
                "unknown character '''; strings are written in straight double quotes, like \"ja\"",
            ]
        ),
        (MarkedText("x«\u{200B}»"), ["unknown character 'U+200B'"]),
        (MarkedText("a «.»"), ["unknown character '.'; a '.' inside a name must be followed by a letter or digit"]),
    ]

    @Test(arguments: errorExamples)
    func errors(input: MarkedText, messages: [String]) {
        let errors = Lexer.tokenize(input.source).errors
        #expect(errors.map(\.message.en) == messages)
        #expect(MarkedText.mark(input.source, errors.map(\.range)) == input.marked)
    }
}
