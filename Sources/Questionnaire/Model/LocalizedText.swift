/// A human-readable text in one or more languages.
///
/// Questionnaires are written in Dutch first; an English text is shown with `--lang en`
/// where it exists.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// Texts by language code (`nl`, `en`), never empty.
    public var translations: [String: String]
    /// The language of the text used when a requested language is missing.
    public var primaryLanguage: String

    public init(_ text: String, language: String = "nl") {
        self.translations = [language: text]
        self.primaryLanguage = language
    }

    public init(translations: [String: String], primaryLanguage: String) {
        self.translations = translations
        self.primaryLanguage = primaryLanguage
    }

    /// The text in `language`, else in the primary language, else any.
    public func text(_ language: String) -> String {
        translations[language] ?? translations[primaryLanguage] ?? translations.values.sorted().first ?? ""
    }

    /// The text in the primary language.
    public var description: String { text(primaryLanguage) }
}
