import RuleLanguage
import Testing

@Suite struct ParserTests {
    /// Sources and their tree dumps; the dumps show precedence and associativity.
    static let dumps: [(String, String)] = [
        (
            "answer(rollen.schoolopleider) >= 2",
            """
            Binary(>=) @0..34
              Call(answer) @0..29
                Reference(rollen.schoolopleider) @7..28
              Number(2) @33..34
            """
        ),
        (
            "not a == b and c or d",
            """
            Binary(or) @0..21
              Binary(and) @0..16
                Unary(not) @0..10
                  Binary(==) @4..10
                    Reference(a) @4..5
                    Reference(b) @9..10
                Reference(c) @15..16
              Reference(d) @20..21
            """
        ),
        (
            "1 + 2 * 3 - 4 / 2",
            """
            Binary(-) @0..17
              Binary(+) @0..9
                Number(1) @0..1
                Binary(*) @4..9
                  Number(2) @4..5
                  Number(3) @8..9
              Binary(/) @12..17
                Number(4) @12..13
                Number(2) @16..17
            """
        ),
        (
            "-x * -2",
            """
            Binary(*) @0..7
              Unary(-) @0..2
                Reference(x) @1..2
              Unary(-) @5..7
                Number(2) @6..7
            """
        ),
        (
            "- -1",
            """
            Unary(-) @0..4
              Unary(-) @2..4
                Number(1) @3..4
            """
        ),
        (
            "a or b and c",
            """
            Binary(or) @0..12
              Reference(a) @0..1
              Binary(and) @5..12
                Reference(b) @5..6
                Reference(c) @11..12
            """
        ),
        (
            "(a or b) and not not c",
            """
            Binary(and) @0..22
              Binary(or) @0..8
                Reference(a) @1..2
                Reference(b) @6..7
              Unary(not) @13..22
                Unary(not) @17..22
                  Reference(c) @21..22
            """
        ),
        (
            "(1 + 2) * 3",
            """
            Binary(*) @0..11
              Binary(+) @0..7
                Number(1) @1..2
                Number(2) @5..6
              Number(3) @10..11
            """
        ),
        (
            "score(x) - 1 < 2.5",
            """
            Binary(<) @0..18
              Binary(-) @0..12
                Call(score) @0..8
                  Reference(x) @6..7
                Number(1) @11..12
              Number(2.5) @15..18
            """
        ),
        (
            "count_at_most(waarborg-2, 2 + 1) > role()",
            """
            Binary(>) @0..41
              Call(count_at_most) @0..32
                Reference(waarborg-2) @14..24
                Binary(+) @26..31
                  Number(2) @26..27
                  Number(1) @30..31
              Call(role) @35..41
            """
        ),
        (
            "f (\"ja\", true, false)",
            """
            Call(f) @0..21
              String("ja") @3..7
              Bool(true) @9..13
              Bool(false) @15..20
            """
        ),
        (
            "a != \"é\" and b <= c",
            """
            Binary(and) @0..19
              Binary(!=) @0..8
                Reference(a) @0..1
                String("é") @5..8
              Binary(<=) @13..19
                Reference(b) @13..14
                Reference(c) @18..19
            """
        ),
    ]

    @Test(arguments: dumps)
    func dump(source: String, expected: String) throws {
        let expression = try RuleParser.parse(source).get()
        #expect(expression.dump() == expected + "\n")
    }

    /// Sources and their canonical form, which parses back to an equal tree.
    static let canonicalForms: [(String, String)] = [
        ("answer(rollen.schoolopleider)>=2", "answer(rollen.schoolopleider) >= 2"),
        ("((a))", "a"),
        ("(1 + 2) * 3", "(1 + 2) * 3"),
        ("1 + (2 * 3)", "1 + 2 * 3"),
        ("1 - (2 - 3)", "1 - (2 - 3)"),
        ("(1 - 2) - 3", "1 - 2 - 3"),
        ("not (a and b)", "not (a and b)"),
        ("not (a == b)", "not a == b"),
        ("(not a) == b", "(not a) == b"),
        ("(a < b) == true", "(a < b) == true"),
        ("- (-1)", "-(-1)"),
        ("-(1 + x)", "-(1 + x)"),
        ("a or (b or c)", "a or (b or c)"),
        ("min( 1 ,2.50 )", "min(1, 2.5)"),
        ("\"zeg \\\"hoi\\\"\"", "\"zeg \\\"hoi\\\"\""),
        ("0.125", "0.125"),
    ]

    @Test(arguments: canonicalForms)
    func canonicalForm(source: String, expected: String) throws {
        let expression = try RuleParser.parse(source).get()
        #expect(expression.description == expected)
        #expect(try RuleParser.parse(expected).get() == expression)
    }

    @Test func equalityIgnoresRanges() throws {
        #expect(try RuleParser.parse("a>=2").get() == RuleParser.parse("  a  >=  2").get())
        #expect(try RuleParser.parse("a >= 2").get() != RuleParser.parse("a > 2").get())
    }
}
