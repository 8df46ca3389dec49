import Assessment
import Diagnostics
import FileIO
import Questionnaire
import TestSupport
import Testing

/// `PanelGathering` over the example region (`Examples/regio`, on the shipped questionnaires)
/// and `Fixtures/panel/regio`: a benchmark folder with one good answers file, one with an
/// answer out of its scale, and a `.yaml` file that is no answers file.
@Suite struct PanelGatheringTests {
    let regio = Fixtures.repositoryPath("Examples/regio")
    let broken = Fixtures.path("panel/regio")
    let gathering: PanelGathering

    init() throws {
        gathering = PanelGathering(catalog: try Catalog.directory(Fixtures.repositoryPath("questionnaires")))
    }

    /// The answers files directly in `folder`, as the command passes them.
    func files(_ folder: String) throws -> [String] {
        try FolderWalk(maximumDepth: 0, wanted: FolderWalk.isYAML).files(in: folder)
    }

    @Test func aBoardFolderStandsForItsNewestRoundTheRoundBeforeAndItsPlan() {
        let board = regio + "/bestuur-de-linde"
        let files = PanelGathering.Files(answers: [board])
        #expect(files.answers == [board + "/2026/antwoorden", board + "/2026/gezamenlijk.yaml"])
        #expect(files.previous == [board + "/2023/antwoorden"])
        #expect(files.plan == board + "/2026/plan.yaml")
        // What the options name comes first.
        let named = PanelGathering.Files(answers: [board], previous: ["eerder.yaml"], plan: "ander-plan.yaml")
        #expect(named.answers == files.answers)
        #expect(named.previous == ["eerder.yaml"])
        #expect(named.plan == "ander-plan.yaml")
        // A board with one round, no joint self-assessment and no plan.
        let single = PanelGathering.Files(answers: [regio + "/bestuur-brede-waard"])
        #expect(single.answers == [regio + "/bestuur-brede-waard/2027/antwoorden"])
        #expect(single.previous.isEmpty)
        #expect(single.plan == nil)
    }

    @Test func filesAndFoldersThatAreNoBoardFolderStayAsGiven() {
        let given = [regio + "/bestuur-de-linde/2026/antwoorden", "a.yaml"]
        #expect(PanelGathering.Files(answers: given, previous: ["b.yaml"]) == PanelGathering.Files(answers: given, previous: ["b.yaml"], plan: nil))
        let one = PanelGathering.Files(answers: [regio + "/bestuur-de-linde/2026/antwoorden"])
        #expect(one.answers == [regio + "/bestuur-de-linde/2026/antwoorden"])
        #expect(one.previous.isEmpty && one.plan == nil)
    }

    /// The board's respondents in one aggregate, the joint self-assessment apart, each
    /// respondent seen once in the order of the files, and nothing to tell.
    @Test func theBoardItsRespondentsAndItsJointSelfAssessment() throws {
        let round = regio + "/bestuur-de-linde/2026"
        let answers = try files(round + "/antwoorden") + [round + "/gezamenlijk.yaml"]
        var seen: [String] = []
        var notices: [PanelGathering.Notice] = []
        let outcome = gathering.gather(answers, respondent: { seen.append($0.path) }, notice: { notices.append($0) })
        #expect(notices.isEmpty)
        #expect(!outcome.failed && outcome.missing.isEmpty)
        let board = try #require(outcome.board)
        #expect(board.respondents == 3)
        #expect(board.organisations == ["Stichting De Linde"])
        #expect(board.roles == ["bestuurder": 1, "schoolleider": 1, "schoolopleider": 1])
        #expect(outcome.consensus?.respondent.isConsensus == true)
        #expect(seen == Array(answers.prefix(3)))
        #expect(outcome.previous == nil && outcome.region.isEmpty)
    }

    /// The previous round answered version 1.0.0: it is carried to the board's 2.0.0, and
    /// what does not carry is told per file, as a warning.
    @Test func thePreviousSelfAssessmentIsAlignedToTheBoardsVersions() throws {
        let board = regio + "/bestuur-de-linde"
        let previous = try files(board + "/2023/antwoorden")
        var notices: [PanelGathering.Notice] = []
        let outcome = gathering.gather(try files(board + "/2026/antwoorden"), previous: previous, notice: { notices.append($0) })
        let earlier = try #require(outcome.previous)
        #expect(earlier.respondents == 3)
        #expect(earlier.parts.allSatisfy { $0.questionnaire.version == SemanticVersion(2, 0, 0) })
        #expect(earlier.minimumGroup == outcome.board?.minimumGroup)
        for notice in notices {
            guard case .warning(let path, _) = notice else {
                Issue.record("\(notice)")
                continue
            }
            #expect(previous.contains(path))
        }
    }

    @Test func aPreviousSelfAssessmentOfAnotherBoardIsTold() throws {
        var notices: [PanelGathering.Notice] = []
        let outcome = gathering.gather(
            try files(regio + "/bestuur-de-linde/2026/antwoorden"), previous: try files(regio + "/bestuur-markiezaat/2026/antwoorden"),
            notice: { notices.append($0) })
        #expect(outcome.previous?.organisations == ["Stichting Markiezaat"])
        #expect(notices == [.previousOtherBoard(["Stichting Markiezaat"])])
    }

    /// A region of board folders: each board's newest round, grouped by the board named,
    /// in name order.
    @Test func theRegionIsEveryBoardsNewestRound() throws {
        var notices: [PanelGathering.Notice] = []
        let outcome = gathering.gather(try files(regio + "/bestuur-de-linde/2026/antwoorden"), benchmark: regio, notice: { notices.append($0) })
        #expect(notices.isEmpty)
        #expect(
            outcome.region.map { $0.organisations.sorted() } == [
                ["Stichting Brede Waard"], ["Stichting De Linde"], ["Stichting Kempenland Onderwijs"], ["Stichting Markiezaat"],
                ["Stichting Zuiderwaard"],
            ])
        #expect(outcome.region.map(\.respondents) == [2, 3, 3, 3, 3])
    }

    /// In a benchmark folder, a file that is no answers file is left out with a warning; a
    /// file with errors is told with its diagnostics and fails the panel; the order is that
    /// of the files.
    @Test func aBenchmarkFolderWithProblemsTellsThemInOrder() throws {
        var notices: [PanelGathering.Notice] = []
        let outcome = gathering.gather(try files(regio + "/bestuur-de-linde/2026/antwoorden"), benchmark: broken, notice: { notices.append($0) })
        #expect(outcome.failed)
        #expect(outcome.missing.isEmpty)
        #expect(outcome.region.map(\.respondents) == [1])
        try #require(notices.count == 2)
        guard case .diagnostics(let path, let diagnostics, let source) = notices[0] else {
            Issue.record("\(notices[0])")
            return
        }
        #expect(path == broken + "/kapot.yaml")
        #expect(diagnostics.containsErrors)
        #expect(diagnostics.first?.location?.line == 14)
        #expect(source == (try String(decoding: InputFile.read(path), as: UTF8.self)))
        #expect(
            notices[1]
                == .warning(
                    path: broken + "/lijstje.yaml",
                    Message(
                        nl: "geen antwoordbestand; niet meegenomen in de regionale vergelijking",
                        en: "not an answers file; left out of the regional comparison")))
    }

    @Test func aMissingBenchmarkFolderIsUnreadable() throws {
        var notices: [PanelGathering.Notice] = []
        let folder = broken + "/bestaat-niet"
        let outcome = gathering.gather(try files(regio + "/bestuur-de-linde/2026/antwoorden"), benchmark: folder, notice: { notices.append($0) })
        let error = try #require(outcome.missing.first)
        #expect(error.path == folder)
        #expect(error.message.en == "no such folder of answers files for --benchmark")
        #expect(notices == [.unreadable(error)])
        #expect(outcome.board?.respondents == 3)
    }

    /// A board's file that cannot be read is told and remembered; the others still count.
    @Test func anAnswersFileThatCannotBeReadIsMissing() throws {
        var notices: [PanelGathering.Notice] = []
        let gone = broken + "/weg.yaml"
        let outcome = gathering.gather([broken + "/goed.yaml", gone], notice: { notices.append($0) })
        #expect(outcome.missing.map(\.path) == [gone])
        #expect(notices == outcome.missing.map { .unreadable($0) })
        #expect(outcome.board?.respondents == 1)
        #expect(!outcome.failed)
    }

    /// A board's file with errors fails the panel; no second, quiet pass tells it again.
    @Test func aBoardFileWithErrorsIsToldOnce() throws {
        var notices: [PanelGathering.Notice] = []
        let outcome = gathering.gather([broken + "/goed.yaml", broken + "/kapot.yaml"], notice: { notices.append($0) })
        #expect(outcome.failed)
        #expect(notices.count == 1)
        if case .diagnostics(let path, _, _) = notices.first { #expect(path == broken + "/kapot.yaml") } else { Issue.record("\(notices)") }
    }

    @Test func versionsAreEveryCatalogVersionOfTheQuestionnaires() throws {
        let catalog = gathering.catalog
        let newest = try #require(catalog.newest("waarborg-2"))
        let questionnaire = try #require(try catalog.load(newest).questionnaire)
        #expect(gathering.versions(of: [questionnaire]).map(\.reference) == catalog.versions(of: "waarborg-2").map(\.reference))
    }
}
