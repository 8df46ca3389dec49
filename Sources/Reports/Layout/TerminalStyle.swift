public import Questionnaire

/// Colour and weight on a terminal, or plain text when colour is off.
///
/// The caller decides: colour only when asked for and the output is a terminal.
public struct TerminalStyle: Sendable {
    /// What a piece of text is, which decides how it looks.
    public enum Tone: Sendable, Hashable {
        case heading
        case emphasis
        case muted
        /// The lowest level: *vraagt aandacht*.
        case attention
        /// A level between the lowest and the highest.
        case developing
        /// The highest level: *op orde*.
        case inPlace
    }

    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func apply(_ tone: Tone?, _ text: String) -> String {
        guard colour, let tone, !text.isEmpty else { return text }
        let code =
            switch tone {
            case .heading: "1"
            case .emphasis: "1"
            case .muted: "2"
            case .attention: "33"
            case .developing: "36"
            case .inPlace: "32"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// The tone of a level by its place among the levels: first, last or between.
    public static func tone(of level: Level?, among levels: [Level]) -> Tone? {
        guard let level, levels.count > 1, let index = levels.firstIndex(where: { $0.id == level.id }) else { return nil }
        if index == 0 { return .attention }
        if index == levels.count - 1 { return .inPlace }
        return .developing
    }
}
