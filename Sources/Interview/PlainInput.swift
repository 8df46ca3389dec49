/// Turns a line of plain input (a pipe, a dumb terminal, a screen reader) into an action.
public enum PlainInput {
    /// The action that `line` means on `screen`.
    ///
    /// On a list: an option's key, or its number; several numbers with commas for a multiple
    /// choice (`-` for none); `?`, `b`, `s`, `q` as commands; an empty line keeps the answer
    /// given before. On a line prompt: the text; an empty line keeps what is there, `-` clears it.
    public static func action(for line: String, on screen: Screen) -> Action {
        let text = line.trimmed
        switch screen.input {
        case .line(_, let initial, _):
            if text.isEmpty { return initial.isEmpty ? .submit("") : .keep }
            if text == "-" { return .submit("") }
            return .submit(text)
        case .choices(let choices):
            if text.isEmpty { return .keep }
            if let index = choices.options.firstIndex(where: { $0.key == text }) { return .choose(index) }
            if let index = choices.options.firstIndex(where: { $0.isChosen(by: text) }) { return .choose(index) }
            switch text.lowercased() {
            case "?", "help", "hulp": return .help
            case "b", "back", "terug": return .back
            case "s", "skip", "overslaan": return .skip
            case "q", "quit", "stop", "stoppen": return .quit
            default: break
            }
            let count = choices.options.count
            if choices.multi {
                if text == "-" { return .chooseSet([]) }
                var indices: [Int] = []
                for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
                    if let index = choices.options.firstIndex(where: { $0.isChosen(by: String(part)) }) {
                        indices.append(index)
                    } else if let number = Int(part), (1...count).contains(number) {
                        indices.append(number - 1)
                    } else {
                        return .invalid(text)
                    }
                }
                return .chooseSet(indices)
            }
            if let number = Int(text), (1...count).contains(number) { return .choose(number - 1) }
            return .invalid(text)
        }
    }
}
