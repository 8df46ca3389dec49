import Foundation
import Questionnaire
import TestSupport
import Testing

/// Broken fixtures that crash the loader, each loaded in a child process so the crash
/// fails one test instead of ending the run.
///
/// The crash is a known issue; once it is fixed, `withKnownIssue` fails as a reminder to
/// move the fixture back to `BrokenFixtureTests`, and the diagnostics are compared here.
@Suite struct CrashingFixtureTests {
    @Test(arguments: BrokenFixture.all.filter { BrokenFixture.knownCrashes[$0.name] != nil })
    func loadsWithoutCrashingAndReportsExpectedDiagnostics(_ fixture: BrokenFixture) async throws {
        let path = fixture.yamlPath
        var reported: String?
        await withKnownIssue("known bug: \(BrokenFixture.knownCrashes[fixture.name] ?? "")") {
            let exit = try await #require(processExitsWith: .success, observing: [\.standardOutputContent]) {
                [path = path as String] in
                let result = try QuestionnaireLoader.load(path: path)
                print(DiagnosticText.render(result.diagnostics, file: path), terminator: "")
            }
            reported = String(decoding: exit.standardOutputContent, as: UTF8.self)
        }
        guard let reported else { return }
        let expected = try String(contentsOfFile: fixture.expectedPath, encoding: .utf8)
        #expect(
            reported == expected,
            "diagnostics differ (- expected, + reported):\n\(DiagnosticText.diff(expected: expected, actual: reported))")
    }
}
