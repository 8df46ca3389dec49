import Diagnostics
import TestSupport
import Testing
import YAML

@Suite struct DuplicateKeyTests {
    @Test func everyDuplicateIsReportedWithANoteAtTheFirst() {
        let input = MarkedText("‸a: 1\n‸b: 2\n‸a: 3\nc:\n  ‸d: 4\n  ‸d: 5\n‸b: 6\n")
        let l = input.locations
        let found = diagnostics(input.text)
        #expect(
            found.inEnglish == [
                .error("duplicate key 'a'", at: l[2], notes: [.init("'a' is first defined here", at: l[0])]),
                .error("duplicate key 'd'", at: l[4], notes: [.init("'d' is first defined here", at: l[3])]),
                .error("duplicate key 'b'", at: l[5], notes: [.init("'b' is first defined here", at: l[1])]),
            ])
    }

    @Test func theSameKeyInDifferentMappingsIsFine() {
        #expect(parse("a: {id: 1}\nb: {id: 2}\nlist:\n  - id: 1\n  - id: 1\n")?.mapping?.count == 3)
    }

    @Test func largeMappingsFindDuplicatesToo() {
        let keys = (0..<50).map { "key\($0)" }
        let text = keys.map { "\($0): x\n" }.joined() + "key3: y\nkey42: z\nkey3: w\n"
        let found = diagnostics(text)
        #expect(found.map(\.message.en) == ["duplicate key 'key3'", "duplicate key 'key42'", "duplicate key 'key3'"])
        #expect(found.map { $0.location?.line } == [51, 52, 53])
        #expect(found.map { $0.notes.first?.location?.line } == [4, 43, 4])
    }

    @Test func keysAreComparedByTheirText() {
        // `1` and `"1"` differ in type but a lookup by key text could not tell them apart.
        #expect(diagnostics("1: a\n\"1\": b\n").map(\.message.en) == ["duplicate key '1'"])
        #expect(diagnostics("{x: 1, 'x': 2}").map(\.message.en) == ["duplicate key 'x'"])
        #expect(diagnostics("k: &k x\n*k : 2\nx: 3\n").map(\.message.en) == ["duplicate key 'x'"])
    }

    @Test func complexKeysAreRejected() {
        let input = MarkedText("‸[a, b]: 1\n? ‸{k: v}\n: 2\nok: 3\n")
        let found = diagnostics(input.text)
        #expect(
            found.inEnglish == [
                .error("keys must be scalars, but this key is a list", at: input.locations[0]),
                .error("keys must be scalars, but this key is a mapping", at: input.locations[1]),
            ])
    }
}
