import Foundation
import Testing

/// `waarborg fill` with its input on a pipe: numbered prompts, one answer per line.
@Suite struct FillPipeTests {
    private func fill(_ file: String, _ input: String, _ extra: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
        try Waarborg.run(["fill", "--questionnaires", Waarborg.questionnaires] + extra + [file], input: input)
    }

    @Test func answersEverythingFromAPipe() throws {
        let file = try Waarborg.temporaryFolder() + "/antwoorden.yaml"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        let input =
            [
                "Anna", "4", "De Linde", "",  // respondent
                "3", "", "Besluit",  // schoolopleider: value, note, evidence
                "x", "2", "In concept",  // a wrong answer first; taakprofiel
                "veertig", "6",  // uren
                "n", "Geen mentoren",  // mentoren: n.v.t. with a note
                "ja",  // netwerk, by key
                "1",  // plan: ja
                "1,3", "",  // onderwerpen
                "Meer tijd",  // wensen
                "s",  // leiding: skipped
                "",  // review: finish
            ].joined(separator: "\n") + "\n"
        let run = try fill(file, input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("[Proef — opleiders · Rollen · vraag 1 van 6 · thema 1 van 2 · ± 3 min]"))
        #expect(run.stderr.contains("  5) Niet van toepassing [n]"))
        #expect(run.stderr.contains("! 'x' is geen antwoord; kies 1 tot en met 5 of n."))
        #expect(run.stderr.contains("! Typ een getal (een getal van 0 tot en met 40)."))
        #expect(run.stderr.contains("Samenvatting van je antwoorden"))
        #expect(!run.stderr.contains("\u{1B}["))
        let saved = Waarborg.read(file)
        #expect(
            saved.contains(
                """
                    answers:
                      rollen.schoolopleider:
                        value: 3
                        evidence: Besluit
                      rollen.taakprofiel:
                        value: 2
                        note: In concept
                      rollen.uren: 6
                      rollen.mentoren:
                        value: "n"
                        note: Geen mentoren
                      rollen.netwerk: ja
                      ontwikkeling.plan: ja
                      ontwikkeling.onderwerpen:
                        - begeleiden
                        - inductie
                      ontwikkeling.wensen: Meer tijd
                    skipped:
                      - ontwikkeling.leiding

                """), "\(saved)")
        let check = try Waarborg.run(["check", "--questionnaires", Waarborg.questionnaires, file])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func theEndOfInputSavesAndSaysSo() throws {
        let file = try Waarborg.temporaryFolder() + "/antwoorden.yaml"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        let run = try fill(file, "Anna\n4\nDe Linde\n\n3\n")
        #expect(run.status == 0)
        #expect(run.stderr.contains("Einde van de invoer. Opgeslagen in \(file): 0 van"))
        #expect(Waarborg.read(file).contains("name: Anna"))
        #expect(!Waarborg.read(file).contains("rollen.schoolopleider"))

        let early = try Waarborg.temporaryFolder() + "/leeg.yaml"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: early).deletingLastPathComponent().path) }
        let none = try fill(early, "Anna")
        #expect(none.status == 0)
        #expect(none.stderr.contains("er is geen bestand geschreven"))
        #expect(!FileManager.default.fileExists(atPath: early))
    }

    @Test func refusesAFileThatIsNotAnAnswersFile() throws {
        let file = try Waarborg.temporaryFolder() + "/boodschappen.yaml"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        try "- melk\n- brood\n".write(toFile: file, atomically: true, encoding: .utf8)
        let run = try fill(file, "Anna\n")
        #expect(run.status == 73)
        #expect(run.stderr.contains("bestaat al en is geen antwoordbestand"))
        #expect(run.stderr.contains("--overwrite"))
        #expect(Waarborg.read(file) == "- melk\n- brood\n")
    }

    @Test func refusesAnAnswersFileWithErrors() throws {
        let file = try Waarborg.temporaryFolder() + "/a.yaml"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        let text =
            "respondent: {name: Anna, role: leraar, organisation: De Linde}\nquestionnaires:\n  - questionnaire: proef\n    version: 1.1.0\n    answers:\n      rollen.mentoren: 7\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try fill(file, "")
        #expect(run.status == 65)
        #expect(run.stderr.contains("a.yaml:6:24: error: ‘7’ is geen optie van ‘rollen.mentoren’"))
        #expect(Waarborg.read(file) == text)
    }

    @Test func refusesToContinueAnotherVersionUnlessAsked() throws {
        let file = try Waarborg.temporaryFolder() + "/a.yaml"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        let first = try fill(file, "Anna\n6\nDe Linde\n\n2\n\nPlan\n", ["--version", "1.0.0"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(Waarborg.read(file).contains("version: 1.0.0"))

        let refused = try fill(file, "")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bevat antwoorden op proef versie 1.0.0, maar deze sessie gebruikt versie 1.1.0"))
        #expect(refused.stderr.contains("--keep-versions"))

        let kept = try fill(file, "q\n", ["--keep-versions"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stderr.contains("Verder met \(file)"))
        #expect(Waarborg.read(file).contains("version: 1.0.0"))
        #expect(Waarborg.read(file).contains("rollen.schoolopleider:\n        value: 2\n        evidence: Plan\n"))
    }

    @Test func usageErrors() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let resume = try fill(folder + "/nieuw.yaml", "", ["--resume"])
        #expect(resume.status == 66)
        let unknown = try fill(folder + "/a.yaml", "", ["--only", "proeff"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("onbekende vragenlijst ‘proeff’; bedoel je ‘proef’?"))
        let version = try fill(folder + "/a.yaml", "", ["--version", "9.0.0"])
        #expect(version.status == 64)
        let folderMissing = try fill(folder + "/geen/map/a.yaml", "")
        #expect(folderMissing.status == 73)
    }

    @Test func speaksEnglish() throws {
        let file = try Waarborg.temporaryFolder() + "/a.yaml"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path) }
        let run = try fill(file, "Ann\n1\nDe Linde\n\nq\n", ["--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("Every school has a school-based educator. (core)"))
        #expect(run.stderr.contains("Saved in \(file): 0 of"))
    }
}
