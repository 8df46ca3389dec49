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
    case character(Character)
}

/// Turns keys into actions on a screen with a list; line screens use `LineEditor`.
public enum KeyMap {
    /// The action of `key` on `screen`, or nil when the key does nothing there.
    ///
    /// A key that is an option's own key answers with that option; then a digit chooses by
    /// number; then j/k move, and b, s, q and ? are commands.
    public static func action(for key: Key, on screen: Screen) -> Action? {
        guard let choices = screen.choices else { return nil }
        switch key {
        case .up: return .up
        case .down, .tab: return .down
        case .enter: return .confirm
        case .backspace, .escape, .left: return .back
        case .interrupt, .endOfFile: return .quit
        case .character(let character):
            let text = String(character)
            if let index = choices.options.firstIndex(where: { $0.key == text }) { return .choose(index) }
            if let digit = character.wholeNumberValue, character.isASCII, (1...choices.options.count).contains(digit) {
                return .choose(digit - 1)
            }
            switch character {
            case "j": return .down
            case "k": return .up
            case " ": return choices.multi ? .choose(choices.cursor) : .confirm
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
