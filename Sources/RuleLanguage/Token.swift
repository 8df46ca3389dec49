public import Diagnostics

/// One lexical unit of an expression, with its place in the text.
public struct Token: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case number(Double)
        /// A string literal, with its escapes already resolved.
        case string(String)
        /// A name: a reference such as `rollen.inductie-start`, or a function name.
        case identifier(String)
        case keyword(Keyword)
        case symbol(Symbol)
        /// The end of the expression; always the last token.
        case end
    }

    /// The lowercase words with a meaning of their own; they cannot be names.
    public enum Keyword: String, Hashable, Sendable, CaseIterable {
        case and, or, not, `true`, `false`
    }

    /// Operators and punctuation.
    public enum Symbol: String, Hashable, Sendable, CaseIterable {
        case plus = "+", minus = "-", star = "*", slash = "/"
        case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<="
        case greater = ">", greaterOrEqual = ">="
        case leftParenthesis = "(", rightParenthesis = ")", comma = ","
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, at range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The token as a user would name it in a message: `')'`, `'and'`, `the end of the expression`.
    public var quoted: Message {
        switch kind {
        case .number(let number): Message(nl: "‘\(Value.format(number))’", en: "'\(Value.format(number))'")
        case .string(let string): .verbatim(Value.quote(string))
        case .identifier(let name): Message(nl: "‘\(name)’", en: "'\(name)'")
        case .keyword(let keyword): Message(nl: "‘\(keyword.rawValue)’", en: "'\(keyword.rawValue)'")
        case .symbol(let symbol): Message(nl: "‘\(symbol.rawValue)’", en: "'\(symbol.rawValue)'")
        case .end: Message(nl: "het einde van de expressie", en: "the end of the expression")
        }
    }

    /// `kind@start..end`, for tests.
    public var description: String {
        let text: String =
            switch kind {
            case .number(let number): "number(\(Value.format(number)))"
            case .string(let string): "string(\(Value.quote(string)))"
            case .identifier(let name): "identifier(\(name))"
            case .keyword(let keyword): "keyword(\(keyword.rawValue))"
            case .symbol(let symbol): "symbol(\(symbol.rawValue))"
            case .end: "end"
            }
        return "\(text)@\(range)"
    }
}
