/// One line of text being typed in a raw terminal: insert, delete, move, clear.
///
/// Positions count characters (grapheme clusters), so an accented letter is one step.
public struct LineEditor: Sendable, Equatable {
    public private(set) var text: [Character]
    /// Where the next character goes, 0…text.count.
    public private(set) var cursor: Int

    /// What a key did to the line.
    public enum Result: Sendable, Equatable {
        case editing
        case submit(String)
        case cancel
        case interrupt
        /// Ctrl-D on an empty line.
        case endOfInput
    }

    public init(_ initial: String = "") {
        text = Array(initial)
        cursor = text.count
    }

    public var string: String { String(text) }

    public mutating func handle(_ key: Key) -> Result {
        switch key {
        case .enter: return .submit(string)
        case .escape: return .cancel
        case .interrupt: return .interrupt
        case .endOfFile: return text.isEmpty ? .endOfInput : .editing
        case .backspace:
            if cursor > 0 {
                text.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < text.count { text.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .clearLine:
            text = []
            cursor = 0
        case .character(let character):
            guard !character.isNewline else { return .submit(string) }
            text.insert(character, at: cursor)
            cursor += 1
        case .up, .down, .tab, .help:
            break
        }
        return .editing
    }
}
