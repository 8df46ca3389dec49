import Foundation
import TestSupport
import Testing

/// Each role gets its own questions: in `fill` (through a real pseudo-terminal), in
/// `template --role`, in `check` and in `list --roles`. The questionnaire `rollen` asks a
/// board theme of bestuurder and staf, one question of mentors only and one of the
/// bestuurder only.
@Suite(.serialized) struct RoleRoutingTests {
    typealias Keys = PseudoTerminal.Keys
    static let questionnaires = Fixtures.path("roles")

    /// Fills in as `role` (its number in the list) and returns the screens' text and the file.
    private func fill(roleNumber: String, answers: Int, expecting texts: [String]) throws -> (screens: String, file: String) {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"
        let terminal = try PseudoTerminal(["fill", "--questionnaires", Self.questionnaires, file], environment: Waarborg.environment())
        terminal.respond(role: roleNumber)
        terminal.expect(texts[0])
        for (index, text) in texts.dropFirst().enumerated() {
            terminal.expect(text)
            terminal.expect("vraag \(index + 1) van \(answers)")
            terminal.send("3")
        }
        terminal.expect("Nog even nalopen")
        terminal.expect("Afronden")
        terminal.send(Keys.enter)
        #expect(terminal.waitForExit() == 0)
        return (Screen.text(terminal.transcript), Waarborg.read(file))
    }

    @Test func aMentorGetsOnlyTheQuestionsForMentors() throws {
        let (screens, file) = try fill(
            roleNumber: "5", answers: 2,
            expecting: ["Voor jouw rol (Mentor (werkplekbegeleider)): 2 vragen", "Elke student heeft wekelijks", "Ik ben geschoold als mentor."])
        #expect(!screens.contains("De begroting"))
        #expect(!screens.contains("Het bestuur heeft zicht"))
        #expect(file.contains("begeleiding.gesprek: 3\n"))
        #expect(file.contains("begeleiding.geschoold: 3\n"))
        #expect(!file.contains("bestuur."))
    }

    @Test func aBestuurderGetsTheBoardQuestions() throws {
        let (screens, file) = try fill(
            roleNumber: "1", answers: 4,
            expecting: [
                "Voor jouw rol (Bestuurder): 4 vragen", "De begroting", "De raad van toezicht", "Elke student heeft wekelijks",
                "Het bestuur heeft zicht",
            ])
        #expect(!screens.contains("Ik ben geschoold als mentor."))
        for id in ["bestuur.begroting", "bestuur.raad", "begeleiding.gesprek", "begeleiding.overzicht"] {
            #expect(file.contains("\(id): 3\n"), "\(id)")
        }
        #expect(!file.contains("geschoold"))
    }

    @Test func theTemplateForARoleHoldsItsQuestionsOnly() throws {
        let run = try Waarborg.run(["template", "--role", "werkplekbegeleider", "--questionnaires", Self.questionnaires])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  role: werkplekbegeleider\n"))
        #expect(run.stdout.contains("# Voor jouw rol (Mentor (werkplekbegeleider)): 2 vragen, ongeveer 1 minuut."))
        #expect(run.stdout.contains("begeleiding.geschoold:"))
        #expect(!run.stdout.contains("bestuur.begroting:"))
        #expect(!run.stdout.contains("Bestuurlijke verankering"))

        let unknown = try Waarborg.run(["template", "--role", "schoolleidr", "--questionnaires", Self.questionnaires])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("onbekende rol ‘schoolleidr’; bedoel je ‘schoolleider’?"))
    }

    @Test func checkAsksARoleOnlyForItsQuestions() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try Waarborg.run(["template", "--role", "werkplekbegeleider", "--questionnaires", Self.questionnaires])
        let filled = template.stdout
            .replacingOccurrences(of: "  name:\n", with: "  name: Anna\n")
            .replacingOccurrences(of: "  organisation:\n", with: "  organisation: De Linde\n")
            .replacingOccurrences(of: "begeleiding.gesprek:\n", with: "begeleiding.gesprek: 3\n")
            .replacingOccurrences(of: "begeleiding.geschoold:\n", with: "begeleiding.geschoold: 2\n")
        try filled.write(toFile: folder + "/mentor.yaml", atomically: true, encoding: .utf8)
        let complete = try Waarborg.run(["check", folder + "/mentor.yaml", "--questionnaires", Self.questionnaires])
        #expect(complete.status == 0, "\(complete.stderr)")
        #expect(!complete.stderr.contains("open"), "\(complete.stderr)")

        // A mentor who answers a board question gets a located error saying why.
        let board = filled.replacingOccurrences(of: "begeleiding.gesprek: 3\n", with: "begeleiding.gesprek: 3\n      bestuur.begroting: 4\n")
        try board.write(toFile: folder + "/te-veel.yaml", atomically: true, encoding: .utf8)
        let refused = try Waarborg.run(["check", folder + "/te-veel.yaml", "--questionnaires", Self.questionnaires])
        #expect(refused.status == 65)
        #expect(
            refused.stderr.contains(
                "error: ‘bestuur.begroting’ is beantwoord, maar met de andere antwoorden wordt de vraag niet gesteld: hij wordt gesteld aan bestuurder, staf, niet aan werkplekbegeleider"
            ),
            "\(refused.stderr)")
    }

    @Test func listShowsEachRolesWorkload() throws {
        let run = try Waarborg.run(["list", "--roles", "--questionnaires", Self.questionnaires])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("bestuurder (Bestuurder): 4 vragen, ± 1 min\n  rollen@1.0.0  4 vragen, ± 1 min\n"))
        #expect(run.stdout.contains("schoolleider (Schoolleider): 1 vraag, ± 1 min\n"))
        #expect(run.stdout.contains("werkplekbegeleider (Mentor (werkplekbegeleider)): 2 vragen, ± 1 min\n"))
    }
}
