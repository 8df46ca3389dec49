import Assessment
import Diagnostics
import FileIO
import Foundation
import TestSupport
import Testing

/// One broken plan in `Fixtures/plan/broken/` and the diagnostics it should give.
struct BrokenPlan: Sendable, CustomTestStringConvertible {
    let name: String

    static let folder = Fixtures.path("plan/broken")
    var yamlPath: String { Self.folder + "/" + name + ".yaml" }
    var expectedPath: String { Self.folder + "/" + name + ".expected" }
    var testDescription: String { name }

    static var all: [BrokenPlan] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { BrokenPlan(name: String($0.dropLast(5))) }
    }
}

/// Reading plans: every problem of a file located, in one run.
///
/// Re-record the `.expected` files with `WAARBORG_RECORD=1 swift test --filter PlanReaderTests`;
/// the test fails while recording.
@Suite struct PlanReaderTests {
    static var recording: Bool { Golden.recording }

    @Test(arguments: BrokenPlan.all)
    func brokenPlansReportEveryProblem(_ fixture: BrokenPlan) throws {
        let bytes = try InputFile.read(fixture.yamlPath)
        let result = PlanReader.read(bytes: bytes, path: fixture.name + ".yaml")
        let actual = planDiagnosticLines(result.diagnostics)
        #expect(result.plan == nil, "a broken plan must not be read")
        if Self.recording {
            try actual.write(toFile: fixture.expectedPath, atomically: true, encoding: .utf8)
            Issue.record("recorded \(fixture.name).expected; run again without WAARBORG_RECORD to check it")
            return
        }
        let expected = try String(contentsOfFile: fixture.expectedPath, encoding: .utf8)
        #expect(actual == expected)
    }

    @Test func theFolderHoldsFixturesWithExpectations() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: BrokenPlan.folder)
        #expect(BrokenPlan.all.count >= 10)
        for fixture in BrokenPlan.all { #expect(files.contains(fixture.name + ".expected"), "no \(fixture.name).expected") }
    }

    static let minimal = """
        board: Stichting Linde
        based_on:
          questionnaires: []
          digest: sha256:\(String(repeating: "0", count: 64))
        entries:
        """

    @Test func aMinimalPlanHasDefaults() throws {
        let result = PlanFixtures.read(Self.minimal + "\n  - {id: a, title: A}\n")
        #expect(result.diagnostics.isEmpty)
        let entry = try #require(result.plan?.entries.first)
        #expect(entry == PlanEntry(id: "a", title: "A", status: .open))
        #expect(result.plan?.basis.answers == [])
        #expect(result.plan?.basis.date == nil)
    }

    @Test func speerpuntIsReadAndAbsentIsNo() throws {
        let result = PlanFixtures.read(
            Self.minimal + "\n  - {id: a, title: A, speerpunt: true}\n  - {id: b, title: B, speerpunt: false}\n"
                + "  - {id: c, title: C}\n  - {id: d, title: D, speerpunt: }\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.plan?.entries.map(\.speerpunt) == [true, false, false, false])
    }

    @Test func emptyFieldsAreNotFilledIn() throws {
        let result = PlanFixtures.read(
            Self.minimal + """

                  - id: a
                    title: A
                    goal: "   "
                    success_criterion: ~
                    actions:
                      - description:
                        owner: ""
                        start:
                        end: null
                        resources:
                    evaluation:
                    status:
                    notes:
                    reason:
                    covers:

                """)
        #expect(result.diagnostics.isEmpty, "\(planDiagnosticLines(result.diagnostics))")
        let entry = try #require(result.plan?.entries.first)
        #expect(entry == PlanEntry(id: "a", title: "A", actions: [PlanAction(description: nil)], status: .open))
    }

    @Test func anEvaluationIsADateOrWords() throws {
        let result = PlanFixtures.read(
            Self.minimal + """

                  - {id: a, title: A, evaluation: 2027-06-30}
                  - {id: b, title: B, evaluation: na de eerste stageperiode}
                  - {id: c, title: C, evaluation: "juni 2027"}

                """)
        let entries = try #require(result.plan?.entries)
        #expect(entries.map(\.evaluation) == [.date(planDate("2027-06-30")), .text("na de eerste stageperiode"), .text("juni 2027")])
    }

    @Test func anActionMayBeOneText() throws {
        let result = PlanFixtures.read(Self.minimal + "\n  - {id: a, title: A, actions: [Bespreek de visie]}\n")
        #expect(result.plan?.entries.first?.actions == [PlanAction(description: "Bespreek de visie")])
    }

    @Test func fieldLocationsPointAtKeysAndValues() throws {
        let result = PlanFixtures.read(Self.minimal + "\n  - id: a\n    title: A\n    goal:\n    status: lopend\n")
        let entry = try #require(result.plan?.entries.first)
        #expect(entry.locations.start?.line == 6)
        #expect(entry.locations.key("goal").map { "\($0.line):\($0.column)" } == "8:5")
        // An empty value points at its key.
        #expect(entry.locations.value("goal").map { "\($0.line):\($0.column)" } == "8:5")
        #expect(entry.locations.value("status").map { "\($0.line):\($0.column)" } == "9:13")
        // A missing field points at the entry.
        #expect(entry.locations.key("evaluation") == entry.locations.start)
        #expect(!entry.locations.has("evaluation"))
    }

    @Test func aFileIsRecognisedAsAPlan() {
        #expect(PlanFixtures.read("entries: []\n").isPlanFile)
        #expect(!PlanFixtures.read("respondent: {name: x}\nquestionnaires: []\n").isPlanFile)
        #expect(!PlanFixtures.read("").isPlanFile)
    }
}
