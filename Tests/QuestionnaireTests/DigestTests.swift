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

    /// A leading `# yaml-language-server:` line is left out of the digest, whatever it says
    /// and however it ends; the same line anywhere else, or any other change, is in it.
    @Test func leadingModelineDoesNotChangeTheDigest() throws {
        func text(title: String) -> String {
            """
            questionnaire: proef
            version: 1.0.0
            title: "\(title)"
            \(Mate.yaml)themes:
              - id: rollen
                title: "Rollen"
                questions:
                  - {id: schoolopleider, text: "Elke school heeft een schoolopleider."}

            """
        }
        let yaml = text(title: "Proefvragenlijst")
        let plain = try loadClean(yaml).source.digest
        #expect(plain == QuestionnaireDigest.digest(Array(yaml.utf8)))
        for modeline in [
            "# yaml-language-server: $schema=../../docs/schema/questionnaire.schema.json\n",
            "# yaml-language-server: $schema=questionnaire.schema.json\r\n",
            "# yaml-language-server:\n",
        ] {
            #expect(try loadClean(modeline + yaml).source.digest == plain, "\(modeline)")
        }
        // Any other change is another file.
        for changed in [
            "# yaml-language-server: $schema=x.json\n# yaml-language-server: $schema=x.json\n" + yaml,
            "#yaml-language-server: $schema=x.json\n" + yaml,
            " # yaml-language-server: $schema=x.json\n" + yaml,
            "# another comment\n" + yaml,
            "\n" + yaml,
            yaml + "# yaml-language-server: $schema=x.json\n",
            text(title: "Proefvragenlijst."),
        ] {
            #expect(try loadClean(changed).source.digest != plain, "\(changed.prefix(40))")
        }
    }

    /// The rule on bytes: only a first line that starts with the prefix is left out, with its
    /// newline; a file that is only that line has the digest of no bytes.
    @Test func modelineIsTheFirstLineOnly() {
        let body = Array("questionnaire: proef\n".utf8)
        let modeline = Array("# yaml-language-server: $schema=a.json\n".utf8)
        #expect(QuestionnaireDigest.digest(modeline + body) == "sha256:" + SHA256.hex(body))
        #expect(QuestionnaireDigest.digest(body) == "sha256:" + SHA256.hex(body))
        #expect(QuestionnaireDigest.digest(modeline) == "sha256:" + SHA256.hex([]))
        #expect(QuestionnaireDigest.digest(Array(modeline.dropLast())) == "sha256:" + SHA256.hex([]))
        #expect(QuestionnaireDigest.digest([]) == "sha256:" + SHA256.hex([]))
        #expect(QuestionnaireDigest.digest(body + modeline) == "sha256:" + SHA256.hex(body + modeline))
    }
}
