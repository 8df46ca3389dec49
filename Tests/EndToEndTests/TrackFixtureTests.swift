import Foundation
import TestSupport
import Testing

/// Broken files of the accession track, as real files beside their expected diagnostics
/// (`Fixtures/track/*.expected`): every problem located, all at once, exit 65.
/// `WAARBORG_RECORD=1` writes the expected files anew (and fails while recording).
@Suite struct TrackFixtureTests {
    static var folder: String { Fixtures.path("track") }

    struct Case: Sendable, CustomTestStringConvertible {
        var expected: String
        var arguments: [String]
        var testDescription: String { expected }
    }

    static let cases: [Case] = [
        Case(expected: "verslag-met-fouten.expected", arguments: ["verslag", "--check", "verslag-met-fouten.yaml"]),
        Case(expected: "verslag-onvolledig.expected", arguments: ["verslag", "--check", "verslag-onvolledig.yaml"]),
        Case(expected: "bestuur-met-fouten.expected", arguments: ["status", "bestuur-met-fouten", "--today", "2027-03-01"]),
        Case(
            expected: "sjabloon-met-fouten.expected",
            arguments: [
                "intentieverklaring", Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/panel-verslag.yaml", "--template",
                "sjabloon-met-fouten.md",
            ]),
    ]

    @Test(arguments: cases)
    func problemsAreLocatedAllAtOnce(_ test: Case) throws {
        let run = try Waarborg.run(test.arguments + ["--no-color", "--questionnaires", Waarborg.root + "/questionnaires"], directory: Self.folder)
        #expect(run.status == 65, "\(run.stderr)")
        let path = Self.folder + "/" + test.expected
        if Golden.recording {
            try run.stderr.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(test.expected); run again without WAARBORG_RECORD to compare")
            return
        }
        #expect(run.stderr == Waarborg.read(path), "\(test.expected) differs; re-record with WAARBORG_RECORD=1 and read the diff")
    }
}
