import Foundation
import Testing

/// No answer by accident: `waarborg fill` in a real pseudo-terminal records an answer only
/// for a key that chose it, whatever else is typed and however fast.
@Suite(.serialized) struct FillKeysTests {
    typealias Keys = PseudoTerminal.Keys

    private func start(_ file: String) throws -> PseudoTerminal {
        try PseudoTerminal(["fill", "--questionnaires", Waarborg.questionnaires, file], environment: Waarborg.environment())
    }

    /// Answers who is answering, one screen at a time, up to the first question.
    private func respond(_ terminal: PseudoTerminal) {
        terminal.respond(role: "4")
    }

    @Test func enterAloneAndKeysTypedAheadAnswerNothing() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"
        let terminal = try start(file)
        respond(terminal)

        // Enter on a question without an answer: a hint, nothing recorded.
        terminal.expect("Elke school heeft een schoolopleider.")
        terminal.expect("[kern] = kernvraag")
        terminal.expect("1–5, n antwoordt · ↑↓ en Enter kiezen · ? of F1 hulp · b terug · q opslaan en stoppen")
        terminal.send(Keys.enter)
        terminal.expect("Kies eerst een antwoord: 1–5, of n voor Niet van toepassing.")
        #expect(!Waarborg.read(file).contains("rollen.schoolopleider:"))

        // "1" and three Enters at once: the Enters were typed before the note was asked.
        terminal.send("1" + Keys.enter + Keys.enter + Keys.enter)
        terminal.expect("Toelichting (optioneel, Enter om over te slaan):")
        terminal.send(Keys.enter)
        terminal.expect("Onderbouwing")
        terminal.send("Formatieplan" + Keys.enter)
        terminal.expect("Alle mentoren zijn geschoold.")
        terminal.send("n")
        terminal.expect("Toelichting (optioneel")
        terminal.send(Keys.enter)

        // A question without a note: "2" answers it, the Enters after it answer nothing.
        terminal.expect("Neemt het bestuur deel aan het netwerk?")
        terminal.send("2" + Keys.enter + Keys.enter + Keys.enter)
        terminal.expect("Er is een professionaliseringsplan.")
        terminal.expect("1–2, j, n antwoordt")
        var saved = Waarborg.read(file)
        #expect(saved.contains("rollen.netwerk: deels\n"))
        #expect(!saved.contains("ontwikkeling.plan"))

        // j is ja.
        terminal.send("j")
        terminal.expect("Welke onderwerpen staan in het plan?")
        #expect(Waarborg.read(file).contains("ontwikkeling.plan: ja\n"))

        // Back on the yes/no question, the cursor is on ja; n is nee, which hides the topics.
        terminal.send("b")
        terminal.expect("Er is een professionaliseringsplan.")
        terminal.expect("›  1  Ja  [j]")
        terminal.send("n")
        terminal.expect("Wat wil je nog kwijt?")
        terminal.send(Keys.ctrlC)
        #expect(terminal.waitForExit() == 130)
        saved = Waarborg.read(file)
        #expect(saved.contains("      rollen.schoolopleider:\n        value: 1\n        evidence: Formatieplan\n"))
        #expect(saved.contains("ontwikkeling.plan: nee\n"))
        #expect(!saved.contains("ontwikkeling.onderwerpen"))
    }

    @Test func enterOnAnAnsweredQuestionKeepsItsAnswer() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"
        let terminal = try start(file)
        respond(terminal)
        terminal.expect("Elke school heeft een schoolopleider.")
        terminal.send("n")
        terminal.expect("Toelichting (optioneel")
        terminal.send(Keys.enter)
        terminal.expect("Alle mentoren zijn geschoold.")
        terminal.send("b")
        terminal.expect("›  5  Niet van toepassing")
        terminal.send(Keys.enter)
        terminal.expect("Alle mentoren zijn geschoold.")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        #expect(Waarborg.read(file).contains("rollen.schoolopleider: \"n\"\n"))
    }
}
