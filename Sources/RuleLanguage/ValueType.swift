public import Diagnostics

/// The type of a value in the rule language.
public enum ValueType: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case number
    case string
    case bool

    /// The type's name with an article, for messages: "a number", "a string", "a bool".
    public var withArticle: Message {
        switch self {
        case .number: Message(nl: "een getal", en: "a number")
        case .string: Message(nl: "een tekst (string)", en: "a string")
        case .bool: Message(nl: "een ja/nee-waarde (bool)", en: "a bool")
        }
    }

    public var description: String { rawValue }
}
