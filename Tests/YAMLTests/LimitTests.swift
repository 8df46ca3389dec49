import Diagnostics
import TestSupport
import Testing
import YAML

@Suite struct LimitTests {
    /// The classic billion laughs: nine levels of nine aliases, a billion strings once expanded.
    static let billionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

        """

    @Test func theBillionLaughsFailsOnTheAliasLimit() throws {
        #expect(Self.billionLaughs.utf8.count < 1024)
        let found = diagnostics(Self.billionLaughs)
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.message.en.hasPrefix("aliases expand to more than 100000 nodes"))
        // Lines b to e expand to 74 718 nodes; the first alias on line f adds 66 430 more.
        #expect(diagnostic.location?.line == 6)
    }

    @Test func aliasesWithinTheLimitExpand() throws {
        var limits = YAMLLimits()
        limits.maxAliasExpansion = 1_000_000
        let root = try #require(parse(Self.billionLaughs.split(separator: "\n").prefix(5).joined(separator: "\n"), limits: limits))
        #expect(root.mapping?["e"]?.sequence?.first?.sequence?.first?.sequence?.count == 9)
    }

    @Test func theAliasLimitCountsCopiedNodes() {
        let text = "a: &a [1, 2]\nb: [*a, *a]\n"  // each alias copies 3 nodes
        #expect(parse(text, limits: YAMLLimits(maxAliasExpansion: 6)) != nil)
        let found = diagnostics(text, limits: YAMLLimits(maxAliasExpansion: 5))
        #expect(found.first?.location == FileLocation(file: testFile, line: 2, column: 9))
    }

    @Test func tenThousandNestedFlowSequencesFailOnDepth() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let diagnostic = try #require(diagnostics(text).first)
        #expect(diagnostic.message.en == "nesting is too deep: more than 200 levels of lists and mappings")
        #expect(diagnostic.location == FileLocation(file: testFile, line: 1, column: 201))
    }

    @Test func tenThousandNestedBlockSequencesFailOnDepth() throws {
        let text = String(repeating: "- ", count: 10_000) + "x\n"
        let diagnostic = try #require(diagnostics(text).first)
        #expect(diagnostic.location == FileLocation(file: testFile, line: 1, column: 401))
    }

    @Test func deepBlockMappingsFailOnDepth() throws {
        let text = (0..<300).map { String(repeating: "  ", count: $0) + "k:\n" }.joined()
        let diagnostic = try #require(diagnostics(text).first)
        #expect(diagnostic.message.en.hasPrefix("nesting is too deep"))
        #expect(diagnostic.location == FileLocation(file: testFile, line: 201, column: 401))
    }

    @Test func nestingUpToTheLimitIsFine() {
        let limits = YAMLLimits(maxDepth: 50)
        #expect(parse(String(repeating: "[", count: 50) + String(repeating: "]", count: 50), limits: limits) != nil)
        #expect(diagnostics(String(repeating: "[", count: 51) + String(repeating: "]", count: 51), limits: limits).count == 1)
    }

    @Test func aliasesCannotNestDeeperThanTheLimit() {
        let limits = YAMLLimits(maxDepth: 3)
        #expect(parse("a: &a [[x]]\n", limits: limits) != nil)
        let input = MarkedText("a: &a [[x]]\nb: [‸*a]\n")
        #expect(diagnostics(input.text, limits: limits).first?.location == input.locations[0])
    }

    @Test func inputLargerThanTheLimitIsRefusedBeforeParsing() {
        let limits = YAMLLimits(maxBytes: 10)
        #expect(parse("a: 1234567", limits: limits) != nil)
        let found = diagnostics("a: 12345678\n: : [", limits: limits)
        #expect(
            found.inEnglish == [
                .error(
                    "file is too large: 17 bytes, more than the limit of 10 bytes",
                    at: FileLocation(file: testFile, line: 1, column: 1))
            ])
    }
}
