import Diagnostics

/// Splits an expression into tokens.
///
/// Positions count Unicode scalars. The lexer never stops at the first problem: it reports
/// each bad character or literal and goes on, so all lexical errors show at once.
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var tokens: [Token] = []
    private var errors: [RuleError] = []

    private init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// The tokens of `source`, ending with an `.end` token, and the lexical errors found.
    public static func tokenize(_ source: String) -> (tokens: [Token], errors: [RuleError]) {
        var lexer = Lexer(source)
        lexer.run()
        return (lexer.tokens, lexer.errors)
    }

    private mutating func run() {
        while let scalar = peek() {
            let start = position
            if scalar.properties.isWhitespace {
                position += 1
            } else if Self.isDigit(scalar) {
                lexNumber()
            } else if Self.isIdentifierStart(scalar) {
                lexIdentifier()
            } else if scalar == "\"" {
                lexString()
            } else if scalar == ".", let next = peek(1), Self.isDigit(next) {
                position += 1
                while let digit = peek(), Self.isDigit(digit) { position += 1 }
                let text = self.text(from: start)
                fail(.leadingDecimalPoint(text), from: start)
            } else {
                lexSymbol(scalar)
            }
        }
        tokens.append(Token(.end, at: SourceRange(start: scalars.count, length: 0)))
    }

    // MARK: Literals and names

    /// Digits with an optional fraction: `2`, `2.5`. Not `.5`, `2.` or `1e3`.
    private mutating func lexNumber() {
        let start = position
        skipDigits()
        if peek() == ".", let next = peek(1), Self.isDigit(next) {
            position += 1
            skipDigits()
        }
        if let next = peek(), next == "." || Self.isIdentifierStart(next) {
            // `2abc`, `2.`, `2.5.1`: one bad word rather than a cascade of tokens.
            while let scalar = peek(), scalar == "." || Self.isIdentifierPart(scalar) { position += 1 }
            fail(.invalidNumber(text(from: start)), from: start)
            return
        }
        let value = Double(text(from: start)) ?? 0
        guard value.isFinite else {
            fail(.numberTooLarge(text(from: start)), from: start)
            return
        }
        tokens.append(Token(.number(value), at: SourceRange(from: start, to: position)))
    }

    /// A name or keyword; see `isIdentifierPart` and the rules for `.` and `-` inside names.
    private mutating func lexIdentifier() {
        let start = position
        position += 1
        while let scalar = peek() {
            if Self.isIdentifierPart(scalar) {
                position += 1
            } else if scalar == ".", let next = peek(1), Self.isIdentifierPart(next) {
                position += 1
            } else if scalar == "-", let next = peek(1), Self.isIdentifierPart(next), next != "_" {
                // `inductie-start` is one name; `a - b` and `score(x) - 1` are subtractions.
                position += 1
            } else {
                break
            }
        }
        let name = text(from: start)
        let range = SourceRange(from: start, to: position)
        if let keyword = Token.Keyword(rawValue: name) {
            tokens.append(Token(.keyword(keyword), at: range))
        } else {
            tokens.append(Token(.identifier(name), at: range))
        }
    }

    /// A string in double quotes; `\"` and `\\` are its only escapes.
    private mutating func lexString() {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while let scalar = peek() {
            position += 1
            switch scalar {
            case "\"":
                tokens.append(Token(.string(String(value)), at: SourceRange(from: start, to: position)))
                return
            case "\\":
                guard let escaped = peek() else { continue }
                position += 1
                if escaped == "\"" || escaped == "\\" {
                    value.append(escaped)
                } else {
                    fail(.unknownEscape(escaped), from: position - 2)
                }
            default:
                value.append(scalar)
            }
        }
        errors.append(RuleError(.unterminatedString, at: SourceRange(from: start, to: position)))
    }

    // MARK: Symbols

    private mutating func lexSymbol(_ scalar: Unicode.Scalar) {
        let start = position
        let two = peek(1).map { String(scalar) + String($0) }
        if let two, let symbol = Token.Symbol(rawValue: two) {
            position += 2
            tokens.append(Token(.symbol(symbol), at: SourceRange(start: start, length: 2)))
            return
        }
        if let symbol = Token.Symbol(rawValue: String(scalar)) {
            position += 1
            tokens.append(Token(.symbol(symbol), at: SourceRange(start: start, length: 1)))
            return
        }
        switch (scalar, two) {
        case (_, "&&"?), (_, "||"?):
            position += 2
        default:
            position += 1
        }
        fail(.unknownCharacter(text(from: start)), from: start)
    }

    // MARK: Helpers

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private mutating func skipDigits() {
        while let scalar = peek(), Self.isDigit(scalar) { position += 1 }
    }

    private func text(from start: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<position])
        return String(view)
    }

    private mutating func fail(_ message: Message, from start: Int) {
        errors.append(RuleError(message, at: SourceRange(from: start, to: position)))
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// A letter of any script, or `_`.
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// A letter, a combining mark (as in a decomposed `é`), an ASCII digit or `_`.
    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        if isIdentifierStart(scalar) || isDigit(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }
}

fileprivate extension Message {
    static var unterminatedString: Message {
        Message(nl: "tekst zonder eind; een tekst eindigt met ‘\"’", en: "unterminated string; a string ends with '\"'")
    }

    static func leadingDecimalPoint(_ text: String) -> Message {
        Message(nl: "‘\(text)’ is geen geldig getal; schrijf 0\(text)", en: "'\(text)' is not a valid number; write 0\(text)")
    }

    static func invalidNumber(_ text: String) -> Message {
        Message(
            nl: "‘\(text)’ is geen geldig getal; getallen schrijf je als 2 of 2.5 (met een punt), en namen beginnen met een letter",
            en: "'\(text)' is not a valid number; numbers are written like 2 or 2.5, and names start with a letter")
    }

    static func numberTooLarge(_ text: String) -> Message {
        Message(nl: "getal ‘\(text)’ is te groot", en: "number '\(text)' is too large")
    }

    static func unknownEscape(_ scalar: Unicode.Scalar) -> Message {
        Message(
            nl: "onbekende escape ‘\\\(Lexer.visible(scalar))’ in een tekst; alleen \\\" en \\\\ zijn toegestaan",
            en: "unknown escape '\\\(Lexer.visible(scalar))' in string; only \\\" and \\\\ are allowed")
    }

    static func unknownCharacter(_ text: String) -> Message {
        let shown = text.unicodeScalars.map(Lexer.visible).joined()
        let hint: Message =
            switch text {
            case "=": Message(nl: "; vergelijk met ‘==’", en: "; use '==' to compare")
            case "!": Message(nl: "; gebruik ‘not’ voor het omgekeerde, of ‘!=’ om te vergelijken", en: "; use 'not' to negate, or '!=' to compare")
            case "&", "&&": Message(nl: "; gebruik ‘and’", en: "; use 'and'")
            case "|", "||": Message(nl: "; gebruik ‘or’", en: "; use 'or'")
            case "'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{201E}":
                Message(
                    nl: "; teksten staan tussen rechte dubbele aanhalingstekens, zoals \"ja\"",
                    en: "; strings are written in straight double quotes, like \"ja\"")
            case ".":
                Message(nl: "; na een ‘.’ in een naam hoort een letter of cijfer", en: "; a '.' inside a name must be followed by a letter or digit")
            default: .empty
            }
        return Message(nl: "onbekend teken ‘\(shown)’\(hint.nl)", en: "unknown character '\(shown)'\(hint.en)")
    }
}

extension Lexer {
    /// The scalar as text, or as `U+200B` when it would be invisible or move the cursor.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
            .privateUse, .surrogate, .nonspacingMark, .enclosingMark:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        default:
            return String(scalar)
        }
    }
}
