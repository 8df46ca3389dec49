import Diagnostics
import Testing
import YAML

@Suite struct LocationTests {
    /// Every node of `node` in document order: a mapping's key before its value.
    private func nodes(_ node: Node) -> [Node] {
        switch node.content {
        case .scalar: [node]
        case .sequence(let items): [node] + items.flatMap(nodes)
        case .mapping(let mapping): [node] + mapping.entries.flatMap { nodes($0.key) + nodes($0.value) }
        }
    }

    /// The root and its first key share a position, hence the double marks.
    static let documents: [String] = [
        "‸‸title: ‸Visie\n‸themes:\n  ‸- ‸‸id: ‸rollen\n    ‸items: ‸[‸a, ‸\"b\"]\n  - ‸{‸id: ‸x}\n",
        "‸‸é: ‸😀x\n‸naïve: ‸[‸👍🏽, ‸ø]\n",
        "‸‸a:\n  ‸- ‸|\n    tekst\n  - ‸'één'\n‸b: ‸~\n",
        "# comment\n\n‸‸lijst:\n‸- ‸1\n- ‸&x []\n- ‸*x\n",
        "‸‸a: ‸1\r\n‸b:\r\n  ‸- ‸x\r\n  - ‸\"y\r\n  z\"\r\n‸c: ‸é\r\n",
    ]

    @Test(arguments: documents)
    func everyNodeHasItsStartLocation(marked: String) throws {
        let input = MarkedText(marked)
        let root = try #require(parse(input.text))
        #expect(nodes(root).map(\.location) == input.locations)
    }

    @Test func columnsCountUnicodeScalarsNotBytesOrCharacters() throws {
        // "👍🏽" is one character of two scalars and eight bytes.
        let root = try #require(parse("é: [👍🏽, x]\n"))
        let items = try #require(root.mapping?["é"]?.sequence)
        #expect(items[0].location == FileLocation(file: testFile, line: 1, column: 5))
        #expect(items[1].location == FileLocation(file: testFile, line: 1, column: 9))
    }

    @Test func aByteOrderMarkIsSkippedAndNotCounted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: é\nb: 2\n".utf8)
        let root = try #require(try YAMLParser.parse(bytes: bytes, file: testFile))
        #expect(root == .mapping([("a", .scalar("é")), ("b", .scalar("2"))]))
        #expect(root.mapping?.entry("a")?.key.location == FileLocation(file: testFile, line: 1, column: 1))
        #expect(root.mapping?["a"]?.location == FileLocation(file: testFile, line: 1, column: 4))
        #expect(try YAMLParser.parse("\u{FEFF}x: 1", file: testFile) == .mapping([("x", .scalar("1"))]))
    }

    @Test func crlfLineEndsWork() throws {
        let root = try #require(parse("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: [1,\r\n  2]\r\n"))
        #expect(
            root
                == .mapping([
                    ("a", .scalar("1")),
                    ("b", .scalar("x\ny\n", style: .literal)),
                    ("c", .sequence([.scalar("1"), .scalar("2")])),
                ]))
        #expect(root.mapping?["c"]?.sequence?[1].location == FileLocation(file: testFile, line: 6, column: 3))
    }

    @Test func theFileNameIsCarried() throws {
        let root = try #require(try YAMLParser.parse("a: 1", file: "questionnaires/w1/1.0.0.yaml"))
        #expect(root.mapping?["a"]?.location.description == "questionnaires/w1/1.0.0.yaml:1:4")
    }
}
