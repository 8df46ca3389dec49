import Diagnostics
import Testing
import YAML

/// The node limit: a file of millions of tiny values stops at the value that passes it.
@Suite struct NodeLimitTests {
    @Test func aSequenceStopsAtTheItemThatPassesTheLimit() throws {
        let text = String(repeating: "-\n", count: 100)
        // The sequence is node 1, so the tenth item is node 11.
        #expect(parse(text, limits: YAMLLimits(maxNodes: 101)) != nil)
        let found = diagnostics(text, limits: YAMLLimits(maxNodes: 10))
        let last = try #require(found.last)
        #expect(last.message.en == "the file has more than 10 values (keys, list items and collections); stopped reading here")
        #expect(last.location == FileLocation(file: testFile, line: 10, column: 2))
    }

    @Test func keysAndCollectionsCount() throws {
        let text = "{a: 1, b: [x, y], c: 1}\n"
        // The mapping, a, 1, b, the list, x, y: 7 nodes, then c passes a limit of 7.
        #expect(parse(text, limits: YAMLLimits(maxNodes: 9)) != nil)
        let diagnostic = try #require(diagnostics(text, limits: YAMLLimits(maxNodes: 7)).last)
        #expect(diagnostic.location == FileLocation(file: testFile, line: 1, column: 19))
    }

    @Test func aliasesCountOnce() {
        let text = "a: &a [1, 2, 3]\nb: *a\nc: *a\n"
        // The mapping, a, the list, 1, 2, 3, b, the alias, c, the alias: 10.
        #expect(parse(text, limits: YAMLLimits(maxNodes: 10)) != nil)
        #expect(!diagnostics(text, limits: YAMLLimits(maxNodes: 9)).isEmpty)
    }

    @Test func theEventReaderLeavesALargeDocumentToTheTree() {
        let text = Array(String(repeating: "- x\n", count: 20).utf8)
        let within = YAMLEventReader.read(text, limits: YAMLLimits(maxNodes: 21)) { reader -> Int? in
            var scalars = 0
            while true {
                switch reader.next() {
                case .scalar: scalars += 1
                case .end: return scalars
                case .unsupported: return nil
                default: continue
                }
            }
        }
        #expect(within == 20)
        let past = YAMLEventReader.read(text, limits: YAMLLimits(maxNodes: 20)) { reader -> Bool in
            while true {
                switch reader.next() {
                case .end: return false
                case .unsupported: return true
                default: continue
                }
            }
        }
        #expect(past == true)
    }
}
