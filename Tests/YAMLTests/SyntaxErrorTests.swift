import Diagnostics
import Testing
import YAML

@Suite struct SyntaxErrorTests {
    /// Marked input (`‸` at the expected error), and the start of the expected message.
    static let errors: [(String, String)] = [
        ("a:\n‸\tb: 1\n", "a tab character is not allowed here; indent with spaces"),
        ("a: 1\n‸\tb: 2\n", "a tab character is not allowed here; indent with spaces"),
        ("a: \"unclosed\nb: 2\n‸", "found unexpected end of stream while scanning a quoted scalar"),
        ("key: 'it''s\n‸", "found unexpected end of stream while scanning a quoted scalar"),
        ("a:\n  b: 1\n ‸c: 2\n", "did not find expected key while parsing a block mapping"),
        ("a: b‸: c\n", "mapping values are not allowed in this context"),
        ("- a\n‸b: 1\n", "did not find expected '-' indicator while parsing a block collection"),
        ("a: [1, 2\n‸", "did not find expected ',' or ']' while parsing a flow sequence"),
        ("a: ‸@b\n", "found character that cannot start any token while scanning for the next token"),
        ("é: 😀‸: x\n", "mapping values are not allowed in this context"),
    ]

    @Test(arguments: errors)
    func libyamlErrorsHaveExactPositions(marked: String, message: String) throws {
        let input = MarkedText(marked)
        let found = diagnostics(input.text)
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.en.hasPrefix(message), "\(diagnostic.message.en)")
        #expect(diagnostic.location == input.locations.first)
    }

    @Test func anUnclosedQuoteNotesWhereItStarts() throws {
        let diagnostic = try #require(diagnostics("a: 1\nb: \"open\n").first)
        #expect(diagnostic.notes.map(\.message.en) == ["the quoted scalar starts here"])
        #expect(diagnostic.notes.map(\.location) == [FileLocation(file: testFile, line: 2, column: 4)])
    }

    static let badBytes: [([UInt8], String, Int, Int)] = [
        (Array("a: b\n".utf8) + [0xFF], "the file is not valid UTF-8: invalid leading UTF-8 octet 0xFF", 2, 1),
        (Array("a: é".utf8) + [0xC3], "the file is not valid UTF-8: incomplete UTF-8 octet sequence", 1, 5),
        (Array("a: ".utf8) + [0xC3, 0x28], "the file is not valid UTF-8: invalid trailing UTF-8 octet 0x28", 1, 5),
        (Array("a: ".utf8) + [0xED, 0xA0, 0x80], "the file is not valid UTF-8: invalid Unicode character", 1, 4),
        (Array("a: x\0y\n".utf8), "control character U+0000 is not allowed", 1, 5),
        (Array("a: é\u{1B}[31m\n".utf8), "control character U+001B is not allowed", 1, 5),
        ([0xFF, 0xFE, 0x61, 0x00], "the file is not valid UTF-8: invalid leading UTF-8 octet 0xFF", 1, 1),
        ([0xFE, 0xFF, 0x00, 0x61], "the file is not valid UTF-8: invalid leading UTF-8 octet 0xFE", 1, 1),
    ]

    @Test(arguments: badBytes)
    func badBytesAreReportedWhereTheyAre(bytes: [UInt8], message: String, line: Int, column: Int) throws {
        let found = diagnostics(bytes: bytes)
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.message.en.hasPrefix(message), "\(diagnostic.message.en)")
        #expect(diagnostic.location == FileLocation(file: testFile, line: line, column: column))
    }

    @Test func aSecondDocumentIsAnError() throws {
        let input = MarkedText("a: 1\n‸---\nb: 2\n---\nc: 3\n")
        let found = diagnostics(input.text)
        #expect(found.count == 1)
        #expect(found.first?.message.en.hasPrefix("expected a single YAML document") == true)
        #expect(found.first?.location == input.locations.first)
    }

    @Test func oneExplicitDocumentIsFine() {
        #expect(parse("---\na: 1\n...\n") == .mapping([("a", .scalar("1"))]))
        #expect(parse("%YAML 1.2\n---\na: 1\n") == .mapping([("a", .scalar("1"))]))
        #expect(parse("--- hallo\n") == .scalar("hallo"))
    }

    @Test(arguments: ["", "\n", "   \n\n", "# alleen commentaar\n", "\u{FEFF}", "\r\n"])
    func emptyInputIsNoNode(text: String) throws {
        #expect(try YAMLParser.parse(text, file: testFile) == nil)
        #expect(try YAMLParser.parse(bytes: Array(text.utf8), file: testFile) == nil)
    }

    @Test func anEmptyExplicitDocumentIsANullScalar() throws {
        let node = try YAMLParser.parse("---\n", file: testFile)
        #expect(node?.scalar?.isNull == true)
    }

    @Test func errorsAfterCollectedOnesKeepTheEarlierOnes() {
        let found = diagnostics("a: 1\na: 2\nb: [\n")
        #expect(found.map(\.message.en).first == "duplicate key 'a'")
        #expect(found.count == 2)
    }
}
