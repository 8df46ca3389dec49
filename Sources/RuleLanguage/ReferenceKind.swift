/// What a reference names, as the host defines it: `"question"`, `"theme"`, `"scope"`, …
///
/// The raw value appears in messages ("expects a question"), so hosts choose readable
/// English nouns and declare them as static constants in an extension.
public struct ReferenceKind: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }
}

extension Array where Element == ReferenceKind {
    /// "a question", "a question or a theme", "a question, a theme or a scope".
    var phrase: String {
        let words = map { ReferenceKind.withArticle($0.rawValue) }
        guard let last = words.last else { return "a reference" }
        if words.count == 1 { return last }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }
}

extension ReferenceKind {
    static func withArticle(_ noun: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return (noun.first.map { vowels.contains(Character($0.lowercased())) } ?? false ? "an " : "a ") + noun
    }
}
