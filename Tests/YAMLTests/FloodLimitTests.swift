import Diagnostics
import Testing
import YAML

/// Limits against inputs that are small but expand: many problems, or much aliased text.
@Suite struct FloodLimitTests {
    @Test func theParseStopsAfterTheDiagnosticLimit() throws {
        let text = String(repeating: "a: 1\n", count: 10_000)
        let found = diagnostics(text, limits: YAMLLimits(maxDiagnostics: 5))
        #expect(found.count == 7)
        #expect(found.prefix(6).allSatisfy { $0.message.en == "duplicate key 'a'" })
        let last = try #require(found.last)
        #expect(last.message.en == "too many problems (6); stopped reading here")
        // It stops at the key that made one too many: the sixth duplicate, on line 7.
        #expect(last.location == FileLocation(file: testFile, line: 7, column: 1))
    }

    @Test func problemsUpToTheLimitAreAllReported() {
        let text = String(repeating: "a: 1\n", count: 6)
        let found = diagnostics(text, limits: YAMLLimits(maxDiagnostics: 5))
        #expect(found.count == 5)
        #expect(found.allSatisfy { $0.message.en == "duplicate key 'a'" })
    }

    @Test func aliasesOfLongTextFailOnTheByteLimit() throws {
        let text = "a: &a " + String(repeating: "x", count: 1_000) + "\nb: [" + Array(repeating: "*a", count: 20).joined(separator: ", ") + "]\n"
        #expect(parse(text, limits: YAMLLimits(maxAliasBytes: 20_000)) != nil)
        let diagnostic = try #require(diagnostics(text, limits: YAMLLimits(maxAliasBytes: 19_999)).first)
        #expect(diagnostic.message.en == "aliases expand to more than 19999 bytes of text; the document is too large when expanded")
        // The twentieth alias, at column 5 + 19 × 4.
        #expect(diagnostic.location == FileLocation(file: testFile, line: 2, column: 81))
    }

    @Test func aliasedCollectionsCountTheTextInside() throws {
        let text = "a: &a [" + String(repeating: "y", count: 600) + ", " + String(repeating: "z", count: 400) + "]\nb: [*a, *a, *a]\n"
        #expect(parse(text, limits: YAMLLimits(maxAliasBytes: 3_000)) != nil)
        let diagnostic = try #require(diagnostics(text, limits: YAMLLimits(maxAliasBytes: 2_999)).first)
        #expect(diagnostic.location == FileLocation(file: testFile, line: 2, column: 13))
    }
}
