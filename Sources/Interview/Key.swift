/// One key press, decoded from the terminal's bytes.
public enum Key: Sendable, Equatable {
    case up
    case down
    case left
    case right
    case home
    case end
    case enter
    case backspace
    case delete
    case escape
    case tab
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfFile
    /// Ctrl-U: clear the line.
    case clearLine
    /// F1: help, on every screen, also where `?` is typed as text.
    case help
    case character(Character)
}

/// Turns keys into actions on a screen with a list; line screens use `LineEditor`.
public enum KeyMap {
    /// The action of `key` on `screen`, or nil when the key does nothing there.
    ///
    /// A key that is an option's own key or alias answers with that option (`n` for n.v.t.,
    /// `j` and `n` for ja and nee); then a digit chooses by number; then b, s, q and ? are
    /// commands. No letter moves the cursor: on a yes/no question `j` is ja, and a letter that
    /// answers on one screen must not move the cursor on another.
    public static func action(for key: Key, on screen: Screen) -> Action? {
        guard let choices = screen.choices else { return nil }
        switch key {
        case .up: return .up
        case .down, .tab: return .down
        case .enter: return .confirm
        case .backspace, .escape, .left: return .back
        case .interrupt, .endOfFile: return .quit
        case .help: return .help
        case .character(let character):
            let text = String(character)
            if let index = choices.options.firstIndex(where: { $0.isChosen(by: text) }) { return .choose(index) }
            if let digit = character.wholeNumberValue, character.isASCII, (1...choices.options.count).contains(digit) {
                return .choose(digit - 1)
            }
            switch character {
            case " ": return choices.multi ? choices.cursor.map(Action.choose) ?? .confirm : .confirm
            case "-" where choices.multi: return .chooseSet([])
            case "?": return .help
            case "b", "B": return .back
            case "s", "S": return .skip
            case "q", "Q": return .quit
            default: return .invalid(text)
            }
        default:
            return nil
        }
    }
}
