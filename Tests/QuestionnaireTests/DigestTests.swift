import Questionnaire
import Testing

/// SHA-256 against published test vectors (FIPS 180-2), and the digest a loaded file carries.
@Suite struct DigestTests {
    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        // 56 bytes: the length no longer fits in the first block, so padding takes two.
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(_ message: String, _ expected: String) {
        #expect(SHA256.hex(Array(message.utf8)) == expected)
    }

    /// Lengths around the block boundary pad differently; each digest is 64 hex digits and distinct.
    @Test func paddingBoundariesGiveDistinctDigests() {
        let digests = (54...66).map { SHA256.hex([UInt8](repeating: 0x61, count: $0)) }
        #expect(digests.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        #expect(Set(digests).count == digests.count)
    }

    @Test func loadedQuestionnaireCarriesTheDigestOfItsBytes() throws {
        let yaml = """
            questionnaire: proef
            version: 1.0.0
            title: "Proefvragenlijst"
            \(Mate.yaml)themes:
              - id: rollen
                title: "Rollen"
                questions:
                  - {id: schoolopleider, text: "Elke school heeft een schoolopleider."}

            """
        let bytes = Array(yaml.utf8)
        let questionnaire = try loadClean(yaml)
        #expect(questionnaire.source.path == "proef.yaml")
        #expect(questionnaire.source.digest == "sha256:" + SHA256.hex(bytes))
        // One byte more (a trailing comment) is another file, with another digest.
        let changed = try loadClean(yaml + "#\n")
        #expect(changed.source.digest != questionnaire.source.digest)
    }
}
