import Diagnostics
import TestSupport
import Testing

/// Printing diagnostics of hostile files: long lines, many problems, control characters.
@Suite struct HostileTextTests {
    @Test func aLongLineIsCutAroundTheCaret() {
        let line = String(repeating: "a", count: 10_000) + "X" + String(repeating: "b", count: 10_000)
        let diagnostic = Diagnostic.error("here", at: FileLocation(file: "f", line: 2, column: 10_001))
        let text = DiagnosticPrinter(language: .en, sources: ["f": "first\n" + line + "\nlast\n"]).render(diagnostic)
        let width = DiagnosticPrinter.excerptWidth
        #expect(
            text == "f:2:10001: error: here\n"
                + " 2 | …" + String(repeating: "a", count: width / 2) + "X" + String(repeating: "b", count: width / 2 - 1) + "…\n"
                + "   |  " + String(repeating: " ", count: width / 2) + "^\n")
    }

    @Test func theStartOfALongLineHasNoLeadingEllipsis() {
        let line = String(repeating: "é", count: 500)
        let diagnostic = Diagnostic.error("here", at: FileLocation(file: "f", line: 1, column: 3))
        let text = DiagnosticPrinter(language: .en, sources: ["f": line]).render(diagnostic)
        #expect(text == "f:1:3: error: here\n 1 | " + String(repeating: "é", count: DiagnosticPrinter.excerptWidth) + "…\n   |   ^\n")
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func linesEndAtEveryKindOfBreak(_ ending: String) {
        let source = ["one", "two", "three"].joined(separator: ending)
        let diagnostic = Diagnostic.error("x", at: FileLocation(file: "f", line: 3, column: 2))
        #expect(DiagnosticPrinter(language: .en, sources: ["f": source]).render(diagnostic) == "f:3:2: error: x\n 3 | three\n   |  ^\n")
    }

    @Test func theCaretStaysUnderItsCharacterAfterEscapes() {
        let diagnostic = Diagnostic.error("x", at: FileLocation(file: "f", line: 1, column: 4))
        let text = DiagnosticPrinter(language: .en, sources: ["f": "a\u{1B}bc"]).render(diagnostic)
        #expect(text == "f:1:4: error: x\n 1 | a\\u{1B}bc\n   |         ^\n")
    }

    @Test func onlyTheFirstDiagnosticsOfAFileAreShown() {
        var printer = DiagnosticPrinter(language: .en)
        printer.limitPerFile = 2
        let diagnostics =
            (1...5).map { Diagnostic.error("e\($0)", at: FileLocation(file: "a", line: $0, column: 1)) }
            + [Diagnostic.error("other", at: FileLocation(file: "b", line: 1, column: 1))]
        #expect(printer.render(diagnostics) == "a:1:1: error: e1\na:2:1: error: e2\nb:1:1: error: other\na: note: 3 more problems not shown\n")
    }

    @Test func manyDiagnosticsOfALargeFilePrintQuickly() {
        // With a line index built once this is linear; scanning from the start for every
        // diagnostic would take minutes.
        let source = String(repeating: "key: value\n", count: 200_000)
        var printer = DiagnosticPrinter(language: .en, sources: ["f": source])
        printer.limitPerFile = .max
        let diagnostics = stride(from: 1, through: 200_000, by: 10).map {
            Diagnostic.error("x", at: FileLocation(file: "f", line: $0, column: 6))
        }
        #expect(printer.render(diagnostics).count > 20_000 * 20)
    }

    @Test func fileNamesAreShownWithEscapes() {
        let diagnostic = Diagnostic.error("x", at: FileLocation(file: "evil\u{1B}[2J.yaml", line: 1, column: 1))
        #expect(DiagnosticPrinter(language: .en).render(diagnostic) == "evil\\u{1B}[2J.yaml:1:1: error: x\n")
    }

    @Test(arguments: ["\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}", "\u{9B}", "\u{85}", "\u{2028}", "\u{7F}", "\r", "\u{8}"])
    func invisibleControlsAreEscaped(_ control: String) {
        let sanitized = TerminalText.sanitized("a\(control)b")
        #expect(sanitized.unicodeScalars.count > 3)
        #expect(!sanitized.contains(control))
        #expect(sanitized.hasPrefix("a\\u{"))
    }

    @Test func tabsNewlinesAndLettersStay() {
        #expect(TerminalText.sanitized("a\tb\nc é ü 👋 عربي") == "a\tb\nc é ü 👋 عربي")
        #expect(TerminalText.sanitized("a\nb", keepNewlines: false) == "a\\u{A}b")
    }

    @Test func longWordsGetNoSuggestion() {
        let long = String(repeating: "x", count: 10_000)
        #expect(Suggestion.closest(to: long, in: [long + "y"]) == nil)
        #expect(Suggestion.closest(to: "titel", in: [long, "title"]) == "title")
    }
}
