import Questionnaire
import Testing

@Suite struct SemanticVersionTests {
    @Test(arguments: [
        ("1.0.0", SemanticVersion(1, 0, 0)),
        ("0.0.0", SemanticVersion(0, 0, 0)),
        ("0.9.12", SemanticVersion(0, 9, 12)),
        ("10.20.30", SemanticVersion(10, 20, 30)),
        ("999999999.0.1", SemanticVersion(999_999_999, 0, 1)),
    ])
    func parses(_ text: String, _ expected: SemanticVersion) throws {
        let version = try #require(SemanticVersion(text))
        #expect(version == expected)
        #expect(version.description == text)
    }

    @Test(arguments: [
        "", "1", "1.0", "1.0.0.0", "v1.0.0", "1.0.0-beta", "1.0.0+build", " 1.0.0", "1.0.0 ",
        "01.0.0", "1.00.0", "1.0.01", "1..0", ".1.0", "1.0.", "-1.0.0", "+1.0.0", "1.a.0",
        "1,0,0", "١.0.0", "1234567890.0.0", "1.0.0\u{301}", "1.0.0\n",
    ])
    func rejects(_ text: String) {
        #expect(SemanticVersion(text) == nil, "'\(text)' should not parse")
    }

    /// Each version is older than the next, comparing major, minor and patch as numbers.
    @Test func ordersByNumberNotText() throws {
        let ordered = ["0.0.1", "0.1.0", "0.9.9", "1.0.0", "1.0.1", "1.2.0", "1.9.0", "1.10.0", "2.0.0", "10.0.0"]
        let versions = try ordered.map { try #require(SemanticVersion($0)) }
        for (older, newer) in zip(versions, versions.dropFirst()) {
            #expect(older < newer, "\(older) < \(newer)")
            #expect(!(newer < older))
            #expect(older != newer)
        }
        #expect(versions.shuffled().sorted() == versions)
        #expect(SemanticVersion("1.2.3") == SemanticVersion(1, 2, 3))
    }
}
