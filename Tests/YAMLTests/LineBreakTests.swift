import Diagnostics
import Testing
import YAML

/// NEL, LS and PS are not line breaks for our line numbers (libyaml counts them as
/// breaks): a problem after them is on the line an editor and the printer show.
@Suite struct LineBreakTests {
    static let breaks = ["\u{85}", "\u{2028}", "\u{2029}"]

    @Test(arguments: breaks)
    func anErrorAfterTheCharacterIsOnItsLine(_ character: String) throws {
        let text = "a: \"x\(character)y\"\nb: 'p\(character)q'\nc: 1\nc: 2\n"
        let diagnostic = try #require(diagnostics(text).first)
        #expect(diagnostic.message.en == "duplicate key 'c'")
        #expect(diagnostic.location == FileLocation(file: testFile, line: 4, column: 1))
        let printed = DiagnosticPrinter(language: .en, sources: [testFile: text]).render(diagnostic)
        #expect(printed.hasPrefix("test.yaml:4:1: error: duplicate key 'c'\n 4 | c: 2\n   | ^\n"))
        #expect(printed.contains("test.yaml:3:1: note: 'c' is first defined here\n 3 | c: 1\n"))
    }

    @Test(arguments: breaks)
    func columnsCountTheCharacterAsOne(_ character: String) throws {
        let text = "w: 1\nx: {k: \"a\(character)b\", k: 1}\n"
        let diagnostic = try #require(diagnostics(text).first)
        #expect(diagnostic.message.en == "duplicate key 'k'")
        #expect(diagnostic.location == FileLocation(file: testFile, line: 2, column: 15))
    }

    @Test func libyamlErrorsAfterTheCharactersAreOnTheirLine() throws {
        let text = "a: \"\u{85}\u{2028}\u{2029}\"\nb: [1, 2\n"
        let diagnostic = try #require(diagnostics(text).first)
        #expect(diagnostic.location?.line == 3)
    }

    @Test func crLFAndCRStillEndLines() throws {
        let text = "a: \"\u{85}\"\r\nb: 1\rb: 2\n"
        let diagnostic = try #require(diagnostics(text).first)
        #expect(diagnostic.location == FileLocation(file: testFile, line: 3, column: 1))
    }
}
