/// A human-readable text in one or more languages.
///
/// Questionnaires are written in Dutch first; an English text is shown with `--lang en`
/// where it exists.
///
/// A text has one or two languages, rarely more, and is made for every finding of every
/// respondent: the texts are kept as a small array sorted by language rather than a
/// dictionary, so making one costs no hashing and looking one up is a short scan.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// One language's text.
    private struct Entry: Sendable, Hashable {
        var language: String
        var text: String
    }

    /// The texts sorted by language, each language once; never empty.
    private var entries: [Entry]
    /// The language of the text used when a requested language is missing.
    public var primaryLanguage: String

    public init(_ text: String, language: String = "nl") {
        entries = [Entry(language: language, text: text)]
        primaryLanguage = language
    }

    public init(translations: [String: String], primaryLanguage: String) {
        entries = translations.map { Entry(language: $0.key, text: $0.value) }.sorted { $0.language < $1.language }
        self.primaryLanguage = primaryLanguage
    }

    /// A text from pairs of language and text, without building a dictionary; each
    /// language must appear once.
    public init(texts: KeyValuePairs<String, String>, primaryLanguage: String) {
        entries = texts.map { Entry(language: $0.key, text: $0.value) }
        if entries.count > 1 { entries.sort { $0.language < $1.language } }
        assert(zip(entries, entries.dropFirst()).allSatisfy { $0.language != $1.language }, "each language once")
        self.primaryLanguage = primaryLanguage
    }

    /// Texts by language code (`nl`, `en`), never empty.
    public var translations: [String: String] {
        get { Dictionary(uniqueKeysWithValues: entries.lazy.map { ($0.language, $0.text) }) }
        set { self = LocalizedText(translations: newValue, primaryLanguage: primaryLanguage) }
    }

    /// The text in `language`, else in the primary language, else any.
    public func text(_ language: String) -> String {
        translation(language) ?? translation(primaryLanguage) ?? entries.lazy.map(\.text).min() ?? ""
    }

    /// The text in the primary language.
    public var description: String { text(primaryLanguage) }

    private func translation(_ language: String) -> String? {
        for index in entries.indices where entries[index].language == language { return entries[index].text }
        return nil
    }
}
