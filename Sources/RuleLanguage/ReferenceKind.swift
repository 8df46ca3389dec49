import Diagnostics

/// What a reference names, as the host defines it: `"question"`, `"theme"`, `"scope"`, …
///
/// The raw value appears in English messages ("expects a question") and `dutch` in Dutch
/// ones ("verwacht een vraag"), so hosts choose readable nouns and declare them as static
/// constants in an extension. Only the raw value makes a kind what it is.
public struct ReferenceKind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    /// The Dutch noun, without an article.
    public var dutch: String

    public init(rawValue: String) {
        self.rawValue = rawValue
        self.dutch = rawValue
    }

    public init(_ english: String, dutch: String) {
        self.rawValue = english
        self.dutch = dutch
    }

    public static func == (lhs: ReferenceKind, rhs: ReferenceKind) -> Bool { lhs.rawValue == rhs.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    public var description: String { rawValue }
}

extension Array where Element == ReferenceKind {
    /// "a question", "a question or a theme", "a question, a theme or a scope".
    var phrase: Message {
        let english = map { ReferenceKind.withArticle($0.rawValue) }
        let dutch = map { "een " + $0.dutch }
        guard let last = english.last, let lastDutch = dutch.last else { return Message(nl: "een verwijzing", en: "a reference") }
        if english.count == 1 { return Message(nl: lastDutch, en: last) }
        return Message(
            nl: dutch.dropLast().joined(separator: ", ") + " of " + lastDutch,
            en: english.dropLast().joined(separator: ", ") + " or " + last)
    }
}

extension ReferenceKind {
    static func withArticle(_ noun: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return (noun.first.map { vowels.contains(Character($0.lowercased())) } ?? false ? "an " : "a ") + noun
    }
}
