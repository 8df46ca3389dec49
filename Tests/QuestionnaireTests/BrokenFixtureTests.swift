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
        "show-if-refers-to-broken-question":
            "a show_if naming a question that failed to decode adds 'unknown question' (20:28) though the question is right there",
        "yaml-invalid-utf8":
            "an invalid UTF-8 sequence is reported at its second byte (3:32), not where the bad character starts (3:31)",
        "yaml-unclosed-quote":
            "an unclosed quote that runs on to a later line gives only libyaml's 'did not find expected key' at 6:14; nothing points at the quote on line 3",
    ]

    /// Fixtures that crash the loader; they run in a child process (see `CrashingFixtureTests`).
    static let knownCrashes: [String: String] = [:]
}

/// Loads each broken fixture and compares its diagnostics with the `.expected` file beside it.
///
/// Re-record with `WAARBORG_RECORD=1 swift test --filter BrokenFixtureTests`; the test
/// fails while recording, and fixtures listed as known bugs or crashes are never overwritten.
@Suite struct BrokenFixtureTests {
    static var recording: Bool { Golden.recording }

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
