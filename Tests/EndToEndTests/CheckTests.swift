import Foundation
import Testing

/// `waarborg check` and `waarborg template` on real files.
@Suite struct CheckTests {
    @Test func acceptsTheExampleBoard() throws {
        let files = ["bestuurder", "schoolleider", "schoolopleider"].map { "Examples/regio/bestuur-de-linde/2026/antwoorden/\($0).yaml" }
        let run = try Waarborg.run(["check"] + files, directory: Waarborg.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("3 bestand(en) gecontroleerd: 0 fout(en), 0 waarschuwing(en)."))
    }

    @Test func reportsTheBrokenExampleAsExpected() throws {
        let run = try Waarborg.run(["check", "Examples/broken/schoolleider-met-fouten.yaml"], directory: Waarborg.root)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        let expected = Waarborg.read(Waarborg.root + "/Examples/broken/schoolleider-met-fouten.expected")
        #expect(run.stderr == expected)
    }

    @Test func aMissingFileIs66AndTheOthersAreStillChecked() throws {
        let run = try Waarborg.run(
            ["check", "Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml", "Examples/niet-er.yaml"], directory: Waarborg.root)
        #expect(run.status == 66)
        #expect(run.stderr.contains("Examples/niet-er.yaml:1:1: error: bestand bestaat niet"))
        #expect(run.stderr.contains("Examples/regio/bestuur-de-linde/2026/antwoorden/bestuurder.yaml: waarborg-1@2.0.0: 11 van 11 beantwoord"))
    }

    @Test func reportsAsJSONOnStdout() throws {
        let run = try Waarborg.run(
            ["check", "--format", "json", "Examples/broken/schoolleider-met-fouten.yaml"], directory: Waarborg.root)
        #expect(run.status == 65)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let diagnostics = json?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.count == 10)
        #expect(diagnostics?.first?["line"] as? Int == 6)
    }

    @Test func aFilledInTemplateChecks() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try Waarborg.run(["template", "--questionnaires", Waarborg.questionnaires, "--only", "proef", "--version", "1.0.0"])
        #expect(template.status == 0, "\(template.stderr)")
        #expect(template.stdout.hasPrefix("# Antwoordbestand voor waarborg"))
        #expect(template.stdout.contains("    version: 1.0.0\n"))
        let file = folder + "/ingevuld.yaml"
        let filled = template.stdout
            .replacingOccurrences(of: "  name:\n", with: "  name: Anna\n")
            .replacingOccurrences(of: "  role:\n", with: "  role: leraar\n")
            .replacingOccurrences(of: "  organisation:\n", with: "  organisation: De Linde\n")
            .replacingOccurrences(of: "      rollen.mentoren:\n", with: "      rollen.mentoren: 3\n")
            .replacingOccurrences(of: "      ontwikkeling.plan:\n", with: "      ontwikkeling.plan: nee\n")
        try filled.write(toFile: file, atomically: true, encoding: .utf8)
        let check = try Waarborg.run(["check", "--questionnaires", Waarborg.questionnaires, file])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("proef@1.0.0: 2 van 6 beantwoord"))

        let written = try Waarborg.run(["template", "--questionnaires", Waarborg.questionnaires, "-o", file])
        #expect(written.status == 73)
        let forced = try Waarborg.run(["template", "--questionnaires", Waarborg.questionnaires, "--lang", "en", "-o", file, "--force"])
        #expect(forced.status == 0)
        #expect(Waarborg.read(file).hasPrefix("# Answers file for waarborg"))
    }
}
