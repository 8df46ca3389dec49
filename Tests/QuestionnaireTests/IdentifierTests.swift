import Questionnaire
import Testing

/// Ids of questionnaires, themes, questions and roles: lowercase ASCII letters and digits
/// in words joined by single hyphens, starting with a letter.
@Suite struct IdentifierTests {
    @Test(arguments: ["a", "waarborg-1", "visie", "a1-b2-c3", "x9"])
    func accepts(_ text: String) {
        #expect(DecodingContext.isIdentifier(text), "'\(text)'")
    }

    @Test(arguments: [
        "", "1a", "-a", "a-", "a--b", "A", "Visie", "ä", "a_b", "a b", "a.b", "e\u{301}", "a\u{301}b", "waarborg-1 ",
    ])
    func rejects(_ text: String) {
        #expect(!DecodingContext.isIdentifier(text), "'\(text)'")
    }
}
