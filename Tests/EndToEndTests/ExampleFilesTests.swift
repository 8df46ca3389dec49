import Foundation
import TestSupport
import Testing

/// The outputs committed in `Examples/regio/bestuur-de-linde/2026/` must be what the program makes of
/// the example's files now. `WAARBORG_RECORD=1` writes them anew (and fails while recording).
@Suite struct ExampleFilesTests {
    static let board = "Examples/regio/bestuur-de-linde/2026"
    static let now = ["bestuurder", "schoolleider", "schoolopleider"].map { "\(board)/antwoorden/\($0).yaml" }
    static let previous = ["bestuurder", "schoolleider", "schoolopleider"].map { "Examples/regio/bestuur-de-linde/2023/antwoorden/\($0).yaml" }
    static let plan = "\(board)/plan.yaml"
    static let questionnaires = ["--questionnaires", "questionnaires"]

    /// One committed output: the command that makes it, the file, and the exit status expected.
    struct Output: Sendable, CustomTestStringConvertible {
        var file: String
        var arguments: [String]
        var status: Int32 = 0
        var fromStandardError = false

        var testDescription: String { file }
    }

    static let outputs: [Output] = [
        Output(file: "\(board)/report.md", arguments: ["report"] + now + questionnaires + ["--format", "markdown"]),
        Output(
            file: "\(board)/plan-check.txt",
            arguments: ["plan", "--check", plan] + now + questionnaires + ["--today", "2026-12-21", "--no-color"],
            status: 65, fromStandardError: true),
        Output(file: "\(board)/plan-van-aanpak.md", arguments: ["plan", "--render", plan, "--format", "markdown"] + questionnaires),
        Output(
            file: "\(board)/panelbrief-met-plan.md",
            arguments: ["panel"] + now + questionnaires + ["--plan", plan, "--today", "2026-12-21", "--format", "markdown", "--previous"] + previous),
        Output(
            file: "\(board)/panelbrief-met-plan.html",
            arguments: ["panel"] + now + questionnaires + ["--plan", plan, "--today", "2026-12-21", "--format", "html", "--previous"] + previous),
        // The accession track (docs/track.md), judged on fixed days.
        Output(
            file: "\(board)/voortgang.md",
            arguments: ["voortgang", "Examples/regio/bestuur-de-linde", "--today", "2027-09-01"] + questionnaires),
        Output(
            file: "\(board)/voortgang.html",
            arguments: ["voortgang", "Examples/regio/bestuur-de-linde", "--format", "html", "--today", "2027-09-01"] + questionnaires),
        Output(
            file: "Examples/regio/status.md",
            arguments: ["status", "Examples/regio", "--format", "markdown", "--today", "2027-03-01"] + questionnaires),
        Output(file: "Examples/regio/regio.md", arguments: ["regio", "Examples/regio", "--today", "2027-03-01"] + questionnaires),
        Output(
            file: "Examples/regio/regio.html",
            arguments: ["regio", "Examples/regio", "--format", "html", "--today", "2027-03-01"] + questionnaires),
        Output(file: "Examples/regio/bestuur-markiezaat/verloop.md", arguments: ["verloop", "Examples/regio/bestuur-markiezaat"] + questionnaires),
        Output(
            file: "Examples/regio/bestuur-markiezaat/verloop.html",
            arguments: ["verloop", "Examples/regio/bestuur-markiezaat", "--format", "html"] + questionnaires),
    ]

    @Test(arguments: outputs)
    func committedOutputIsUpToDate(_ output: Output) throws {
        let run = try Waarborg.run(output.arguments, directory: Waarborg.root)
        #expect(run.status == output.status, "\(run.stderr)")
        let made = output.fromStandardError ? run.stderr : run.stdout
        let path = Waarborg.root + "/" + output.file
        if Golden.recording {
            try made.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(output.file); run again without WAARBORG_RECORD to compare")
            return
        }
        let committed = Waarborg.read(path)
        if committed != made {
            let a = committed.split(separator: "\n", omittingEmptySubsequences: false)
            let b = made.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("\(output.file) is out of date from line \(line + 1); re-record with WAARBORG_RECORD=1")
        }
    }

    @Test func theCheckFindsTheDeliberateGapOnly() throws {
        let check = Waarborg.read(Waarborg.root + "/\(Self.board)/plan-check.txt")
        #expect(
            check.contains(
                "error: het plan pakt ontwikkelpunt ‘waarborg-4/behoud-volgen’ niet op (prioriteit hoog): Volg behoud en uitstroom van starters"))
        #expect(check.contains("1 fout(en), 0 waarschuwing(en)"))
        let brief = Waarborg.read(Waarborg.root + "/\(Self.board)/panelbrief-met-plan.md")
        #expect(brief.contains("## Plan van aanpak"))
        #expect(!brief.contains("Karin de Wit"), "a respondent's name is in the brief")
    }
}
