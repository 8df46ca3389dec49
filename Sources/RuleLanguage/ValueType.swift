/// The type of a value in the rule language.
public enum ValueType: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case number
    case string
    case bool

    /// The type's name with an article, for messages: "a number", "a string", "a bool".
    public var withArticle: String { "a \(rawValue)" }

    public var description: String { rawValue }
}
