import Diagnostics
import TestSupport
import Testing
import YAML

@Suite struct AnchorTests {
    @Test func anAliasCopiesTheAnchoredNode() throws {
        let input = MarkedText("basis: &b\n  ‸schaal: ‸[1, 2]\nkopie: ‸*b\ngetal: &n 3\nook: *n\n")
        let root = try #require(parse(input.text))
        let copy = try #require(root.mapping?["kopie"])
        #expect(copy == root.mapping?["basis"])
        #expect(root.mapping?["ook"]?.scalar?.int == 3)
        // The copy sits where the alias is; what it contains keeps the anchored locations.
        #expect(copy.location == input.locations[2])
        #expect(copy.mapping?.entry("schaal")?.key.location == input.locations[0])
        #expect(copy.mapping?["schaal"]?.location == input.locations[1])
    }

    @Test func aRedefinedAnchorRefersToTheLatestNode() {
        #expect(parse("- &a 1\n- *a\n- &a 2\n- *a\n") == .sequence([.scalar("1"), .scalar("1"), .scalar("2"), .scalar("2")]))
    }

    @Test func aliasesMayBeKeys() {
        #expect(parse("- &k naam\n- {*k : x}\n")?.sequence?[1].mapping?["naam"] == .scalar("x"))
    }

    @Test func mergeKeysAreNotSpecial() {
        // YAML 1.2 has no merge keys; `<<` is an ordinary key.
        let root = parse("a: &a {x: 1}\nb:\n  <<: *a\n  y: 2\n")
        #expect(root?.mapping?["b"]?.mapping?.keys == ["<<", "y"])
    }

    @Test func anUnknownAliasIsAnErrorAndParsingGoesOn() {
        let input = MarkedText("status: &status open\nx: ‸*stauts\ny: ‸*missing\ny: 1\n")
        let found = diagnostics(input.text)
        #expect(found.count == 3)
        #expect(
            found.first?.inEnglish
                == .error(
                    "unknown alias '*stauts'; no anchor '&stauts' comes before it; did you mean 'status'?",
                    at: input.locations[0]))
        #expect(found.dropFirst().first?.location == input.locations[1])
        #expect(found.last?.message.en == "duplicate key 'y'")
    }

    @Test func anAliasBeforeItsAnchorIsUnknown() {
        #expect(diagnostics("a: *b\nb: &b 1\n").first?.message.en.hasPrefix("unknown alias '*b'") == true)
    }

    @Test func anAliasInsideItsOwnAnchorIsAnError() {
        let input = MarkedText("a: &x [1, ‸*x]\n")
        #expect(diagnostics(input.text).inEnglish == [.error("alias '*x' refers to a node that contains it", at: input.locations[0])])
    }
}
