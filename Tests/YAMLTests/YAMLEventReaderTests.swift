import Testing
import YAML

/// The event reader gives a document's content as events, and leaves anything unusual to
/// the tree as `unsupported`.
@Suite struct YAMLEventReaderTests {
    /// The kinds of events in `text` up to and including the first `end` or `unsupported`,
    /// then `extra` more calls, with each scalar's text.
    private func events(_ text: String, extra: Int = 0) -> [String] {
        YAMLEventReader.read(Array(text.utf8)) { reader -> [String] in
            var out: [String] = []
            while true {
                let kind = reader.next()
                out.append(kind == .scalar ? "scalar(\(reader.string))" : "\(kind)")
                if kind == .end || kind == .unsupported { break }
            }
            for _ in 0..<extra { out.append("\(reader.next())") }
            return out
        } ?? ["no reader"]
    }

    @Test func givesTheContentOfOneDocument() {
        #expect(
            events("a: [1, 'two']\nb: {c: ~}\n") == [
                "mappingStart", "scalar(a)", "sequenceStart", "scalar(1)", "scalar(two)", "sequenceEnd",
                "scalar(b)", "mappingStart", "scalar(c)", "scalar(~)", "mappingEnd", "mappingEnd", "end",
            ])
    }

    @Test func keepsGivingTheEndOnceReached() {
        #expect(events("a: 1\n", extra: 3).suffix(4) == ["end", "end", "end", "end"])
        #expect(events("a: [1\n", extra: 2).suffix(3) == ["unsupported", "unsupported", "unsupported"])
    }

    @Test(arguments: ["a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\n---\nb: 2\n", "a: [1\n", "a: 1\na:\n  - : :\n ]"])
    func leavesAnchorsTagsAliasesSecondDocumentsAndErrorsToTheTree(_ text: String) {
        #expect(events(text).last == "unsupported")
    }

    @Test func scalarsSayTheirStyleNullsAndNumbers() {
        let seen = YAMLEventReader.read(Array("[~, '~', '', 2.5, '3', '  ', x]".utf8)) { reader -> [String] in
            var out: [String] = []
            while true {
                let kind = reader.next()
                if kind == .end { break }
                guard kind == .scalar else { continue }
                out.append("\(reader.isNull) \(reader.number.map { "\($0)" } ?? "-") \(reader.isBlank)")
            }
            return out
        }
        #expect(seen == ["true - false", "false - false", "false - true", "false 2.5 false", "false - false", "false - true", "false - false"])
    }

    @Test func emptyInputHasNoReader() {
        #expect(YAMLEventReader.read([]) { _ in 1 } == nil)
        #expect(YAMLEventReader.read([0xEF, 0xBB, 0xBF]) { _ in 1 } == nil)
        #expect(YAMLEventReader.read(Array("a: 1".utf8), limits: YAMLLimits(maxBytes: 2)) { _ in 1 } == nil)
    }

    /// Each scalar of `text` compared with `key` by `isText` and as short keys.
    private func matches(_ text: String, _ key: String) -> [String] {
        YAMLEventReader.read(Array(text.utf8)) { reader -> [String] in
            var out: [String] = []
            while true {
                let kind = reader.next()
                if kind == .end || kind == .unsupported { break }
                guard kind == .scalar else { continue }
                let short = reader.shortKey.map { $0 == ShortKey(key) ? "same" : "other" } ?? "long"
                out.append("\(reader.isText(key)) \(short)")
            }
            return out
        } ?? ["no reader"]
    }

    @Test func scalarsCompareWithTextByteForByte() {
        // Short, eight bytes, nine, a prefix, and past the length compared in place (32).
        #expect(
            matches("[a, ab, evidence, evidence, evidences]", "evidence") == [
                "false other", "false other", "true same", "true same", "false long",
            ])
        let long = String(repeating: "k", count: 40)
        #expect(matches("[\(long), \(long)x, \(long.dropLast())y]", long) == ["true long", "false long", "false long"])
        // An escaped NUL is a byte of its own: "a\0" is not "a".
        #expect(matches("[\"a\\0\", a, 'é']", "a") == ["false other", "true same", "false other"])
        #expect(matches("['é', 'e\u{301}']", "é") == ["true same", "false other"])
    }

    @Test func shortKeysAreAtMostEightBytes() {
        #expect(ShortKey("12345678") != nil)
        #expect(ShortKey("123456789") == nil)
        #expect(ShortKey("") != nil && ShortKey("") != ShortKey("a"))
        #expect(ShortKey("ja") == ShortKey(String("jaa".dropLast())))
        #expect(ShortKey("a") != ShortKey("a\u{0}"))
        #expect(ShortKey("ja") != ShortKey("aj"))
    }
}
