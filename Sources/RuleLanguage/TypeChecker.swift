import Diagnostics

/// Checks an expression against the host's functions and references, and lowers it for
/// the ``Evaluator``.
///
/// It collects every error it can: a sub-expression with an error has no type, and the
/// checker stays silent about what depends on it rather than report a cascade.
public struct TypeChecker {
    let environment: any RuleEnvironment
    var errors: [RuleError] = []
    var references: [ReferenceUse] = []

    /// A checked sub-expression.
    struct Typed {
        var node: TypedNode
        var type: ValueType
        /// The only strings the value can take, and the reference they come from.
        var domain: (strings: [String], owner: String)?
        /// A host word for the value, as "choice" in "a choice (string)".
        var label: Message?

        /// "a number", or "a choice (string)" when the host named the value.
        var typePhrase: Message {
            label.map { Message(nl: "een \($0.nl) (\(type))", en: "\(ReferenceKind.withArticle($0.en)) (\(type))") } ?? type.withArticle
        }
    }

    private init(environment: any RuleEnvironment) {
        self.environment = environment
    }

    /// Checks `expression` in `environment`; when `expected` is given, the expression must
    /// have that type (`.bool` for conditions such as `show_if` and `when`).
    public static func check(
        _ expression: Expression, in environment: any RuleEnvironment, expecting expected: ValueType?
    ) -> Result<CheckedExpression, RuleErrors> {
        var checker = TypeChecker(environment: environment)
        let typed = checker.check(expression)
        if let typed, let expected, typed.type != expected {
            checker.errors.append(RuleError(.wrongResultType(typed, expected: expected), at: expression.range))
        }
        guard let typed, checker.errors.isEmpty else { return .failure(RuleErrors(checker.errors)) }
        return .success(
            CheckedExpression(
                expression: expression, type: typed.type, references: checker.references, root: typed.node))
    }

    /// Parses and checks `source`: the parser's errors, else the checker's.
    public static func check(
        _ source: String, in environment: any RuleEnvironment, expecting expected: ValueType?
    ) -> Result<CheckedExpression, RuleErrors> {
        RuleParser.parse(source).flatMap { TypeChecker.check($0, in: environment, expecting: expected) }
    }

    // MARK: Expressions

    mutating func check(_ expression: Expression) -> Typed? {
        switch expression.kind {
        case .number(let number):
            return Typed(node: .literal(.number(number)), type: .number)
        case .string(let string):
            return Typed(node: .literal(.string(string)), type: .string)
        case .bool(let bool):
            return Typed(node: .literal(.bool(bool)), type: .bool)
        case .reference(let name):
            errors.append(RuleError(notAValue(name), at: expression.range))
            return nil
        case .unary(let op, let operand):
            return checkUnary(op, operand)
        case .binary(let op, let left, let right):
            if op.isLogical { return checkLogical(op, left, right) }
            if op.isComparison { return checkComparison(op, left, right, range: expression.range) }
            return checkArithmetic(op, left, right)
        case .call(let name, let nameRange, let arguments):
            return checkCall(
                name, nameRange: nameRange, arguments: arguments, range: expression.range,
                text: expression.description)
        }
    }

    private mutating func checkUnary(_ op: UnaryOperator, _ operand: Expression) -> Typed? {
        let expected: ValueType = op == .not ? .bool : .number
        guard let typed = check(operand) else { return nil }
        guard typed.type == expected else {
            errors.append(RuleError(.operandOfUnary(op, snippet(operand), typed), at: operand.range))
            return nil
        }
        return Typed(node: op == .not ? .not(typed.node) : .negate(typed.node), type: expected)
    }

    private mutating func checkLogical(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> Typed? {
        let sides = [left, right].map { side -> TypedNode? in
            guard let typed = check(side) else { return nil }
            guard typed.type == .bool else {
                errors.append(RuleError(.operandOfLogical(op, snippet(side), typed), at: side.range))
                return nil
            }
            return typed.node
        }
        guard let l = sides[0], let r = sides[1] else { return nil }
        return Typed(node: op == .and ? .and(l, r) : .or(l, r), type: .bool)
    }

    private mutating func checkArithmetic(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> Typed? {
        let sides = [left, right].map { side -> TypedNode? in
            guard let typed = check(side) else { return nil }
            guard typed.type == .number else {
                errors.append(RuleError(.operandOfArithmetic(op, snippet(side), typed), at: side.range))
                return nil
            }
            return typed.node
        }
        guard let l = sides[0], let r = sides[1] else { return nil }
        return Typed(node: .arithmetic(op, l, r), type: .number)
    }

    private mutating func checkComparison(
        _ op: BinaryOperator, _ left: Expression, _ right: Expression, range: SourceRange
    ) -> Typed? {
        let l = check(left)
        let r = check(right)
        guard let l, let r else {
            // `answer(q) == ja`: an option written without quotes.
            if op.isEquality, !unquotedOption(l, right) { unquotedOption(r, left) }
            return nil
        }
        if op.isEquality {
            guard l.type == r.type else {
                errors.append(RuleError(.incomparable(l, r), at: range))
                return nil
            }
            let before = errors.count
            checkAgainstDomain(right, of: l)
            checkAgainstDomain(left, of: r)
            if errors.count > before { return nil }
        } else {
            var ok = true
            for (side, typed) in [(left, l), (right, r)] where typed.type != .number {
                errors.append(RuleError(.unordered(op, snippet(side), typed), at: side.range))
                ok = false
            }
            guard ok else { return nil }
        }
        let node = TypedNode.comparison(op, operand(left, l), operand(right, r))
        return Typed(node: node, type: .bool)
    }

    private func operand(_ expression: Expression, _ typed: Typed) -> TypedNode.Operand {
        let isLiteral =
            switch expression.kind {
            case .number, .string, .bool: true
            case .unary(.negate, let inner): if case .number = inner.kind { true } else { false }
            default: false
            }
        return TypedNode.Operand(node: typed.node, text: expression.description, isLiteral: isLiteral)
    }

    // MARK: Option strings

    /// Reports `literal` when it is a string literal outside the strings `typed` can be.
    mutating func checkAgainstDomain(_ literal: Expression, of typed: Typed) {
        guard let domain = typed.domain, case .string(let string) = literal.kind,
            !domain.strings.contains(string)
        else { return }
        errors.append(RuleError(.notAnOption(string, domain: domain), at: literal.range))
    }

    /// When `reference` is a bare name that is one of the strings `typed` can be, replaces
    /// the "not a value" error already reported for it by one that says to quote it.
    @discardableResult
    private mutating func unquotedOption(_ typed: Typed?, _ reference: Expression) -> Bool {
        guard let domain = typed?.domain, case .reference(let name) = reference.kind,
            domain.strings.contains(name),
            let index = errors.lastIndex(where: { $0.range == reference.range })
        else { return false }
        errors[index] = RuleError(.unquotedOption(name), at: reference.range)
        return true
    }

    // MARK: Helpers

    /// The message for a bare name where a value belongs.
    private func notAValue(_ name: String) -> Message {
        if let builtin = Builtin.named(name) {
            return .functionWithoutCall(name, synopsis: builtin.synopsis)
        }
        if let signature = environment.signature(of: name) {
            return .functionWithoutCall(name, synopsis: signature.synopsis(name))
        }
        if let keyword = Token.Keyword(rawValue: name.lowercased()) {
            return .capitalisedKeyword(name, keyword.rawValue)
        }
        return .notAValue(name, suggestion: environment.valueSuggestion(for: name))
    }

    /// The expression's text for a message, or "this" when it is too long to quote.
    func snippet(_ expression: Expression) -> Message {
        let text = expression.description
        return text.unicodeScalars.count <= 40 ? .verbatim(text) : Message(nl: "dit", en: "this")
    }
}

fileprivate extension Message {
    static func wrongResultType(_ typed: TypeChecker.Typed, expected: ValueType) -> Message {
        let found = typed.typePhrase
        if expected == .bool {
            return Message(
                nl: "een voorwaarde moet true of false zijn, maar dit is \(found.nl); vergelijk het met iets, zoals in ‘score(x) < 3’",
                en: "a condition must be true or false, but this is \(found.en); compare it with something, as in 'score(x) < 3'")
        }
        return Message(
            nl: "verwacht \(expected.withArticle.nl), maar dit is \(found.nl)", en: "expected \(expected.withArticle.en), but this is \(found.en)")
    }

    static func operandOfUnary(_ op: UnaryOperator, _ snippet: Message, _ typed: TypeChecker.Typed) -> Message {
        let found = typed.typePhrase
        return op == .not
            ? Message(
                nl: "‘not’ vraagt een voorwaarde (true of false), maar \(snippet.nl) is \(found.nl)",
                en: "'not' needs a condition (true or false), but \(snippet.en) is \(found.en)")
            : Message(nl: "‘-’ vraagt een getal, maar \(snippet.nl) is \(found.nl)", en: "'-' needs a number, but \(snippet.en) is \(found.en)")
    }

    static func operandOfLogical(_ op: BinaryOperator, _ snippet: Message, _ typed: TypeChecker.Typed) -> Message {
        Message(
            nl: "‘\(op.rawValue)’ vraagt aan beide kanten een voorwaarde (true of false), maar \(snippet.nl) is \(typed.typePhrase.nl)",
            en: "'\(op.rawValue)' needs a condition (true or false) on each side, but \(snippet.en) is \(typed.typePhrase.en)")
    }

    static func operandOfArithmetic(_ op: BinaryOperator, _ snippet: Message, _ typed: TypeChecker.Typed) -> Message {
        Message(
            nl: "‘\(op.rawValue)’ vraagt getallen, maar \(snippet.nl) is \(typed.typePhrase.nl)",
            en: "'\(op.rawValue)' needs numbers, but \(snippet.en) is \(typed.typePhrase.en)")
    }

    static func incomparable(_ left: TypeChecker.Typed, _ right: TypeChecker.Typed) -> Message {
        Message(
            nl: "\(left.typePhrase.nl) en \(right.typePhrase.nl) zijn niet te vergelijken",
            en: "cannot compare \(left.typePhrase.en) with \(right.typePhrase.en)")
    }

    static func unordered(_ op: BinaryOperator, _ snippet: Message, _ typed: TypeChecker.Typed) -> Message {
        Message(
            nl: "‘\(op.rawValue)’ vergelijkt getallen, maar \(snippet.nl) is \(typed.typePhrase.nl); gebruik ‘==’ of ‘!=’ voor andere waarden",
            en: "'\(op.rawValue)' compares numbers, but \(snippet.en) is \(typed.typePhrase.en); use '==' or '!=' for other values")
    }

    static func notAnOption(_ string: String, domain: (strings: [String], owner: String)) -> Message {
        let hint = Suggestion.didYouMean(string, in: domain.strings)
        let choices =
            hint.isEmpty
            ? Message(
                nl: "; het kan zijn: " + domain.strings.map { "‘\($0)’" }.joined(separator: ", "),
                en: "; it can be " + domain.strings.map { "'\($0)'" }.joined(separator: ", "))
            : hint
        return Message(nl: "‘\(string)’ is geen optie van \(domain.owner)", en: "'\(string)' is not an option of \(domain.owner)") + choices
    }

    static func unquotedOption(_ name: String) -> Message {
        Message(
            nl: "‘\(name)’ is geen waarde; schrijf de optie als tekst: \"\(name)\"",
            en: "'\(name)' is not a value; write the option as a string: \"\(name)\"")
    }

    static func functionWithoutCall(_ name: String, synopsis: String) -> Message {
        Message(nl: "‘\(name)’ is een functie; roep hem aan als \(synopsis)", en: "'\(name)' is a function; call it as \(synopsis)")
    }

    static func capitalisedKeyword(_ name: String, _ keyword: String) -> Message {
        Message(
            nl: "‘\(name)’ is geen waarde; bedoel je ‘\(keyword)’? sleutelwoorden zijn in kleine letters",
            en: "'\(name)' is not a value; did you mean '\(keyword)'? keywords are lowercase")
    }

    static func notAValue(_ name: String, suggestion: String?) -> Message {
        Message(nl: "‘\(name)’ is geen waarde", en: "'\(name)' is not a value")
            + (suggestion.map { Message(nl: "; bedoel je \($0)?", en: "; did you mean \($0)?") } ?? .empty)
    }
}
