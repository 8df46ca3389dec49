import Diagnostics
import TestSupport
import Testing

/// Diagnostics of hostile files stay small: long quoted values are cut, and JSON lists at
/// most as many problems per file as the text printer.
@Suite struct BoundedOutputTests {
    @Test func aLongQuotedValueIsCutAndTheWordsAfterItStay() {
        let value = String(repeating: "x", count: 1_000_000)
        let diagnostic = Diagnostic.error("unknown key '\(value)' in the answers file", at: nil)
        let scalars = diagnostic.message.en.unicodeScalars
        #expect(scalars.count == Diagnostic.maxMessageLength)
        #expect(diagnostic.message.en.hasPrefix("unknown key 'xxx"))
        #expect(diagnostic.message.en.hasSuffix("xxx' in the answers file"))
        #expect(diagnostic.message.en.contains("x…x"))
    }

    @Test func notesAreCutToo() {
        let note = Diagnostic.Note(.verbatim("'" + String(repeating: "é", count: 10_000) + "' is first defined here"))
        #expect(note.message.en.unicodeScalars.count == Diagnostic.maxMessageLength)
        #expect(note.message.en.hasSuffix("é' is first defined here"))
    }

    @Test func shortMessagesStayAsTheyAre() {
        let message = String(repeating: "a", count: Diagnostic.maxMessageLength)
        #expect(Diagnostic.error(.verbatim(message), at: nil).message.en == message)
    }

    @Test func jsonListsAtMostTheLimitPerFileAndCountsTheRest() throws {
        let diagnostics =
            (1...250).map { Diagnostic.error("e\($0)", at: FileLocation(file: "a", line: $0, column: 1)) }
            + (1...3).map { Diagnostic.error("f\($0)", at: FileLocation(file: "b", line: $0, column: 1)) }
        let rendered = diagnostics.json(.en, limitPerFile: 200).rendered()
        #expect(rendered.contains("\"e200\""))
        #expect(!rendered.contains("\"e201\""))
        #expect(rendered.contains("\"f3\""))
        #expect(rendered.contains("\"50 more problems not shown\""))
        #expect(rendered.contains("\"not_shown\": 50") || rendered.contains("\"not_shown\":50"))
    }

    @Test func jsonOfFewDiagnosticsHasNoNote() {
        let diagnostics = [Diagnostic.error("one", at: FileLocation(file: "a", line: 1, column: 1))]
        #expect(!diagnostics.json(.en).rendered().contains("not shown"))
    }
}
