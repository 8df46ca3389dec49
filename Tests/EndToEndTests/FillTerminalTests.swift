import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `waarborg fill` driven through a real pseudo-terminal, key by key, as a person would.
@Suite(.serialized) struct FillTerminalTests {
    typealias Keys = PseudoTerminal.Keys

    private func start(_ file: String, _ extra: [String] = []) throws -> PseudoTerminal {
        try PseudoTerminal(
            ["fill", "--questionnaires", Waarborg.questionnaires, file] + extra, environment: Waarborg.environment())
    }

    @Test func aJointSelfAssessmentIsContinuedWithoutARole() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/gezamenlijk.yaml"
        try """
        respondent:
          name: Bestuur De Linde
          kind: consensus
          organisation: Stichting De Linde
        questionnaires:
          - questionnaire: proef
            version: 1.1.0
            answers:
              rollen.schoolopleider: {value: 1, evidence: Formatieplan}
              # Open: evenveel respondenten gaven verschillende antwoorden: 1× 3 (Grotendeels), 1× 2 (In ontwikkeling).
              rollen.mentoren:

        """.write(toFile: file, atomically: true, encoding: .utf8)
        let terminal = try start(file)
        terminal.expect("Alle mentoren zijn geschoold.")
        terminal.send("3")
        terminal.expect("Toelichting (optioneel")
        terminal.send(Keys.enter)
        terminal.expect("Neemt het bestuur deel aan het netwerk?")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        let saved = Waarborg.read(file)
        #expect(saved.contains("kind: consensus"))
        #expect(!saved.contains("role:"))
        #expect(saved.contains("rollen.mentoren: 3"))
        let check = try Waarborg.run(["check", "--questionnaires", Waarborg.questionnaires, file])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func answersStopsResumesAndFinishes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"

        // Who is answering.
        var terminal = try start(file)
        terminal.expect("Wie vult de vragenlijst in?")
        terminal.expect("Je naam:")
        terminal.send("Anna Jansen" + Keys.enter)
        terminal.expect("Je rol")
        terminal.send(Keys.down + Keys.down + Keys.down + Keys.down + Keys.up + Keys.down + Keys.enter)
        terminal.expect("Het bestuur waarvoor je antwoordt:")
        terminal.send("Stichting De Linde" + Keys.enter)
        terminal.expect("Je school")
        terminal.send(Keys.enter)

        // The first question: help, a number key, a note with an accent, the evidence.
        terminal.expect("Elke school heeft een schoolopleider.  [kern]")
        terminal.expect("Proef — opleiders · Rollen\n")
        terminal.expect("░░  vraag 1 van 6 · thema 1 van 2 · ± 3 min")
        terminal.send("?")
        terminal.expect("Hulp: Denk aan een aanstelling met uren.")
        terminal.send("3")
        terminal.expect("Gekozen: 3 (Grotendeels)")
        terminal.expect("Toelichting (optioneel, Enter om over te slaan):")
        terminal.send("Eén per clustet" + Keys.backspace + "r" + Keys.enter)
        terminal.expect("Onderbouwing")
        terminal.send(Keys.enter)
        terminal.expect("Bij deze vraag is een onderbouwing nodig.")
        terminal.send("Formatieplan 2025" + Keys.enter)

        // A question shown because of that answer, chosen with the arrow keys.
        terminal.expect("Er is een taakprofiel voor de schoolopleider.")
        terminal.expect("vraag 2 van 8")
        terminal.send(Keys.down + Keys.down + Keys.down + Keys.up + Keys.enter)
        terminal.expect("Toelichting (verplicht):")
        terminal.send("In concept" + Keys.enter)
        terminal.expect("Hoeveel uur per week heeft de schoolopleider?")
        terminal.send("6" + Keys.enter)

        // Back, change the number, and stop.
        terminal.expect("Alle mentoren zijn geschoold.")
        terminal.send("b")
        terminal.expect("Hoeveel uur per week heeft de schoolopleider?")
        terminal.expect("› 6")
        terminal.send(Keys.backspace + "8" + Keys.enter)
        terminal.expect("Alle mentoren zijn geschoold.")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        #expect(Screen.text(terminal.transcript).contains("Opgeslagen in \(file): 3 van 8 vragen beantwoord."))

        var saved = Waarborg.read(file)
        #expect(
            saved.contains(
                """
                      rollen.schoolopleider:
                        value: 3
                        note: Eén per cluster
                        evidence: Formatieplan 2025
                      rollen.taakprofiel:
                        value: 2
                        note: In concept
                      rollen.uren: 8

                """))
        #expect(saved.contains("role: schoolopleider"))
        #expect(!saved.contains("mentoren"))

        // Resume: the first open question comes first; finish through the review.
        terminal = try start(file)
        terminal.expect("Alle mentoren zijn geschoold.")
        terminal.send("n")
        terminal.expect("Toelichting (optioneel")
        terminal.send(Keys.enter)
        terminal.expect("Neemt het bestuur deel aan het netwerk?")
        terminal.send("2")
        terminal.expect("Er is een professionaliseringsplan.")
        terminal.send("1")
        terminal.expect("Welke onderwerpen staan in het plan?")
        terminal.send(Keys.down + " 3")
        terminal.expect("[x] Inductie")
        terminal.send(Keys.enter)
        terminal.expect("Toelichting (optioneel")
        terminal.send(Keys.enter)
        terminal.expect("Wat wil je nog kwijt?")
        terminal.send("Meer tijd voor intervisie" + Keys.enter)
        terminal.expect("De schoolleiding steunt de schoolopleider.  [optioneel]")
        terminal.send("s")
        terminal.expect("Nog even nalopen")
        terminal.expect("De schoolleiding steunt de schoolopleider.")
        terminal.expect("overgeslagen")
        terminal.expect("›  2  Afronden (1 vraag blijft open)")
        terminal.send(Keys.enter)
        #expect(terminal.waitForExit() == 0)
        let summary = Screen.text(terminal.transcript)
        #expect(summary.contains("Samenvatting van je antwoorden"))
        #expect(summary.contains("  Rollen: 5 van 5 beantwoord, 1 n.v.t., 2 met toelichting of onderbouwing"))
        #expect(summary.contains("  Ontwikkeling: 3 van 4 beantwoord, 1 overgeslagen"))

        saved = Waarborg.read(file)
        #expect(saved.contains("      rollen.mentoren: \"n\"\n      rollen.netwerk: deels\n      ontwikkeling.plan: ja\n"))
        #expect(saved.contains("      ontwikkeling.onderwerpen:\n        - begeleiden\n        - inductie\n"))
        #expect(saved.contains("    skipped:\n      - ontwikkeling.leiding\n"))
        let check = try Waarborg.run(["check", "--questionnaires", Waarborg.questionnaires, file])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func ctrlCSavesExits130AndRestoresTheTerminal() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"
        let terminal = try start(file)
        terminal.expect("Je naam:")
        terminal.send("Anna" + Keys.enter + "4" + Keys.enter + "De Linde" + Keys.enter + Keys.enter)
        terminal.expect("Elke school heeft een schoolopleider.")
        terminal.send("4")
        terminal.expect("Toelichting (optioneel")
        terminal.send(Keys.enter)
        terminal.expect("Onderbouwing")
        terminal.send("Besluit" + Keys.enter)
        terminal.expect("Er is een taakprofiel")
        terminal.send(Keys.ctrlC)
        #expect(terminal.waitForExit() == 130)
        var after = termios()
        tcgetattr(terminal.slave, &after)
        #expect(after.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == tcflag_t(ICANON | ECHO | ISIG))
        #expect(after.c_lflag == terminal.initialModes.c_lflag)
        #expect(after.c_iflag == terminal.initialModes.c_iflag)
        #expect(terminal.transcript.contains("\u{1B}[?25h\u{1B}[?1049l"))
        #expect(Screen.text(terminal.transcript).contains("Onderbroken. Opgeslagen in"))
        #expect(Waarborg.read(file).contains("      rollen.schoolopleider:\n        value: 4\n        evidence: Besluit\n"))
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func signalsRestoreTheTerminal(_ signal: Int32) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try start(folder + "/antwoorden.yaml")
        terminal.expect("Je naam:")
        kill(terminal.pid, signal)
        #expect(terminal.waitForExit() == 128 + signal)
        var after = termios()
        tcgetattr(terminal.slave, &after)
        #expect(after.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO))
        #expect(terminal.transcript.contains("\u{1B}[?1049l"))
    }

    @Test func speaksEnglishWithLangEn() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try start(folder + "/answers.yaml", ["--lang", "en"])
        terminal.expect("Who is answering?")
        terminal.send("Ann" + Keys.enter + "1" + "De Linde" + Keys.enter + Keys.enter)
        terminal.expect("Every school has a school-based educator.  [core]")
        terminal.expect("Trial — educators · Roles\n")
        terminal.expect("question 1 of 5 · theme 1 of 2")
        terminal.expect("5  Not applicable  [n]")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func dumbTerminalsGetNumberedPrompts() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try PseudoTerminal(
            ["fill", "--questionnaires", Waarborg.questionnaires, folder + "/a.yaml"],
            environment: Waarborg.environment(["TERM": "dumb"]))
        terminal.expect("Je naam: ")
        terminal.send("Anna\r")
        terminal.expect("  4) Schoolopleider")
        #expect(!terminal.transcript.contains("\u{1B}["))
        terminal.send("q\r")
        #expect(terminal.waitForExit() == 0)
    }
}
