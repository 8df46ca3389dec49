import Assessment
import Diagnostics
import FileIO
import Interview

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs an interview against the real terminal: full-screen with keys in a TTY, numbered
/// prompts and lines otherwise. Saves the file after every change through `save`.
struct Session {
    /// How a session ended.
    enum End: Equatable {
        case finished
        /// The respondent pressed `q`.
        case stopped
        /// Standard input ended (a pipe ran out, Ctrl-D).
        case endOfInput
        /// SIGINT (Ctrl-C), SIGTERM or SIGHUP.
        case signal(Int32)
        /// The answers file could not be written.
        case writeFailed(FileError)
    }

    var interview: Interview
    let save: (AnswersFile) throws(FileError) -> Void
    let colour: Bool

    /// Runs full-screen when `interactive` and raw mode can be had, else with plain prompts.
    mutating func run(interactive: Bool) -> End {
        Signals.install()
        if interactive, RawMode.enable() {
            Console.err("\u{1B}[?1049h")
            defer { RawMode.restore() }
            return runFullScreen()
        }
        return runPlain()
    }

    /// Applies an action and saves when the answers changed.
    private mutating func act(_ action: Action) -> End? {
        let outcome = interview.perform(action)
        if outcome.save, let file = interview.file {
            do {
                try save(file)
            } catch {
                return .writeFailed(error)
            }
        }
        return nil
    }

    private var ending: End { interview.step == .finished ? .finished : .stopped }

    /// Drops keys typed ahead when an action took the respondent to a new question, a note
    /// or evidence prompt, or the review.
    ///
    /// Keys typed before a screen is drawn were meant for the screen the respondent saw: a
    /// second Enter after `1`, or a `2` for what was thought to be the next question, must not
    /// answer the question or fill the note that appears instead. So after every step that
    /// records or chooses something, the terminal's input queue and the keys already read are
    /// flushed (tcflush) before the new screen is drawn; only keys pressed once it is there
    /// count. Going back is left alone, so holding `b` walks back quickly, and the questions
    /// about the respondent are left alone, as nothing there is an answer.
    private func discardTypedAhead(_ input: InputReader, after action: Action, from step: Interview.Step) {
        guard action != .back, interview.step != step else { return }
        switch interview.step {
        case .question, .review: input.discardTypedAhead()
        default: break
        }
    }

    // MARK: Full screen

    private mutating func runFullScreen() -> End {
        let input = InputReader()
        var carried: String?
        while !interview.isOver {
            let screen = interview.screen
            let step = interview.step
            if case .line(_, let initial, _) = screen.input {
                var editor = LineEditor(carried ?? initial)
                carried = nil
                draw(screen, editor)
                typing: while true {
                    switch input.key() {
                    case .key(.help):
                        if let end = act(.help) { return end }
                        carried = editor.string
                        break typing
                    case .key(let key):
                        switch editor.handle(key) {
                        case .editing:
                            draw(screen, editor)
                        case .submit(let text):
                            if let end = act(.submit(text)) { return end }
                            // Refused (a required field left empty): keep what was typed.
                            if interview.step == step { carried = text }
                            discardTypedAhead(input, after: .submit(text), from: step)
                            break typing
                        case .cancel:
                            if let end = act(.back) { return end }
                            break typing
                        case .interrupt:
                            return .signal(SIGINT)
                        case .endOfInput:
                            return .endOfInput
                        }
                    case .signal(let signal): return .signal(signal)
                    case .resized: draw(screen, editor)
                    case .endOfInput: return .endOfInput
                    case .line: break
                    }
                }
            } else {
                draw(screen, nil)
                switch input.key() {
                case .key(.interrupt): return .signal(SIGINT)
                case .key(.endOfFile): return .endOfInput
                case .key(let key):
                    if let action = KeyMap.action(for: key, on: screen) {
                        if let end = act(action) { return end }
                        discardTypedAhead(input, after: action, from: step)
                    }
                case .signal(let signal): return .signal(signal)
                case .endOfInput: return .endOfInput
                case .resized, .line: break
                }
            }
        }
        return ending
    }

    private func draw(_ screen: Screen, _ editor: LineEditor?) {
        let size = RawMode.size()
        let renderer = ScreenRenderer(columns: size.columns, rows: size.rows, colour: colour, strings: interview.strings)
        // The renderer sanitises every text it draws and adds its own cursor moves and colours.
        Console.err(TerminalSafe(rendered: renderer.frame(screen, editor: editor)))
    }

    // MARK: Plain

    private mutating func runPlain() -> End {
        let input = InputReader()
        // Input from a pipe is not echoed: show it, so the transcript reads like a dialogue.
        let echo = isatty(0) == 0
        var previous: Screen?
        while !interview.isOver {
            let screen = interview.screen
            Console.err(TerminalSafe(sanitizing: PlainRenderer.render(screen, previous: previous, strings: interview.strings)))
            previous = screen
            switch input.line() {
            case .line(let text):
                if echo { Console.err(TerminalSafe(sanitizing: text, keepNewlines: false) + "\n") }
                if let end = act(PlainInput.action(for: text, on: screen)) { return end }
            case .signal(let signal):
                Console.err("\n")
                return .signal(signal)
            case .endOfInput:
                Console.err("\n")
                return .endOfInput
            case .key, .resized:
                break
            }
        }
        return ending
    }
}
