import Foundation
import TestSupport
import Testing

/// The project group's commands over board folders: `status`, `regio`, `voortgang` and
/// `verloop`, on regions made in a temporary folder from the example board's files.
@Suite struct RegionCommandTests {
    static var questionnaires: [String] { ["--questionnaires", Waarborg.root + "/questionnaires"] }
    static let example = Waarborg.root + "/Examples/regio/bestuur-de-linde"
    static let respondents = ["bestuurder.yaml", "schoolleider.yaml", "schoolopleider.yaml"]

    /// A board folder in `region` with the example board's 2026 answers in `round`, and
    /// the named files of its 2026 round (`plan.yaml`, `panel-verslag.yaml`).
    @discardableResult
    static func board(
        _ name: String, in region: String, round: Int = 2026, files: [String] = [], boardFile: String? = nil,
        organisation: String? = nil
    ) throws -> String {
        let folder = region + "/" + name
        let answers = folder + "/\(round)/antwoorden"
        try FileManager.default.createDirectory(atPath: answers, withIntermediateDirectories: true)
        for respondent in respondents {
            var text = Waarborg.read(example + "/2026/antwoorden/" + respondent)
            if let organisation { text = text.replacingOccurrences(of: "Stichting De Linde", with: organisation) }
            try text.write(toFile: answers + "/" + respondent, atomically: true, encoding: .utf8)
        }
        for file in files {
            try FileManager.default.copyItem(atPath: example + "/2026/" + file, toPath: folder + "/\(round)/" + file)
        }
        if let boardFile { try boardFile.write(toFile: folder + "/bestuur.yaml", atomically: true, encoding: .utf8) }
        return folder
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func row(_ status: [String: Any], _ folderSuffix: String) -> [String: Any]? {
        (status["boards"] as? [[String: Any]])?.first { ($0["folder"] as? String)?.hasSuffix(folderSuffix) == true }
    }

    @Test func eachBoardsNextStepAndItsTerm() throws {
        let region = try Waarborg.temporaryFolder()
        try Self.board("a-alleen-antwoorden", in: region)
        try Self.board("b-aspirant", in: region, files: ["plan.yaml", "panel-verslag.yaml"], boardFile: "board: Stichting B\nsigned: 2027-02-15\n")
        let c = try Self.board("c-toegetreden", in: region, files: ["panel-verslag.yaml"])
        let verslag = Waarborg.read(c + "/2026/panel-verslag.yaml").replacingOccurrences(of: "advice: aspirant", with: "advice: toetreden")
        try verslag.write(toFile: c + "/2026/panel-verslag.yaml", atomically: true, encoding: .utf8)

        let run = try Waarborg.run(["status", region, "--format", "json", "--today", "2027-03-01"] + Self.questionnaires)
        #expect(run.status == 0, "\(run.stderr)")
        let status = try Self.json(run.stdout)
        let a = try #require(Self.row(status, "a-alleen-antwoorden"))
        #expect(a["next"] as? String == "plan")
        #expect(a["due"] as? String == "2027-02-04", "8 weeks after the self-assessment of 10 December 2026")
        #expect(a["overdue"] as? Bool == true)
        let b = try #require(Self.row(status, "b-aspirant"))
        #expect(b["board"] as? String == "Stichting B")
        #expect(b["advice"] as? String == "aspirant")
        #expect(b["next"] as? String == "toetredingsgesprek")
        #expect(b["due"] as? String == "2028-02-29")
        #expect(b["overdue"] as? Bool == false)
        let steps = try #require(b["steps"] as? [String: [String: Any]])
        #expect(steps["intentieverklaring"]?["date"] as? String == "2027-02-15")
        #expect(steps["panelgesprek"]?["date"] as? String == "2027-01-28")
        #expect(steps["plan"]?["state"] as? String == "started", "the example plan leaves one point out on purpose")
        let c2 = try #require(Self.row(status, "c-toegetreden"))
        #expect((c2["steps"] as? [String: [String: Any]])?["toegetreden"]?["date"] as? String == "2027-01-28")
        #expect((c2["steps"] as? [String: [String: Any]])?["intentieverklaring"]?["state"] as? String == "not_needed")
        #expect(c2["next"] as? String == "evaluatie")
        #expect(c2["due"] as? String == "2027-12-10")

        let terminal = try Waarborg.run(["status", region, "--today", "2027-03-01"] + Self.questionnaires)
        #expect(terminal.stdout.contains("Volgende stap: Plan van aanpak, uiterlijk 4 feb 2027 (te laat)"))
        let csv = try Waarborg.run(["status", region, "--format", "csv", "--delimiter", ";", "--today", "2027-03-01"] + Self.questionnaires)
        #expect(csv.stdout.hasPrefix("board;folder;round;respondents;zelfassessment;"))
        #expect(csv.stdout.contains("2027-02-15"))
    }

    @Test func aBrokenBoardFileIsLocatedAndTheOthersAreStillShown() throws {
        let region = try Waarborg.temporaryFolder()
        try Self.board("goed", in: region)
        try Self.board("kapot", in: region, boardFile: "board: Stichting Kapot\nsigned: 15-02-2027\nsined: 2027-02-15\n")
        let run = try Waarborg.run(["status", region, "--format", "json", "--today", "2027-03-01", "--lang", "en"] + Self.questionnaires)
        #expect(run.status == 65)
        #expect(
            run.stderr.contains(
                region + "/kapot/bestuur.yaml:2:9: error: the day of signing '15-02-2027' must be an ISO date; did you mean 2027-02-15?"))
        #expect(run.stderr.contains(region + "/kapot/bestuur.yaml:3:1: error: unknown key 'sined' in the board file; did you mean 'signed'?"))
        let status = try Self.json(run.stdout)
        #expect((status["boards"] as? [Any])?.count == 2)
    }

    @Test func aFolderWithoutBoardsIsNoInput() throws {
        let region = try Waarborg.temporaryFolder()
        let run = try Waarborg.run(["status", region] + Self.questionnaires)
        #expect(run.status == 66)
        #expect(run.stderr.contains("geen map van een bestuur gevonden"))
        #expect(try Waarborg.run(["regio", region + "/niet-er"] + Self.questionnaires).status == 66)
    }

    @Test func theRegionShowsSpreadsOnlyOverEnoughBoardsAndNamesNone() throws {
        let region = try Waarborg.temporaryFolder()
        let names = ["Stichting Aa", "Stichting Bb", "Stichting Cc", "Stichting Dd"]
        for (index, name) in names.enumerated() { try Self.board("bestuur-\(index)", in: region, organisation: name) }
        let few = try Waarborg.run(["regio", region, "--today", "2027-03-01"] + Self.questionnaires)
        #expect(few.status == 0, "\(few.stderr)")
        #expect(few.stdout.contains("te weinig besturen (4)"))
        #expect(!few.stdout.contains("Verankerd: "))

        try Self.board("bestuur-4", in: region, organisation: "Stichting Ee")
        let enough = try Waarborg.run(["regio", region, "--today", "2027-03-01"] + Self.questionnaires)
        #expect(
            enough.stdout.contains("| Gedeelde visie en beroepsbeeld | 5 | 3,50 | Vraagt aandacht: 0, In ontwikkeling: 0, Verankerd: 5 |"),
            "\(enough.stdout)")
        // Board names only in the track status, never beside a theme or a recurring point.
        let afterStatus = try #require(enough.stdout.components(separatedBy: "## Waarborg 1").last)
        for name in names + ["Stichting Ee"] { #expect(!afterStatus.contains(name)) }
        #expect(enough.stdout.contains("## Terugkerende ontwikkelpunten"))
        #expect(enough.stdout.contains("| Leg taken en verantwoordelijkheden vast | 1 | 5 |"))
        let json = try Self.json(try Waarborg.run(["regio", region, "--format", "json", "--today", "2027-03-01"] + Self.questionnaires).stdout)
        #expect(json["boards"] as? Int == 5)
        let html = try Waarborg.run(["regio", region, "--format", "html", "--today", "2027-03-01"] + Self.questionnaires).stdout
        #expect(html.contains("class=\"bar\" role=\"img\""))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func theProgressReportComparesANewerRound() throws {
        let region = try Waarborg.temporaryFolder()
        let board = try Self.board("bestuur-de-linde", in: region, files: ["plan.yaml", "panel-verslag.yaml"])
        try Self.board("bestuur-de-linde", in: region, round: 2027)
        let run = try Waarborg.run(["voortgang", board, "--today", "2027-09-01"] + Self.questionnaires)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| 1 | Leg taken en verantwoordelijkheden vast | Bestuurder | 2 jul 2027 | open (over de datum) |"))
        #expect(
            run.stdout.contains(
                "| 4 | Leg vast hoe schoolleiders en pabo samen besluiten over opdrachten en beoordeling | Bestuurder | 17 dec 2027 | niet in het plan |"
            ))
        #expect(run.stdout.contains("| Waarborg | Thema | 2026 | 2027 | Verschil |"))
        #expect(run.stdout.contains("| 1 | Gedeelde visie en beroepsbeeld | 3,50 | 3,50 | 0,00 |"))
        let without = try Waarborg.run(["voortgang", try Self.board("geen-verslag", in: region)] + Self.questionnaires)
        #expect(without.status == 65)
        #expect(without.stderr.contains("nog geen compleet verslag"))
    }

    @Test func theYearsSideBySideMarkWhatDoesNotCompare() throws {
        let run = try Waarborg.run(["verloop", Self.example] + Self.questionnaires)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| Thema | 2023 | 2026 |"))
        #expect(run.stdout.contains("| Gedeelde visie en beroepsbeeld | n.v. | 3,50 |"))
        let region = try Waarborg.temporaryFolder()
        let board = try Self.board("b", in: region)
        try Self.board("b", in: region, round: 2027)
        let html = try Waarborg.run(["verloop", board, "--format", "html"] + Self.questionnaires)
        #expect(html.stdout.contains("<svg class=\"trend\""))
        #expect(html.stdout.contains("<polyline"))
    }

    /// A board folder given to `panel` stands for its newest round with the joint view, the
    /// round before as previous, and the round's plan; what a migration drops by design is
    /// one line per answers file and questionnaire, not one per question.
    @Test func thePanelTakesABoardFolder() throws {
        let board = Self.example
        let byFolder = try Waarborg.run(["panel", board, "--format", "json", "--today", "2026-12-21"] + Self.questionnaires)
        let byFiles = try Waarborg.run(
            ["panel"] + Self.respondents.map { board + "/2026/antwoorden/" + $0 } + [board + "/2026/gezamenlijk.yaml"]
                + ["--plan", board + "/2026/plan.yaml", "--format", "json", "--today", "2026-12-21"] + Self.questionnaires
                + ["--previous"] + Self.respondents.map { board + "/2023/antwoorden/" + $0 })
        #expect(byFolder.status == 0, "\(byFolder.stderr)")
        #expect(byFolder.stdout == byFiles.stdout)
        let json = try Self.json(byFolder.stdout)
        #expect(json["has_previous"] as? Bool == true)
        #expect(json["has_consensus"] as? Bool == true)
        let warnings = byFolder.stderr.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings.count <= 12, "\(warnings.count) warning lines")
        #expect(
            byFolder.stderr.contains(
                "2023/antwoorden/bestuurder.yaml: warning: waarborg-1@1.0.0 → 2.0.0: 23 antwoorden vallen weg, zoals de migratie bepaalt (visie.personeelsbeleid, visie.schoolleiders, visie.teams-kennen, …)"
            ))
    }
}
