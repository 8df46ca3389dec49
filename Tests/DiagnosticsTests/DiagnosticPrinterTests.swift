import Diagnostics
import TestSupport
import Testing

@Suite struct DiagnosticPrinterTests {
    @Test func printsCompilerStyleWithCaret() {
        let diagnostic = Diagnostic.error(
            "unknown key 'titel' in a theme; did you mean 'title'?",
            at: FileLocation(file: "q.yaml", line: 2, column: 5))
        let printer = DiagnosticPrinter(language: .en, sources: ["q.yaml": "themes:\n  - titel: Visie\n"])
        #expect(
            printer.render(diagnostic) == """
                q.yaml:2:5: error: unknown key 'titel' in a theme; did you mean 'title'?
                 2 |   - titel: Visie
                   |     ^

                """)
    }

    @Test func notesFollowTheirDiagnostic() {
        let diagnostic = Diagnostic.error(
            "duplicate key 'id'", at: FileLocation(file: "a.yaml", line: 3, column: 1),
            notes: [.init("first defined here", at: FileLocation(file: "a.yaml", line: 1, column: 1))])
        let text = DiagnosticPrinter(language: .en).render(diagnostic)
        #expect(text == "a.yaml:3:1: error: duplicate key 'id'\na.yaml:1:1: note: first defined here\n")
    }

    @Test func controlCharactersInMessagesAreShownNotObeyed() {
        let diagnostic = Diagnostic.error("bad \u{1B}[2J value", at: nil)
        #expect(DiagnosticPrinter(language: .en).render(diagnostic) == "error: bad \\u{1B}[2J value\n")
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic.warning("w", at: FileLocation(file: "f", line: 1, column: 1))
        #expect(!DiagnosticPrinter(language: .en, colour: false).render(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticPrinter(language: .en, colour: true).render(diagnostic).contains("\u{1B}["))
    }

    @Test func caretUnderWideCharactersCountsScalars() {
        let diagnostic = Diagnostic.error("x", at: FileLocation(file: "f", line: 1, column: 8))
        let printer = DiagnosticPrinter(language: .en, sources: ["f": "titel: één"])
        #expect(printer.render(diagnostic).hasSuffix(" 1 | titel: één\n   |        ^\n"))
    }

    @Test(
        arguments: [
            ("titel", ["title", "text", "id"], "title"),
            ("questoins", ["questions", "weight"], "questions"),
            ("xyz", ["title", "text"], nil),
            ("Kern", ["kern"], "kern"),
        ] as [(String, [String], String?)])
    func suggestsCloseKeys(word: String, candidates: [String], expected: String?) {
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test func jsonIsDeterministicAndEscaped() {
        let value: JSONValue = .object([("b", 1), ("a", .string("x\"\n<")), ("n", .number(2.5))])
        #expect(value.rendered() == "{\n  \"b\": 1,\n  \"a\": \"x\\\"\\n<\",\n  \"n\": 2.5\n}\n")
    }
}
