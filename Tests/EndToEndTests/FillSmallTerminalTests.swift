import Foundation
import Testing

/// A terminal smaller than a screen needs: `fill` says so, keeps the question's text at the
/// top and marks what it leaves out; at 80×24 a question fits whole.
@Suite struct FillSmallTerminalTests {
    typealias Keys = PseudoTerminal.Keys

    private func start(columns: UInt16, rows: UInt16, folder: String) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            [
                "fill", "--questionnaires", Waarborg.root + "/questionnaires", "--only", "waarborg-2", "--version", "1.1.0",
                folder + "/antwoorden.yaml",
            ],
            environment: Waarborg.environment(), columns: columns, rows: rows)
        terminal.respond(role: "3")
        terminal.expect("vraag 1 van")
        return terminal
    }

    private func lines(_ terminal: PseudoTerminal) -> [Substring] {
        Screen.text(terminal.lastFrame).split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test func at60By16TheQuestionComesFirstAndWhatIsLeftOutIsMarked() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try start(columns: 60, rows: 16, folder: folder)
        terminal.expect("Het venster is te klein voor deze vraag")
        terminal.expect("Het bestuur biedt het aantal stageplaatsen dat met het")
        terminal.expect("↓ nog 3 regels")
        var shown = lines(terminal)
        #expect(shown.count <= 16, "\(shown.count) lines on a terminal of 16")
        #expect(shown.allSatisfy { $0.count <= 60 }, "a line wider than 60:\n\(shown.joined(separator: "\n"))")
        // The question's first line is shown before any option.
        let question = shown.firstIndex { $0.contains("Het bestuur biedt het aantal") }
        let option = shown.firstIndex { $0.contains("Nog niet") }
        #expect(question != nil && option != nil && question! < option!)

        // Moving down keeps the cursor's option in view, with a marker for the lines above.
        terminal.send(Keys.down + Keys.down + Keys.down)
        terminal.expect("›  3  Grotendeels")
        terminal.expect("↑ 2 regels hierboven")
        shown = lines(terminal)
        #expect(shown.contains { $0.contains("Het bestuur biedt het aantal") }, "the question scrolled away:\n\(shown.joined(separator: "\n"))")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func at80By24AQuestionFitsWhole() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try start(columns: 80, rows: 24, folder: folder)
        terminal.expect("5  Niet van toepassing  [n]")
        let shown = Screen.text(terminal.lastFrame)
        #expect(!shown.contains("te klein"))
        #expect(!shown.contains("↓ nog") && !shown.contains("hierboven"))
        for option in ["Nog niet", "In ontwikkeling", "Grotendeels", "Volledig"] { #expect(shown.contains(option)) }
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
    }

    /// A terminal of a few rows and columns still shows the option under the cursor, no line
    /// wider than the terminal, and never traps.
    @Test(arguments: [(UInt16(20), UInt16(5)), (30, 3), (60, 8)])
    func aTinyTerminalStillShowsAChoice(_ columns: UInt16, _ rows: UInt16) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = try PseudoTerminal(
            ["fill", "--questionnaires", Waarborg.root + "/questionnaires", folder + "/antwoorden.yaml"],
            environment: Waarborg.environment(), columns: columns, rows: rows)
        // Keys typed before a screen is drawn are dropped: wait for the name's line first.
        terminal.expect("›")
        terminal.send("Jan" + Keys.enter)
        terminal.expect("1  Bestuurder")
        let shown = lines(terminal)
        #expect(shown.count <= Int(rows), "\(shown.count) lines on a terminal of \(rows)")
        #expect(shown.allSatisfy { $0.count <= Int(columns) }, "a line wider than \(columns):\n\(shown.joined(separator: "\n"))")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
    }
}
