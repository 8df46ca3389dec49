import Foundation
import TestSupport
import Testing

/// `waarborg panel` on real files: the example board's brief as committed, exit codes,
/// migration of an earlier self-assessment, the regional comparison and the CSV export.
@Suite struct PanelCommandTests {
    static var questionnaires: [String] { ["--questionnaires", Waarborg.root + "/questionnaires"] }
    /// A board member's answers on waarborg-2 1.1.0 (the example board answers 2.0.0 now), for
    /// the tests that compare with hand-made 1.x files.
    static var bestuurderOn1x: String { Fixtures.path("versions") + "/bestuurder-1.1.0.yaml" }

    /// The example board (a board folder, `docs/track.md`): the answers files of its newest
    /// round, and of the round before as its previous self-assessment.
    static func exampleBoard() -> (now: [String], previous: [String]) {
        let folder = Waarborg.root + "/Examples/regio/bestuur-de-linde"
        func answersFiles(_ folder: String) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.sorted().filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { folder + "/" + $0 }
        }
        return (answersFiles(folder + "/2026/antwoorden"), answersFiles(folder + "/2023/antwoorden"))
    }

    /// The committed brief of the example board, in Markdown and HTML, must be what the
    /// program makes of the example's files now; `WAARBORG_RECORD=1` writes it anew (and
    /// fails, so a recording never passes for a check).
    @Test(arguments: [("markdown", "panelbrief.md"), ("html", "panelbrief.html")])
    func theExampleBoardsBriefIsUpToDate(_ format: String, _ name: String) throws {
        let (now, previous) = Self.exampleBoard()
        try #require(!now.isEmpty, "no answers files in Examples/regio/bestuur-de-linde/2026/antwoorden")
        var arguments = ["panel"] + now.map { String($0.dropFirst(Waarborg.root.count + 1)) } + Self.questionnaires + ["--format", format]
        if !previous.isEmpty { arguments += ["--previous"] + previous.map { String($0.dropFirst(Waarborg.root.count + 1)) } }
        let run = try Waarborg.run(arguments, directory: Waarborg.root)
        #expect(run.status == 0, "\(run.stderr)")
        let path = Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/" + name
        if Golden.recording {
            try run.stdout.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded Examples/regio/bestuur-de-linde/2026/\(name); run again without WAARBORG_RECORD to compare")
            return
        }
        let committed = Waarborg.read(path).split(separator: "\n", omittingEmptySubsequences: false)
        let made = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        if let line = zip(committed, made).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
            ?? (committed.count == made.count ? nil : min(committed.count, made.count))
        {
            Issue.record("Examples/regio/bestuur-de-linde/2026/\(name) is out of date from line \(line + 1); re-record with WAARBORG_RECORD=1")
        }
        #expect(!run.stdout.contains("Karin de Wit"), "a respondent's name is in the brief")
    }

    @Test func anInvalidFileIs65WithLocatedDiagnostics() throws {
        let run = try Waarborg.run(
            ["panel", "Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml", "Examples/broken/schoolleider-met-fouten.yaml"]
                + Self.questionnaires,
            directory: Waarborg.root)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("Examples/broken/schoolleider-met-fouten.yaml:27:38: error: 250 ligt boven het maximum 100"))
    }

    @Test func aMissingFileIs66() throws {
        let run = try Waarborg.run(["panel", "Examples/niet-er.yaml"] + Self.questionnaires, directory: Waarborg.root)
        #expect(run.status == 66)
        #expect(run.stderr.contains("Examples/niet-er.yaml: error: bestand bestaat niet"))
        let folder = try Waarborg.run(
            ["panel", "Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml", "--benchmark", "geen-map"] + Self.questionnaires,
            directory: Waarborg.root)
        #expect(folder.status == 66)
    }

    @Test func anOutFileThatCannotBeCreatedIs73AndOtherwiseIsWritten() throws {
        let bad = try Waarborg.run(
            ["panel", "Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml", "--out", "/geen/map/brief.md", "--format", "markdown"]
                + Self.questionnaires,
            directory: Waarborg.root)
        #expect(bad.status == 73)
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = try Waarborg.run(
            ["panel", "Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml", "--out", folder + "/brief.md", "--format", "markdown"]
                + Self.questionnaires,
            directory: Waarborg.root)
        #expect(good.status == 0)
        #expect(good.stdout.isEmpty)
        #expect(Waarborg.read(folder + "/brief.md").hasPrefix("# Panelbrief Samen Opleiden: Stichting De Linde"))
    }

    @Test func csvOptionsAreOnlyForCSV() throws {
        let run = try Waarborg.run(["panel", "x.yaml", "--delimiter", ";"])
        #expect(run.status == 64)
        let bad = try Waarborg.run(["panel", "x.yaml", "--format", "csv", "--delimiter", "|"])
        #expect(bad.status == 64)
    }

    @Test func csvForDutchExcelWithoutNames() throws {
        let run = try Waarborg.run(
            [
                "panel", "Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml",
                "Examples/regio/bestuur-de-linde/2026/antwoorden/schoolleider.yaml", "--format", "csv",
                "--delimiter", ";", "--bom",
            ] + Self.questionnaires,
            directory: Waarborg.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("\u{FEFF}respondent;organisation;school;role;questionnaire;"))
        #expect(!run.stdout.contains("Karin de Wit"))
        #expect(run.stdout.contains("\r\n2;Stichting De Linde;"))
        let named = try Waarborg.run(
            ["panel", "Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml", "--format", "csv", "--names"] + Self.questionnaires,
            directory: Waarborg.root)
        #expect(named.stdout.hasPrefix("respondent,name,organisation,"))
        #expect(named.stdout.contains("1,Karin de Wit,Stichting De Linde,"))
    }

    @Test func theReportCommandWritesHTMLAndCSVToo() throws {
        let html = try Waarborg.run(
            ["report", "Examples/regio/bestuur-de-linde/2026/antwoorden/schoolleider.yaml", "--format", "html"] + Self.questionnaires,
            directory: Waarborg.root)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        let csv = try Waarborg.run(
            ["report", "Examples/regio/bestuur-de-linde/2026/antwoorden/schoolleider.yaml", "--format", "csv", "--delimiter", "tab"]
                + Self.questionnaires,
            directory: Waarborg.root)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("respondent\torganisation\tschool\trole\t"))
        let wrong = try Waarborg.run(["report", "x.yaml", "--format", "html", "--bom"])
        #expect(wrong.status == 64)
    }

    /// A previous self-assessment on waarborg-2 1.0.0 is carried to 1.1.0: the theme whose
    /// statement was split is not comparable, the others are.
    @Test func previousAnswersAreMigratedAndChangedThemesAreNotComparable() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let earlier = folder + "/eerder.yaml"
        try """
        respondent: {name: "Karin de Wit", role: bestuurder, organisation: "Stichting De Linde"}
        questionnaires:
          - questionnaire: waarborg-2
            version: 1.0.0
            answers:
        \(Self.stageplaatsen(2))
              begeleiding.vaste-begeleider: 2
              begeleiding.gesprekken: 2
              begeleiding.feedback: 2
              begeleiding.schoolopleider: 2
              begeleiding.samen-pabo: 2
              begeleiding.vroeg-signaleren: 2
              begeleiding.leren-met-elkaar: 2
        """.write(toFile: earlier, atomically: true, encoding: .utf8)
        let run = try Waarborg.run(
            ["panel", Self.bestuurderOn1x, "--format", "json"] + Self.questionnaires + ["--previous", earlier],
            directory: Waarborg.root)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(json?["has_previous"] as? Bool == true)
        let parts = json?["questionnaires"] as? [[String: Any]] ?? []
        let two = try #require(parts.first { $0["id"] as? String == "waarborg-2" })
        #expect(two["version"] as? String == "1.1.0")
        let themes = two["themes"] as? [[String: Any]] ?? []
        func change(_ theme: String) -> [String: Any]? {
            themes.first { $0["id"] as? String == theme }?["change"] as? [String: Any]
        }
        #expect(change("begeleiding")?["comparable"] as? Bool == false)
        #expect(change("begeleiding")?["delta"] is NSNull)
        #expect(change("stageplaatsen")?["comparable"] as? Bool == true)
        #expect(change("stageplaatsen")?["before"] as? Double == 2)
        let markdown = try Waarborg.run(
            ["panel", Self.bestuurderOn1x, "--format", "markdown"] + Self.questionnaires + ["--previous", earlier],
            directory: Waarborg.root)
        // The themes table says what the theme scored last time, and that the two cannot be compared.
        let row = markdown.stdout.split(separator: "\n").first { $0.hasPrefix("| Begeleiding van studenten |") }
        #expect(row?.hasSuffix("| 2,00 | *niet vergelijkbaar* |") == true, "\(row ?? "no row")")
    }

    /// Other boards' files under a folder, each board counted once, the board itself and
    /// files that are no answers files left out; shown only from five other boards on, and
    /// never with one board's figure (no lowest or highest).
    @Test func theRegionGroupsFilesByBoardWithoutNamingThem() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/noord", withIntermediateDirectories: true)
        for (path, board, value) in [
            ("noord/a.yaml", "Stichting Noord", 4), ("noord/b.yaml", "Stichting Noord", 2), ("zuid.yaml", "Stichting Zuid", 3),
            ("linde.yaml", "Stichting De Linde", 1),
        ] {
            try """
            respondent: {name: "R", role: schoolleider, organisation: "\(board)"}
            questionnaires:
              - questionnaire: waarborg-2
                version: 1.1.0
                answers:
            \(Self.stageplaatsen(value))
            """.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
        }
        try "entries: []\n".write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)
        let arguments = ["panel", Self.bestuurderOn1x, "--benchmark", folder] + Self.questionnaires
        let run = try Waarborg.run(arguments + ["--format", "json"], directory: Waarborg.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("plan.yaml: warning: geen antwoordbestand"))
        func region(_ stdout: String) throws -> (boards: Int?, region: [String: Any]?) {
            let json = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
            let parts = json?["questionnaires"] as? [[String: Any]] ?? []
            let two = try #require(parts.first { $0["id"] as? String == "waarborg-2" })
            let theme = (two["themes"] as? [[String: Any]])?.first { $0["id"] as? String == "stageplaatsen" }
            return (json?["benchmark_boards"] as? Int, theme?["region"] as? [String: Any])
        }
        // Noord (4 and 2) and Zuid (3): two other boards, De Linde itself left out: too few to show.
        let few = try region(run.stdout)
        #expect(few.boards == 2)
        #expect(few.region == nil)
        let fewMarkdown = try Waarborg.run(arguments + ["--format", "markdown"], directory: Waarborg.root)
        #expect(fewMarkdown.stdout.contains("Niet getoond: 2 besturen meegegeven, een vergelijking vraagt er minstens 5"))

        for (path, board, value) in [("oost.yaml", "Stichting Oost", 2), ("west.yaml", "Stichting West", 4), ("midden.yaml", "Stichting Midden", 3)] {
            try """
            respondent: {name: "R", role: schoolleider, organisation: "\(board)"}
            questionnaires:
              - questionnaire: waarborg-2
                version: 1.1.0
                answers:
            \(Self.stageplaatsen(value))
            """.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
        }
        // Board means 3, 3, 2, 4, 3: five boards, mean 3, and no lowest or highest board.
        let enough = try region(try Waarborg.run(arguments + ["--format", "json"], directory: Waarborg.root).stdout)
        #expect(enough.boards == 5)
        #expect(enough.region?["boards"] as? Int == 5)
        #expect(enough.region?["mean"] as? Double == 3)
        #expect(enough.region?["min"] == nil && enough.region?["max"] == nil)
        let markdown = try Waarborg.run(arguments + ["--format", "markdown"], directory: Waarborg.root)
        for name in ["Noord", "Zuid", "Oost", "West", "Midden"] { #expect(!markdown.stdout.contains("Stichting \(name)")) }
        #expect(markdown.stdout.contains("| Stageplaatsen"))
        #expect(!markdown.stdout.contains("Regio laagste"))
    }

    /// Answers to every scored statement of the theme `stageplaatsen`, all with `value`.
    static func stageplaatsen(_ value: Int) -> String {
        ["voldoende", "kwaliteit", "spreiding", "studiejaren", "planning", "ontvangst"]
            .map { "      stageplaatsen.\($0): \(value)" }.joined(separator: "\n")
    }
}

/// Batch commands read and assess files on several threads; what they print must not
/// depend on how many.
@Suite struct BatchThreadsTests {
    @Test(arguments: [["report", "--format", "json"], ["report", "--format", "csv"], ["panel", "--format", "json"]])
    func outputIsTheSameOnOneThreadAndOnMany(_ command: [String]) throws {
        let (now, _) = PanelCommandTests.exampleBoard()
        // More files than one round of a batch, in a fixed mixed order.
        let files = (0..<70).map { now[($0 * 7) % now.count] }
        let arguments = command + files + PanelCommandTests.questionnaires
        let one = try Waarborg.run(arguments, environment: ["WAARBORG_JOBS": "1"])
        let many = try Waarborg.run(arguments, environment: ["WAARBORG_JOBS": "4"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(many.status == one.status)
        #expect(many.stdout == one.stdout)
        #expect(many.stderr == one.stderr)
        #expect(one.stdout.count > 1000)
    }

    @Test func diagnosticsComeInTheOrderOfTheFiles() throws {
        let folder = try Waarborg.temporaryFolder()
        let (now, _) = PanelCommandTests.exampleBoard()
        var files: [String] = []
        for index in 0..<70 {
            let path = "\(folder)/f\(index).yaml"
            var text = Waarborg.read(now[index % now.count])
            if index % 9 == 4 { text = text.replacingOccurrences(of: "role: ", with: "rol: ") }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        let run = try Waarborg.run(["report"] + files + PanelCommandTests.questionnaires, environment: ["WAARBORG_JOBS": "4"])
        #expect(run.status == 65)
        let named = run.stderr.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: #"/f[0-9]+\.yaml:"#, options: .regularExpression) else { return nil }
            return Int(line[range].dropFirst(2).dropLast(6))
        }
        let expected = (0..<70).filter { $0 % 9 == 4 }
        var order: [Int] = []
        for index in named where order.last != index { order.append(index) }
        #expect(order == expected)
    }
}

/// A folder named to `report` or `panel` stands for the answers files directly in it.
@Suite struct FolderArgumentTests {
    @Test(arguments: ["report", "panel"])
    func aFolderReadsLikeItsFilesInNameOrder(_ command: String) throws {
        let folder = Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/antwoorden"
        let (now, _) = PanelCommandTests.exampleBoard()
        let byFolder = try Waarborg.run([command, folder, "--format", "json"] + PanelCommandTests.questionnaires)
        let byFiles = try Waarborg.run([command] + now + ["--format", "json"] + PanelCommandTests.questionnaires)
        #expect(byFolder.status == 0, "\(byFolder.stderr)")
        #expect(byFolder.stdout == byFiles.stdout)
        #expect(byFolder.stdout.contains("\"respondents\"") || byFolder.stdout.contains("\"reports\""))
    }

    @Test func aFolderOfTheEarlierSelfAssessmentReadsLikeItsFiles() throws {
        let (now, previous) = PanelCommandTests.exampleBoard()
        let folder = Waarborg.root + "/Examples/regio/bestuur-de-linde/2023/antwoorden"
        let byFolder = try Waarborg.run(["panel"] + now + ["--format", "json"] + PanelCommandTests.questionnaires + ["--previous", folder])
        let byFiles = try Waarborg.run(["panel"] + now + ["--format", "json"] + PanelCommandTests.questionnaires + ["--previous"] + previous)
        #expect(byFolder.status == 0, "\(byFolder.stderr)")
        #expect(!previous.isEmpty)
        #expect(byFolder.stdout == byFiles.stdout)
    }

    @Test func aFolderWithoutAnswersFilesIsNoInput() throws {
        let folder = try Waarborg.temporaryFolder()
        let run = try Waarborg.run(["report", folder] + PanelCommandTests.questionnaires)
        #expect(run.status == 66)
        #expect(run.stderr.contains("\(folder): error: de map bevat geen antwoordbestanden"))
    }
}
