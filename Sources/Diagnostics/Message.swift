/// A text Waarborg writes itself, in both of its languages.
///
/// Diagnostics and file errors carry both texts, so the stage that finds a problem need not
/// know the interface language; the printer picks one. Keys, ids and expression code quoted
/// in a message stay verbatim in both.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// A text that reads the same in both languages, such as a name or a number.
    public static func verbatim(_ text: String) -> Message {
        Message(nl: text, en: text)
    }

    /// The empty text, for a part of a message that is left out.
    public static let empty = Message(nl: "", en: "")

    public var isEmpty: Bool { nl.isEmpty && en.isEmpty }

    public func text(_ language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    /// Each language's text changed the same way, such as bounded in length.
    public func map(_ transform: (String) -> String) -> Message {
        Message(nl: transform(nl), en: transform(en))
    }

    /// The English text, for logs and test failures.
    public var description: String { en }

    public static func + (lhs: Message, rhs: Message) -> Message {
        Message(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
    }

    /// The parts joined with `separator`, per language.
    public static func joined(_ parts: [Message], separator: String) -> Message {
        Message(nl: parts.map(\.nl).joined(separator: separator), en: parts.map(\.en).joined(separator: separator))
    }
}
