import Diagnostics
import Testing

/// Diagnostics of hostile files stay small: long quoted values are cut, and JSON lists at
/// most as many problems per file as the text printer.
@Suite struct BoundedOutputTests {
    @Test func aLongQuotedValueIsCutAndTheWordsAfterItStay() {
        let value = String(repeating: "x", count: 1_000_000)
        let diagnostic = Diagnostic.error("unknown key '\(value)' in the answers file", at: nil)
        let scalars = diagnostic.message.unicodeScalars
        #expect(scalars.count == Diagnostic.maxMessageLength)
        #expect(diagnostic.message.hasPrefix("unknown key 'xxx"))
        #expect(diagnostic.message.hasSuffix("xxx' in the answers file"))
        #expect(diagnostic.message.contains("x…x"))
    }

    @Test func notesAreCutToo() {
        let note = Diagnostic.Note("'" + String(repeating: "é", count: 10_000) + "' is first defined here")
        #expect(note.message.unicodeScalars.count == Diagnostic.maxMessageLength)
        #expect(note.message.hasSuffix("é' is first defined here"))
    }

    @Test func shortMessagesStayAsTheyAre() {
        let message = String(repeating: "a", count: Diagnostic.maxMessageLength)
        #expect(Diagnostic.error(message, at: nil).message == message)
    }

    @Test func jsonListsAtMostTheLimitPerFileAndCountsTheRest() throws {
        let diagnostics = (1...250).map { Diagnostic.error("e\($0)", at: FileLocation(file: "a", line: $0, column: 1)) }
            + (1...3).map { Diagnostic.error("f\($0)", at: FileLocation(file: "b", line: $0, column: 1)) }
        let rendered = diagnostics.json(limitPerFile: 200).rendered()
        #expect(rendered.contains("\"e200\""))
        #expect(!rendered.contains("\"e201\""))
        #expect(rendered.contains("\"f3\""))
        #expect(rendered.contains("\"50 more problems not shown\""))
        #expect(rendered.contains("\"not_shown\": 50") || rendered.contains("\"not_shown\":50"))
    }

    @Test func jsonOfFewDiagnosticsHasNoNote() {
        let diagnostics = [Diagnostic.error("one", at: FileLocation(file: "a", line: 1, column: 1))]
        #expect(!diagnostics.json().rendered().contains("not shown"))
    }
}
