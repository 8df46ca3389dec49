import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `fill` redraws at the new width when the terminal is resized, wrapping long texts, and
/// carries on as before.
@Suite struct FillResizeTests {
    typealias Keys = PseudoTerminal.Keys

    @Test func aResizedTerminalGetsTheQuestionWrappedToItsNewWidth() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"
        let terminal = try PseudoTerminal(
            ["fill", "--questionnaires", Waarborg.root + "/questionnaires", "--only", "waarborg-1", "--version", "1.0.0", file],
            environment: Waarborg.environment(), columns: 120, rows: 40)
        terminal.expect("Wie vult de vragenlijst in?")
        terminal.send("Anna" + Keys.enter + "3" + "De Linde" + Keys.enter + Keys.enter)
        terminal.expect("vraag 1 van")

        // Narrow the window as a person would drag it; the terminal tells the program with SIGWINCH.
        let drawn = terminal.transcript.count
        var size = winsize(ws_row: 30, ws_col: 44, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(terminal.master, UInt(TIOCSWINSZ), &size)
        kill(terminal.pid, SIGWINCH)
        // Wait for the redraw: new output after the resize, then quiet.
        let deadline = Date().addingTimeInterval(10)
        while terminal.transcript.count == drawn, Date() < deadline { _ = terminal.readSome(milliseconds: 100) }
        while terminal.readSome(milliseconds: 200) {}
        #expect(terminal.transcript.count > drawn, "nothing was redrawn after the resize")
        terminal.expect("formeel")
        let frame = Screen.text(terminal.lastFrame)
        let wide = frame.split(separator: "\n").filter { $0.count > 44 }
        #expect(wide.isEmpty, "lines wider than the terminal after the resize:\n\(wide.joined(separator: "\n"))")

        // The interview goes on: answer, and stop.
        terminal.send("4")
        terminal.expect("Toelichting")
        terminal.send(Keys.enter)
        terminal.expect("Onderbouwing")
        terminal.send("Bestuursbesluit 2024" + Keys.enter)
        terminal.expect("vraag 2 van")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        #expect(Waarborg.read(file).contains("visie.visie-onderschreven:"))
    }
}
