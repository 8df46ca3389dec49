public import Diagnostics
public import YAML

/// Collects the diagnostics of decoding one file and offers typed reads of nodes.
///
/// Every read reports what it expected at the node's own location and returns nil, so a
/// decoder can carry on and find every other problem in the same run.
public final class DecodingContext {
    public private(set) var diagnostics: [Diagnostic] = []
    public let file: String

    public init(file: String) {
        self.file = file
    }

    /// Languages every text should have; texts read without one of them are counted.
    public var requiredLanguages: [String] = []
    /// Per language, how many texts lack it and where the first one is.
    public private(set) var missingTranslations: [String: (count: Int, first: FileLocation)] = [:]

    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func error(_ message: Message, at location: FileLocation?, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    public func warning(_ message: Message, at location: FileLocation?) {
        diagnostics.append(.warning(message, at: location))
    }

    public var hasErrors: Bool { diagnostics.containsErrors }

    /// Problems of a file that still get "did you mean …?"; later ones are counted, not
    /// printed, so looking for a suggestion (an edit distance to every candidate) is waste.
    public static let suggestionLimit = 200

    /// `"; did you mean 'x'?"` while fewer than ``suggestionLimit`` problems were found;
    /// the empty message after that, without making the candidates.
    public func didYouMean<Candidates: Sequence<String>>(
        _ word: String, in candidates: @autoclosure () -> Candidates
    ) -> Message {
        diagnostics.count < Self.suggestionLimit ? Suggestion.didYouMean(word, in: candidates()) : .empty
    }

    // MARK: Typed reads

    public func string(_ node: Node, _ what: Subject) -> String? {
        guard let scalar = node.scalar, !scalar.isNull || scalar.style != .plain else {
            error(.mustBe(what, Message(nl: "een tekst", en: "a string"), not: node), at: node.location)
            return nil
        }
        return scalar.text
    }

    public func nonEmptyString(_ node: Node, _ what: Subject) -> String? {
        guard let text = string(node, what) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            error(.mustNotBeEmpty(what), at: node.location)
            return nil
        }
        return text
    }

    public func number(_ node: Node, _ what: Subject) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = scalar.number, value.isFinite else {
            error(.mustBe(what, Message(nl: "een getal", en: "a number"), not: node), at: node.location)
            return nil
        }
        return value
    }

    public func nonNegativeNumber(_ node: Node, _ what: Subject) -> Double? {
        guard let value = number(node, what) else { return nil }
        if value < 0 {
            error(Message(nl: "\(what.nl) mag niet negatief zijn", en: "\(what.en) must not be negative"), at: node.location)
            return nil
        }
        return value
    }

    public func integer(_ node: Node, _ what: Subject) -> Int? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = scalar.int else {
            error(.mustBe(what, Message(nl: "een geheel getal", en: "a whole number"), not: node), at: node.location)
            return nil
        }
        return value
    }

    public func bool(_ node: Node, _ what: Subject) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = scalar.bool else {
            let hint =
                node.scalar.map { ["yes", "no", "ja", "nee", "on", "off"].contains($0.text.lowercased()) } == true
                ? Message(nl: " (schrijf true of false)", en: " (write true or false)") : .empty
            error(.mustBe(what, Message(nl: "true of false", en: "true or false"), not: node) + hint, at: node.location)
            return nil
        }
        return value
    }

    public func sequence(_ node: Node, _ what: Subject) -> [Node]? {
        guard let items = node.sequence else {
            error(.mustBe(what, Message(nl: "een lijst", en: "a list"), not: node), at: node.location)
            return nil
        }
        return items
    }

    /// A lowercase id: letters a–z, digits and hyphens, starting with a letter.
    public func identifier(_ node: Node, _ what: Subject) -> String? {
        guard let text = string(node, what) else { return nil }
        guard Self.isIdentifier(text) else {
            error(
                Message(
                    nl: "\(what.nl) ‘\(text)’ mag alleen kleine letters, cijfers en streepjes bevatten, en begint met een letter",
                    en: "\(what.en) '\(text)' must be lowercase letters, digits and hyphens, starting with a letter"),
                at: node.location)
            return nil
        }
        return text
    }

    public static func isIdentifier(_ text: String) -> Bool {
        // Byte by byte: every allowed character is ASCII, and any other byte is not allowed.
        var previous: UInt8?
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                break
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard previous != nil else { return false }
            case UInt8(ascii: "-"):
                guard let previous, previous != UInt8(ascii: "-") else { return false }
            default:
                return false
            }
            previous = byte
        }
        return previous != nil && previous != UInt8(ascii: "-")
    }

    /// One of a fixed set of words.
    public func oneOf<T: RawRepresentable & CaseIterable>(_ node: Node, _ what: Subject, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let choices = T.allCases.map(\.rawValue)
        error(
            Message(
                nl: "\(what.nl) moet een van deze zijn: \(choices.map { "‘\($0)’" }.joined(separator: ", ")), niet ‘\(text)’",
                en: "\(what.en) must be one of \(choices.map { "'\($0)'" }.joined(separator: ", ")), not '\(text)'")
                + didYouMean(text, in: choices),
            at: node.location)
        return nil
    }

    /// A text: a string, or a mapping from language code to string.
    public func text(_ node: Node, _ what: Subject, language: String) -> LocalizedText? {
        let text = readText(node, what, language: language)
        if let text {
            for wanted in requiredLanguages where text.translations[wanted] == nil {
                let previous = missingTranslations[wanted]
                missingTranslations[wanted] = ((previous?.count ?? 0) + 1, previous?.first ?? node.location)
            }
        }
        return text
    }

    private func readText(_ node: Node, _ what: Subject, language: String) -> LocalizedText? {
        if let mapping = node.mapping {
            var translations: [String: String] = [:]
            for entry in mapping.entries {
                guard let code = string(entry.key, Subject(nl: "een taalcode", en: "a language code")) else { continue }
                guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                    error(
                        Message(nl: "‘\(code)’ is geen taalcode zoals ‘nl’ of ‘en’", en: "'\(code)' is not a language code such as 'nl' or 'en'"),
                        at: entry.key.location)
                    continue
                }
                if let value = nonEmptyString(entry.value, Subject(nl: "\(what.nl) (\(code))", en: "\(what.en) (\(code))")) {
                    translations[code] = value
                }
            }
            guard !translations.isEmpty else {
                if mapping.entries.isEmpty { error(.mustNotBeEmpty(what), at: node.location) }
                return nil
            }
            return LocalizedText(
                translations: translations, primaryLanguage: translations[language] != nil ? language : translations.keys.sorted()[0])
        }
        return nonEmptyString(node, what).map { LocalizedText($0, language: language) }
    }
}

extension Message {
    /// "title must be a string, not a list".
    public static func mustBe(_ what: DecodingContext.Subject, _ expected: Message, not node: Node) -> Message {
        Message(
            nl: "\(what.nl) moet \(expected.nl) zijn, niet \(node.kindDescription.nl)",
            en: "\(what.en) must be \(expected.en), not \(node.kindDescription.en)")
    }

    public static func mustNotBeEmpty(_ what: DecodingContext.Subject) -> Message {
        Message(nl: "\(what.nl) mag niet leeg zijn", en: "\(what.en) must not be empty")
    }
}
