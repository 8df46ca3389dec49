import Diagnostics

/// Parses an expression into an ``Expression`` tree, by recursive descent.
///
/// Precedence, loosest first: `or`, `and`, `not`, comparisons (not chainable), `+ -`,
/// `* /`, unary `-`, then calls, literals and parentheses. Input is bounded in length and
/// nesting, so a hostile expression gets an error rather than exhausting the stack.
public struct RuleParser {
    /// The longest expression accepted, in Unicode scalars.
    public static let maximumLength = 10_000
    /// The deepest nesting accepted: levels of parentheses, prefixes, calls and operators.
    public static let maximumDepth = 100

    private let tokens: [Token]
    private var index = 0
    private var depth = 0
    private var errors: [RuleError] = []

    /// Thrown to abandon the construct being parsed after its error was recorded.
    private struct Failure: Error {
        /// A fatal failure ends parsing; others let an enclosing list or group recover.
        var isFatal = false
    }

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// The tree of `source`, or every lexical error, or the syntax errors found (the
    /// first one always, more where the parser can recover at a `,` or `)`).
    public static func parse(_ source: String) -> Result<Expression, RuleErrors> {
        let length = source.unicodeScalars.count
        if length > maximumLength {
            let range = SourceRange(from: maximumLength, to: length)
            return .failure(RuleErrors([RuleError(.tooLong(length), at: range)]))
        }
        let (tokens, lexicalErrors) = Lexer.tokenize(source)
        if !lexicalErrors.isEmpty { return .failure(RuleErrors(lexicalErrors)) }
        var parser = RuleParser(tokens: tokens)
        return parser.parseAll()
    }

    private mutating func parseAll() -> Result<Expression, RuleErrors> {
        if case .end = current.kind {
            return .failure(RuleErrors([RuleError(.emptyExpression, at: current.range)]))
        }
        do {
            let expression = try parseOr()
            if current.kind != .end {
                errors.append(RuleError(.unexpectedAfterExpression(current), at: current.range))
            }
            return errors.isEmpty ? .success(expression) : .failure(RuleErrors(errors))
        } catch {
            return .failure(RuleErrors(errors))
        }
    }

    // MARK: Grammar

    private mutating func parseOr() throws -> Expression {
        var left = try parseAnd()
        while let keyword = take(.keyword(.or)) {
            left = try node(.binary(.or, left, try parseAnd()), operatorAt: keyword.range)
        }
        return left
    }

    private mutating func parseAnd() throws -> Expression {
        var left = try parseNot()
        while let keyword = take(.keyword(.and)) {
            left = try node(.binary(.and, left, try parseNot()), operatorAt: keyword.range)
        }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        guard let keyword = take(.keyword(.not)) else { return try parseComparison() }
        let operand = try nested { try $0.parseNot() }
        return try node(.unary(.not, operand), operatorAt: keyword.range)
    }

    private mutating func parseComparison() throws -> Expression {
        let left = try parseAdditive()
        guard let (op, token) = takeBinary(where: \.isComparison) else { return left }
        let comparison = try node(.binary(op, left, try parseAdditive()), operatorAt: token.range)
        while let (_, extra) = takeBinary(where: \.isComparison) {
            errors.append(RuleError(.chainedComparison, at: extra.range))
            _ = try parseAdditive()
        }
        return comparison
    }

    private mutating func parseAdditive() throws -> Expression {
        var left = try parseMultiplicative()
        while let (op, token) = takeBinary(where: { $0 == .add || $0 == .subtract }) {
            left = try node(.binary(op, left, try parseMultiplicative()), operatorAt: token.range)
        }
        return left
    }

    private mutating func parseMultiplicative() throws -> Expression {
        var left = try parseUnary()
        while let (op, token) = takeBinary(where: { $0 == .multiply || $0 == .divide }) {
            left = try node(.binary(op, left, try parseUnary()), operatorAt: token.range)
        }
        return left
    }

    private mutating func parseUnary() throws -> Expression {
        guard let minus = take(.symbol(.minus)) else { return try parsePrimary() }
        let operand = try nested { try $0.parseUnary() }
        return try node(.unary(.negate, operand), operatorAt: minus.range)
    }

    private mutating func parsePrimary() throws -> Expression {
        let token = current
        switch token.kind {
        case .number(let number):
            advance()
            return Expression(.number(number), at: token.range)
        case .string(let string):
            advance()
            return Expression(.string(string), at: token.range)
        case .keyword(.true), .keyword(.false):
            advance()
            return Expression(.bool(token.kind == .keyword(.true)), at: token.range)
        case .identifier(let name):
            advance()
            guard take(.symbol(.leftParenthesis)) != nil else {
                return Expression(.reference(name), at: token.range)
            }
            let (arguments, close) = try nested { try $0.parseArguments(of: name) }
            return try node(
                .call(name: name, nameRange: token.range, arguments: arguments),
                range: token.range.union(close))
        case .symbol(.leftParenthesis):
            advance()
            return try nested { try $0.parseParenthesized(openedAt: token.range) }
        case .keyword(.not):
            throw fail(.notInOperand, at: token.range)
        case .end:
            throw fail(.unexpectedEnd, at: token.range)
        default:
            throw fail(.expectedValue(token), at: token.range)
        }
    }

    /// The inside of `( … )`; the result's range includes the parentheses.
    private mutating func parseParenthesized(openedAt open: SourceRange) throws -> Expression {
        let inner: Expression
        do {
            inner = try parseOr()
        } catch let failure as Failure where !failure.isFatal {
            let (close, _) = try synchronize()
            return Expression(.bool(false), at: open.union(close))
        }
        guard let close = take(.symbol(.rightParenthesis)) else {
            errors.append(RuleError(.expectedClosingParenthesis(current), at: current.range))
            let (close, _) = try synchronize()
            return inner.at(open.union(close))
        }
        return inner.at(open.union(close.range))
    }

    /// The arguments after `name(`, and the range of the closing `)`.
    ///
    /// After a bad argument the parser skips to the next `,` or `)` and goes on, so each
    /// bad argument gets its own error.
    private mutating func parseArguments(of name: String) throws -> ([Expression], SourceRange) {
        var arguments: [Expression] = []
        if let close = take(.symbol(.rightParenthesis)) { return (arguments, close.range) }
        while true {
            do {
                arguments.append(try parseOr())
            } catch let failure as Failure where !failure.isFatal {
                let (stop, isComma) = try synchronize(stoppingAtComma: true)
                if isComma { continue }
                return (arguments, stop)
            }
            if take(.symbol(.comma)) != nil { continue }
            if let close = take(.symbol(.rightParenthesis)) { return (arguments, close.range) }
            errors.append(RuleError(.expectedCommaOrParenthesis(current, in: name), at: current.range))
            let (stop, isComma) = try synchronize(stoppingAtComma: true)
            if isComma { continue }
            return (arguments, stop)
        }
    }

    // MARK: Recovery and limits

    /// Skips to the `)` that closes the current group or call (or, when asked, to a `,`
    /// at the same level) after an error there, and steps past it; gives up, non-fatally,
    /// at the end of the input.
    private mutating func synchronize(stoppingAtComma: Bool = false) throws -> (SourceRange, isComma: Bool) {
        var open = 0
        while true {
            let token = current
            switch token.kind {
            case .end:
                throw Failure()
            case .symbol(.leftParenthesis):
                open += 1
            case .symbol(.rightParenthesis):
                if open == 0 {
                    advance()
                    return (token.range, false)
                }
                open -= 1
            case .symbol(.comma) where open == 0 && stoppingAtComma:
                advance()
                return (token.range, true)
            default:
                break
            }
            advance()
        }
    }

    /// Runs `body` one nesting level deeper, failing fatally past ``maximumDepth``.
    private mutating func nested<T>(_ body: (inout RuleParser) throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw fail(.tooDeep, at: current.range, fatal: true)
        }
        return try body(&self)
    }

    /// A new node spanning its children, checked against ``maximumDepth``.
    private mutating func node(_ kind: Expression.Kind, operatorAt operatorRange: SourceRange) throws -> Expression {
        let range = kind.children.reduce(operatorRange) { $0.union($1.range) }
        return try node(kind, range: range, reportingAt: operatorRange)
    }

    private mutating func node(
        _ kind: Expression.Kind, range: SourceRange, reportingAt place: SourceRange? = nil
    ) throws -> Expression {
        let expression = Expression(kind, at: range)
        if expression.height > Self.maximumDepth {
            throw fail(.tooDeep, at: place ?? range, fatal: true)
        }
        return expression
    }

    // MARK: Tokens

    private var current: Token { tokens[index] }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    private mutating func take(_ kind: Token.Kind) -> Token? {
        guard current.kind == kind else { return nil }
        defer { advance() }
        return current
    }

    private mutating func takeBinary(where accepts: (BinaryOperator) -> Bool) -> (BinaryOperator, Token)? {
        guard case .symbol(let symbol) = current.kind, let op = BinaryOperator(symbol), accepts(op) else {
            return nil
        }
        defer { advance() }
        return (op, current)
    }

    private mutating func fail(_ message: Message, at range: SourceRange, fatal: Bool = false) -> Failure {
        errors.append(RuleError(message, at: range))
        return Failure(isFatal: fatal)
    }
}

fileprivate extension Message {
    static func tooLong(_ length: Int) -> Message {
        Message(
            nl: "expressie is te lang (\(length) tekens; hoogstens \(RuleParser.maximumLength))",
            en: "expression is too long (\(length) characters; at most \(RuleParser.maximumLength))")
    }

    static var tooDeep: Message {
        Message(
            nl: "expressie is te diep genest (hoogstens \(RuleParser.maximumDepth) niveaus)",
            en: "expression is nested too deeply (at most \(RuleParser.maximumDepth) levels)")
    }

    static var emptyExpression: Message { Message(nl: "lege expressie", en: "empty expression") }

    static var unexpectedEnd: Message {
        Message(nl: "de expressie houdt onverwacht op; verwacht een waarde", en: "unexpected end of expression; expected a value")
    }

    static var notInOperand: Message {
        Message(
            nl: "‘not’ kan hier niet staan; zet het tussen haakjes, zoals in (not …)",
            en: "'not' cannot stand here; put it in parentheses, as in (not …)")
    }

    static var chainedComparison: Message {
        Message(
            nl: "vergelijkingen kunnen niet aan elkaar vast; verbind ze met ‘and’, zoals in ‘a < b and b < c’",
            en: "comparisons cannot be chained; combine them with 'and', as in 'a < b and b < c'")
    }

    static func expectedValue(_ token: Token) -> Message {
        Message(nl: "verwacht een waarde, gevonden \(token.quoted.nl)", en: "expected a value, found \(token.quoted.en)")
    }

    static func expectedClosingParenthesis(_ token: Token) -> Message {
        token.kind == .end
            ? Message(nl: "verwacht ‘)’", en: "expected ')'")
            : Message(nl: "verwacht ‘)’, gevonden \(token.quoted.nl)", en: "expected ')', found \(token.quoted.en)")
    }

    static func expectedCommaOrParenthesis(_ token: Token, in function: String) -> Message {
        let found = token.kind == .end ? .empty : Message(nl: ", gevonden \(token.quoted.nl)", en: ", found \(token.quoted.en)")
        return Message(
            nl: "verwacht ‘,’ of ‘)’ na een argument van \(function)\(found.nl)",
            en: "expected ',' or ')' after an argument of \(function)\(found.en)")
    }

    /// Text after a complete expression: a misspelt operator, a stray `)`, a missing operator.
    static func unexpectedAfterExpression(_ token: Token) -> Message {
        switch token.kind {
        case .symbol(.rightParenthesis):
            return Message(nl: "‘)’ zonder bijbehorende ‘(’", en: "unexpected ')' without a matching '('")
        case .identifier(let name):
            let found = Message(nl: "verwacht een operator, gevonden ‘\(name)’", en: "expected an operator, found '\(name)'")
            let dutch = ["en": "and", "of": "or", "niet": "not"]
            if let keyword = dutch[name.lowercased()] {
                return found + Message(nl: "; bedoel je ‘\(keyword)’?", en: "; did you mean '\(keyword)'?")
            }
            let operators = ["and", "or"]
            if operators.contains(name.lowercased()) {
                return found
                    + Message(
                        nl: "; bedoel je ‘\(name.lowercased())’? operatoren zijn in kleine letters",
                        en: "; did you mean '\(name.lowercased())'? operators are lowercase")
            }
            return found + Suggestion.didYouMean(name, in: operators)
        default:
            return Message(nl: "verwacht een operator, gevonden \(token.quoted.nl)", en: "expected an operator, found \(token.quoted.en)")
        }
    }
}
