import Testing
import YAML

@Suite struct CoreSchemaTests {
    static let plainScalars: [(String, Scalar.Value)] = [
        // null
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("nULL", .string("nULL")), ("NuLL", .string("NuLL")), ("nul", .string("nul")), ("~~", .string("~~")),
        // bool: only true and false, in three spellings
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("tRUE", .string("tRUE")), ("TrUe", .string("TrUe")), ("truex", .string("truex")),
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("ja", .string("ja")), ("nee", .string("nee")), ("n", .string("n")), ("y", .string("y")),
        ("Y", .string("Y")), ("N", .string("N")),
        // int
        ("0", .int(0)), ("42", .int(42)), ("-17", .int(-17)), ("+5", .int(5)), ("007", .int(7)), ("-0", .int(0)),
        ("0o17", .int(15)), ("0x1F", .int(31)), ("0xff", .int(255)), ("0o0", .int(0)),
        ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
        ("9223372036854775808", .float(9_223_372_036_854_775_808)),
        ("-100000000000000000000", .float(-1e20)),
        ("0x10000000000000000", .string("0x10000000000000000")),
        ("0o8", .string("0o8")), ("0xg", .string("0xg")), ("0x", .string("0x")), ("0o", .string("0o")),
        ("0b101", .string("0b101")), ("1_000", .string("1_000")), ("+0x1", .string("+0x1")),
        ("-0o7", .string("-0o7")), ("0X1F", .string("0X1F")), ("12:30", .string("12:30")),
        // float
        ("1.5", .float(1.5)), ("-1.5", .float(-1.5)), ("+1.5", .float(1.5)), (".5", .float(0.5)),
        ("1.", .float(1)), ("1e3", .float(1000)), ("1E-3", .float(0.001)), ("-.5e+2", .float(-50)),
        ("1.0", .float(1)), ("0.25", .float(0.25)), ("1e400", .float(.infinity)),
        (".inf", .float(.infinity)), (".Inf", .float(.infinity)), (".INF", .float(.infinity)),
        ("-.inf", .float(-.infinity)), ("+.inf", .float(.infinity)), ("-.Inf", .float(-.infinity)),
        (".iNf", .string(".iNf")), (".Nan", .string(".Nan")), (".nAn", .string(".nAn")), (".", .string(".")), ("-.", .string("-.")),
        ("+", .string("+")),
        ("1e", .string("1e")), ("e3", .string("e3")), ("1.5x", .string("1.5x")),
        ("1e+", .string("1e+")), (".e3", .string(".e3")), ("inf", .string("inf")), ("nan", .string("nan")),
        ("1,5", .string("1,5")),
        // strings that look like something else
        ("1.0.0", .string("1.0.0")), ("2026-01-01", .string("2026-01-01")), ("v1", .string("v1")),
        ("0.1.2-beta", .string("0.1.2-beta")), ("abc", .string("abc")), ("één", .string("één")),
    ]

    @Test(arguments: plainScalars)
    func plainScalarsResolveUnderTheCoreSchema(text: String, expected: Scalar.Value) {
        #expect(Scalar(text).value == expected)
        let parsed = value(of: text)
        #expect(parsed?.value == expected)
        #expect(parsed?.text == text)
        #expect(parsed?.style == .plain)
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(text: String) throws {
        let parsed = try #require(value(of: text))
        guard case .float(let d) = parsed.value else {
            Issue.record("expected a float, got \(parsed.value)")
            return
        }
        #expect(d.isNaN)
        #expect(parsed == Scalar(text), "a NaN scalar equals itself")
        #expect(value(of: "-.nan")?.value == .string("-.nan"))
    }

    @Test func anEmptyPlainScalarIsNull() throws {
        let node = try #require(parse("a:\nb: \nc: ''\n"))
        #expect(node.mapping?["a"]?.scalar?.isNull == true)
        #expect(node.mapping?["a"]?.scalar?.text == "")
        #expect(node.mapping?["b"]?.scalar?.isNull == true)
        #expect(node.mapping?["c"]?.scalar?.value == .string(""))
        #expect(parse("- \n- x\n")?.sequence?.first?.scalar?.isNull == true)
    }

    static let quoted: [(String, String, Scalar.Style)] = [
        ("\"1\"", "1", .doubleQuoted), ("'true'", "true", .singleQuoted), ("\"null\"", "null", .doubleQuoted),
        ("'~'", "~", .singleQuoted), ("\"\"", "", .doubleQuoted), ("''", "", .singleQuoted),
        ("\"1.5\"", "1.5", .doubleQuoted), ("\".inf\"", ".inf", .doubleQuoted), ("'0x1F'", "0x1F", .singleQuoted),
        ("|\n  42\n", "42\n", .literal), ("|-\n  42\n", "42", .literal), (">-\n  true\n", "true", .folded),
        (">\n  a\n  b\n", "a b\n", .folded),
    ]

    @Test(arguments: quoted)
    func quotedAndBlockScalarsAreAlwaysStrings(yaml: String, text: String, style: Scalar.Style) {
        let parsed = value(of: yaml)
        #expect(parsed?.value == .string(text))
        #expect(parsed?.style == style)
        #expect(Scalar(text, style: style).value == .string(text))
    }

    static let tagged: [(String, Scalar.Value, String)] = [
        ("!!str 12", .string("12"), "!!str"), ("!!str true", .string("true"), "!!str"),
        ("!!int \"12\"", .int(12), "!!int"), ("!!int 0x10", .int(16), "!!int"),
        ("!!float 1", .float(1), "!!float"), ("!!float '2.5'", .float(2.5), "!!float"),
        ("!!bool \"true\"", .bool(true), "!!bool"), ("!!null ''", .null, "!!null"), ("!!null ~", .null, "!!null"),
        ("! 12", .string("12"), "!"), ("!<tag:yaml.org,2002:str> 5", .string("5"), "!!str"),
    ]

    @Test(arguments: tagged)
    func explicitTagsDecideTheType(yaml: String, expected: Scalar.Value, tag: String) {
        let parsed = value(of: yaml)
        #expect(parsed?.value == expected)
        #expect(parsed?.tag == tag)
    }

    static let badTags: [(String, String)] = [
        ("v: !!int abc", "'abc' is not a valid !!int"),
        ("v: !!int 1.5", "'1.5' is not a valid !!int"),
        ("v: !!bool yes", "'yes' is not a valid !!bool"),
        ("v: !!null x", "'x' is not a valid !!null"),
        ("v: !!float one", "'one' is not a valid !!float"),
        ("v: !!binary aGk=", "unsupported tag '!!binary'"),
        ("v: !local x", "unsupported tag '!local'"),
        ("v: !!str [a]", "unsupported tag '!!str'"),
        ("v: !!seq {a: 1}", "unsupported tag '!!seq'"),
    ]

    @Test(arguments: badTags)
    func badTagsAreReported(yaml: String, message: String) {
        let found = diagnostics(yaml)
        #expect(found.count == 1)
        #expect(found.first?.message.en.hasPrefix(message) == true, "\(found)")
        #expect(found.first?.location?.column == 4)
    }

    @Test func collectionTagsThatMatchAreAccepted() {
        #expect(parse("a: !!map {k: v}\nb: !!seq [1]\nc: ! [2]\n")?.mapping?.count == 3)
    }

    @Test func theValueFollowsChangesToTextStyleAndTag() {
        var scalar = Scalar("3")
        #expect(scalar.int == 3)
        #expect(scalar.number == 3)
        scalar.style = .doubleQuoted
        #expect(scalar.value == .string("3"))
        scalar.style = .plain
        scalar.text = "true"
        #expect(scalar.bool == true)
        scalar.tag = "!!str"
        #expect(scalar.value == .string("true"))
        #expect(scalar.bool == nil)
        #expect(Scalar("~").isNull)
        #expect(Scalar("2.5").number == 2.5)
        #expect(Scalar("2.5").int == nil)
        #expect(Scalar("ja").string == "ja")
    }

    @Test func equalityComparesTextAndValueNotStyle() {
        #expect(Scalar("a") == Scalar("a", style: .doubleQuoted))
        #expect(Scalar("1") != Scalar("1", style: .doubleQuoted))
        #expect(Scalar("1") != Scalar("01"))
        #expect(Node.scalar("x") == Node(.scalar(Scalar("x")), at: .init(file: "f", line: 3, column: 4)))
    }
}
