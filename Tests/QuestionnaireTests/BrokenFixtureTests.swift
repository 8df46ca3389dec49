import Diagnostics
import Foundation
import Questionnaire
import TestSupport
import Testing

/// One broken questionnaire in `Fixtures/broken/` and the diagnostics it should give.
struct BrokenFixture: Sendable, CustomTestStringConvertible {
    /// The file name without `.yaml`, such as `unknown-top-level-key`.
    let name: String
    let folder: String

    var yamlPath: String { folder + "/" + name + ".yaml" }
    var expectedPath: String { folder + "/" + name + ".expected" }
    var testDescription: String { name }

    static let folder = Fixtures.path("broken")

    /// Every `.yaml` file in the folder, found when the tests run.
    static var all: [BrokenFixture] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
            .map { BrokenFixture(name: String($0.dropLast(5)), folder: folder) }
    }

    /// Fixtures whose `.expected` says what the loader should report but does not yet.
    ///
    /// Each is checked inside `withKnownIssue`, so the suite passes now and fails once the
    /// loader is fixed, as a reminder to remove the entry.
    static let knownBugs: [String: String] = [
        "show-if-syntax-double-quoted-escape":
            "columns after an escape (\\\") in a double-quoted expression are one short per escape (24:56, not 24:58)",
        "show-if-syntax-single-quoted-escape":
            "columns after a '' escape in a single-quoted expression are one short per escape (24:50, not 24:51)",
        "show-if-syntax-folded":
            "positions in a folded (>) expression ignore the folding: line 2 is reported on line 1 past its end (19:46, not 20:15)",
        "show-if-syntax-block":
            "a more-indented line of a literal (|) expression counts its extra indentation twice (20:51, not 20:49)",
        "show-if-syntax-block-end":
            "an error at the end of a literal (|) expression points past the scalar, at the line after it (21:1, not 20:50)",
        "show-if-syntax-plain-multiline":
            "positions in a plain expression over several lines stay on its first line, past its end (18:88, not 19:50)",
        "levels-gap": "a gap between levels is reported at the start of the list (12:5), not at the level after the gap (14:7)",
        "levels-overlap": "an overlap of levels is reported at the start of the list (12:5), not at the overlapping level (13:7)",
        "sum-levels-gap": "a gap in a theme's own levels is reported at the theme's id (15:9), not at the level after the gap (20:9)",
        "levels-reversed":
            "levels listed from high to low are reported as overlapping ('2.5 is in both', which is false) and the lowest-level check reads the first one as lowest",
        "levels-below-highest-value":
            "no check that the highest level reaches the highest value answers can score (a 1–5 scale under the default levels up to 4)",
        "missing-translation":
            "the count of texts without a translation counts a scale's labels once per question using the scale (4, not 2), and the warning is at 1:1 rather than at such a text",
        "missing-translation-rule-texts":
            "the translation check skips descriptions and rule texts, so a plain Dutch description and development-point title give no warning",
        "safeguard-out-of-range": "safeguard 5 is accepted: the loader allows 1–9, the format says 1–4",
        "rule-bad-when-and-unknown-theme":
            "an unknown rule theme is not reported when the rule's when does not parse, so not every problem shows in one run",
        "number-min-above-max": "min and max are printed as 0.0 and 2000.0, not as written (0 and 2000) like other numbers in messages",
        "show-if-refers-to-broken-question":
            "a show_if naming a question that failed to decode adds 'unknown question' (20:28) though the question is right there",
        "selected-unknown-option":
            "selected(q, \"dokument\") with a key that is not an option of q is accepted; answer(q) == \"…\" is checked, selected is not",
        "duplicate-role-id-after-broken-role":
            "after a role that fails to decode, duplicate role ids are reported one entry too early (6:5 with note 5:5, not 7:5 with note 6:5)",
        "duplicate-level-id-after-broken-level":
            "after a level that fails to decode, duplicate level ids are reported one entry too early (11:7 with note 10:7, not 12:7)",
        "yaml-invalid-utf8":
            "an invalid UTF-8 sequence is reported at its second byte (3:32), not where the bad character starts (3:31)",
        "yaml-unclosed-quote":
            "an unclosed quote that runs on to a later line gives only libyaml's 'did not find expected key' at 6:14; nothing points at the quote on line 3",
    ]

    /// Fixtures that crash the loader; they run in a child process (see `CrashingFixtureTests`).
    static let knownCrashes: [String: String] = [
        "duplicate-question-id": "a duplicate question id traps in ExpressionBinder.checkCycles (Dictionary(uniqueKeysWithValues:))",
    ]
}

/// Loads each broken fixture and compares its diagnostics with the `.expected` file beside it.
///
/// Re-record with `WAARBORG_RECORD=1 swift test --filter BrokenFixtureTests`; the test
/// fails while recording, and fixtures listed as known bugs or crashes are never overwritten.
@Suite struct BrokenFixtureTests {
    static var recording: Bool { ProcessInfo.processInfo.environment["WAARBORG_RECORD"] == "1" }

    @Test(arguments: BrokenFixture.all.filter { BrokenFixture.knownCrashes[$0.name] == nil })
    func reportsExpectedDiagnostics(_ fixture: BrokenFixture) throws {
        let result = try QuestionnaireLoader.load(path: fixture.yamlPath)
        let actual = DiagnosticText.render(result.diagnostics, file: fixture.yamlPath)

        if Self.recording {
            if let bug = BrokenFixture.knownBugs[fixture.name] {
                Issue.record("not recorded: \(fixture.name).expected is kept as it should be (known bug: \(bug))")
                return
            }
            try actual.write(toFile: fixture.expectedPath, atomically: true, encoding: .utf8)
            Issue.record("recorded \(fixture.name).expected; run again without WAARBORG_RECORD to check it")
            return
        }

        // Whatever the diagnostics, a broken file must never produce a questionnaire with errors.
        #expect(result.questionnaire == nil || !result.diagnostics.containsErrors)

        guard let expected = try? String(contentsOfFile: fixture.expectedPath, encoding: .utf8) else {
            Issue.record("missing \(fixture.name).expected; record it with WAARBORG_RECORD=1 and check it by hand")
            return
        }
        if let bug = BrokenFixture.knownBugs[fixture.name] {
            withKnownIssue("known bug: \(bug)") {
                compare(expected: expected, actual: actual, result: result, fixture: fixture)
            }
        } else {
            compare(expected: expected, actual: actual, result: result, fixture: fixture)
        }
    }

    private func compare(
        expected: String, actual: String, result: QuestionnaireLoader.Result, fixture: BrokenFixture,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard expected != actual else { return }
        Issue.record(
            """
            diagnostics of \(fixture.name).yaml differ from \(fixture.name).expected (- expected, + reported):
            \(DiagnosticText.diff(expected: expected, actual: actual))

            reported, in context:
            \(DiagnosticText.inContext(result.diagnostics, source: result.source, file: fixture.yamlPath))
            """,
            sourceLocation: sourceLocation)
    }

    @Test func folderHoldsEnoughFixturesEachWithExpectations() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: BrokenFixture.folder)
        let yaml = Set(files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
        let expected = Set(files.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(9)) })
        #expect(yaml.count >= 30)
        #expect(expected.subtracting(yaml).isEmpty, "an .expected without its .yaml: \(expected.subtracting(yaml).sorted())")
        let listed = Set(BrokenFixture.knownBugs.keys).union(BrokenFixture.knownCrashes.keys)
        #expect(listed.subtracting(yaml).isEmpty, "known bugs for fixtures that do not exist: \(listed.subtracting(yaml).sorted())")
        for name in expected.sorted() {
            let text = try String(contentsOfFile: BrokenFixture.folder + "/" + name + ".expected", encoding: .utf8)
            #expect(!text.isEmpty, "\(name).expected is empty, but every fixture is broken")
        }
        #expect(files.allSatisfy { $0.hasSuffix(".yaml") || $0.hasSuffix(".expected") }, "stray files: \(files.sorted())")
    }

    /// The same bytes give the same diagnostics whether read from disk or passed in.
    @Test func bytesAndPathGiveTheSameDiagnostics() throws {
        let path = BrokenFixture.folder + "/many-problems.yaml"
        let fromDisk = try QuestionnaireLoader.load(path: path)
        let bytes = Array(try #require(FileManager.default.contents(atPath: path)))
        let fromBytes = QuestionnaireLoader.load(bytes: bytes, path: path)
        #expect(fromDisk.diagnostics == fromBytes.diagnostics)
        #expect(fromBytes.source == String(decoding: bytes, as: UTF8.self))
    }
}
