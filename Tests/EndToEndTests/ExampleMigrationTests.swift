import Foundation
import Testing

/// The example board's earlier self-assessment (`Examples/regio/bestuur-de-linde/2023/antwoorden/`) stays on
/// the 1.x questionnaires. It must still carry over to 2.0.0: every file migrates into a
/// temporary folder (never into `Examples/`), every migrated file passes `check`, and the
/// panel brief compares the board with it and says which themes are not comparable.
@Suite struct ExampleMigrationTests {
    static let board = "Examples/regio/bestuur-de-linde"
    static let respondents = ["bestuurder", "schoolleider", "schoolopleider"]
    static var questionnaires: [String] { ["--questionnaires", Waarborg.root + "/questionnaires"] }

    @Test func theEarlierSelfAssessmentMigratesTo2_0_0AndPassesTheCheck() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var migrated: [String] = []
        for respondent in Self.respondents {
            let source = Waarborg.root + "/\(Self.board)/2023/antwoorden/\(respondent).yaml"
            let before = Waarborg.read(source)
            let target = folder + "/\(respondent).yaml"
            let run = try Waarborg.run(["migrate", source, "--to", "2.0.0", "--out", target] + Self.questionnaires, directory: folder)
            #expect(run.status == 0, "\(respondent): \(run.stderr)")
            #expect(Waarborg.read(source) == before, "migrate changed \(respondent)'s earlier answers")
            let text = Waarborg.read(target)
            #expect(text.contains("version: 2.0.0"), "\(respondent): no 2.0.0 in the migrated file")
            #expect(!text.contains("version: 1."), "\(respondent): a questionnaire stayed on 1.x")
            migrated.append(target)
        }
        let check = try Waarborg.run(["check"] + migrated + Self.questionnaires, directory: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("0 fout(en)"), "\(check.stderr)")
        // Nothing was written next to the examples.
        let names = try FileManager.default.contentsOfDirectory(atPath: Waarborg.root + "/\(Self.board)/2023/antwoorden")
        #expect(names.sorted() == Self.respondents.map { "\($0).yaml" })
    }

    @Test func theBriefComparesWithTheEarlierSelfAssessmentAndNamesWhatIsNotComparable() throws {
        let now = Self.respondents.map { "\(Self.board)/2026/antwoorden/\($0).yaml" }
        let previous = Self.respondents.map { "\(Self.board)/2023/antwoorden/\($0).yaml" }
        let run = try Waarborg.run(
            ["panel"] + now + Self.questionnaires + ["--format", "markdown", "--previous"] + previous, directory: Waarborg.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| Thema | Score | Niveau | Resp. | Laagste | Hoogste | Spreiding | Vorige keer | Verschil |"))
        #expect(
            run.stdout.contains(
                "| Samen met de pabo: gedeeld eigenaarschap | 2,67 | In ontwikkeling | 3 | 2,00 | 3,00 | 0,47 | — | *niet vergelijkbaar* |"))
        #expect(run.stdout.contains("Niet vergelijkbaar: de vragenlijst is sinds het vorige zelfassessment op dit thema veranderd"))

        let json = try Waarborg.run(
            ["panel"] + now + Self.questionnaires + ["--format", "json", "--previous"] + previous, directory: Waarborg.root)
        #expect(json.status == 0, "\(json.stderr)")
        let brief = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(brief?["has_previous"] as? Bool == true)
        let parts = brief?["questionnaires"] as? [[String: Any]] ?? []
        #expect(parts.count == 4)
        for part in parts {
            #expect(part["version"] as? String == "2.0.0")
            let changes = (part["themes"] as? [[String: Any]] ?? []).compactMap { $0["change"] as? [String: Any] }
            #expect(!changes.isEmpty, "\(part["id"] ?? "?"): no change against 2023")
            for change in changes where change["comparable"] as? Bool == false {
                #expect(change["delta"] is NSNull)
            }
        }
        let notComparable = parts.flatMap { ($0["themes"] as? [[String: Any]] ?? []) }
            .filter { ($0["change"] as? [String: Any])?["comparable"] as? Bool == false }
            .compactMap { $0["id"] as? String }
        #expect(notComparable.contains("samen-met-pabo"))
    }
}
