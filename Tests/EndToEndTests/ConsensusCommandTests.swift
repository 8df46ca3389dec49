import Foundation
import TestSupport
import Testing

/// `waarborg consensus` on the example board, in a board folder, and the joint view in the
/// panel brief.
@Suite struct ConsensusCommandTests {
    static var questionnaires: [String] { ["--questionnaires", Waarborg.root + "/questionnaires"] }
    static let respondents = ["bestuurder.yaml", "schoolleider.yaml", "schoolopleider.yaml"]

    /// A board folder with one round: the example board's answers in `2026/antwoorden`.
    static func boardFolder() throws -> String {
        let board = try Waarborg.temporaryFolder() + "/bestuur-de-linde"
        let answers = board + "/2026/antwoorden"
        try FileManager.default.createDirectory(atPath: answers, withIntermediateDirectories: true)
        for name in respondents {
            try FileManager.default.copyItem(
                atPath: Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/antwoorden/" + name, toPath: answers + "/" + name)
        }
        return board
    }

    @Test func aBoardFolderGetsItsDraftInTheRoundAndCheckAcceptsIt() throws {
        let board = try Self.boardFolder()
        let run = try Waarborg.run(["consensus", board] + Self.questionnaires)
        #expect(run.status == 0, "\(run.stderr)")
        let path = board + "/2026/gezamenlijk.yaml"
        let text = Waarborg.read(path)
        #expect(text.contains("kind: consensus"))
        #expect(text.contains("# Open: "))
        #expect(run.stderr.contains("gezamenlijk.yaml: gezamenlijk zelfassessment uit 3 antwoordbestanden"))
        for name in ["Karin de Wit", "Ellen Verhoeven"] { #expect(!text.contains(name), "a respondent's name in the draft") }
        let check = try Waarborg.run(["check", path] + Self.questionnaires)
        #expect(check.status == 0, "\(check.stderr)")
        // A second run keeps the board's file.
        let again = try Waarborg.run(["consensus", board] + Self.questionnaires)
        #expect(again.status == 73)
        #expect(Waarborg.read(path) == text)
    }

    @Test func theBriefShowsTheJointViewWithoutCountingItAsARespondent() throws {
        let board = try Self.boardFolder()
        let joint = board + "/2026/gezamenlijk.yaml"
        #expect(try Waarborg.run(["consensus", board, "-o", joint] + Self.questionnaires).status == 0)
        let answers = Self.respondents.map { board + "/2026/antwoorden/" + $0 }
        let with = try Waarborg.run(["panel"] + answers + [joint, "--format", "json"] + Self.questionnaires)
        let without = try Waarborg.run(["panel"] + answers + ["--format", "json"] + Self.questionnaires)
        #expect(with.status == 0, "\(with.stderr)")
        let brief = try #require(try JSONSerialization.jsonObject(with: Data(with.stdout.utf8)) as? [String: Any])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(without.stdout.utf8)) as? [String: Any])
        #expect(brief["respondents"] as? Int == 3)
        #expect(brief["respondents"] as? Int == plain["respondents"] as? Int)
        let themes = ((brief["questionnaires"] as? [[String: Any]]) ?? []).flatMap { ($0["themes"] as? [[String: Any]]) ?? [] }
        let shown = themes.filter { $0["consensus"] is Double }
        #expect(!shown.isEmpty)
        // Only where the board's own mean may be shown.
        #expect(shown.allSatisfy { $0["score"] is Double })
        let markdown = try Waarborg.run(["panel"] + answers + [joint, "--format", "markdown"] + Self.questionnaires)
        #expect(markdown.stdout.contains("| Gezamenlijk |"))
    }

    @Test func withoutIndividualAnswersThereIsNothingToDraft() throws {
        let folder = try Waarborg.temporaryFolder()
        try "respondent: {name: Bestuur, kind: consensus, organisation: Stichting De Linde}\nquestionnaires: []\n"
            .write(toFile: folder + "/g.yaml", atomically: true, encoding: .utf8)
        let run = try Waarborg.run(["consensus", folder + "/g.yaml"] + Self.questionnaires)
        #expect(run.status == 66)
        #expect(run.stdout.isEmpty)
    }
}
