import Diagnostics

extension TypeChecker {
    /// Checks a call of a built-in or host function.
    mutating func checkCall(
        _ name: String, nameRange: SourceRange, arguments: [Expression], range: SourceRange, text: String
    ) -> Typed? {
        if let builtin = Builtin.named(name) {
            return checkBuiltin(builtin, arguments: arguments, range: range)
        }
        guard let signature = environment.signature(of: name) else {
            let names = Builtin.allCases.map(\.name) + environment.functionNames
            errors.append(RuleError(.unknownFunction(name, names: names), at: nameRange))
            return nil
        }
        return checkHostCall(name, signature: signature, arguments: arguments, range: range, text: text)
    }

    // MARK: Host functions

    private mutating func checkHostCall(
        _ name: String, signature: FunctionSignature, arguments: [Expression], range: SourceRange, text: String
    ) -> Typed? {
        var ok = checkArity(
            arguments, range: range, minimum: signature.minimumArity,
            maximum: signature.maximumArity, synopsis: signature.synopsis(name))
        var lowered: [TypedNode.HostCall.Argument] = []
        var resolved: [Int: (info: ReferenceInfo, name: String)] = [:]
        for (index, argument) in arguments.enumerated() {
            guard let parameter = signature.parameter(at: index) else { break }
            switch parameter.accepts {
            case .value(let type):
                guard let typed = check(argument) else { ok = false; continue }
                guard typed.type == type else {
                    errors.append(
                        RuleError(
                            .wrongArgumentType(name, parameter: parameter.name, expected: type, typed),
                            at: argument.range))
                    ok = false
                    continue
                }
                lowered.append(.value(typed.node))
            case .reference(let kinds):
                guard case .reference(let written) = argument.kind else {
                    errors.append(RuleError(.expectedReference(name, kinds: kinds, argument), at: argument.range))
                    ok = false
                    continue
                }
                switch environment.resolve(written, as: kinds) {
                case .success(let info):
                    let canonical = info.canonicalName ?? written
                    references.append(
                        ReferenceUse(
                            name: written, resolvedName: canonical, kind: info.kind, function: name,
                            range: argument.range))
                    resolved[index] = (info, written)
                    lowered.append(.reference(canonical))
                case .failure(let error):
                    errors.append(RuleError(error.message, at: argument.range))
                    ok = false
                }
            }
        }
        guard ok else { return nil }
        var subject: String?
        if case .reference(let canonical)? = lowered.first { subject = canonical }
        let node = TypedNode.host(
            .init(name: name, text: text, arguments: lowered, binding: environment.binding(of: name, subject: subject)))
        switch signature.result {
        case .fixed(let type):
            var typed = Typed(node: node, type: type)
            if type == .string, let strings = environment.resultStrings(of: name) {
                typed.domain = (strings, "\(name)()")
            }
            return typed
        case .typeOfReference(let index):
            guard let (info, written) = resolved[index], let type = info.valueType else {
                errors.append(RuleError(.noValue(text), at: range))
                return nil
            }
            var typed = Typed(node: node, type: type, label: info.valueLabel)
            if type == .string, let strings = info.allowedStrings {
                typed.domain = (strings, written)
            }
            return typed
        }
    }

    // MARK: Built-ins

    private mutating func checkBuiltin(_ builtin: Builtin, arguments: [Expression], range: SourceRange) -> Typed? {
        let arity = builtin.arity
        var ok = checkArity(
            arguments, range: range, minimum: arity.minimum, maximum: arity.maximum,
            synopsis: builtin.synopsis)
        let checked = arguments.prefix(arity.maximum ?? arguments.count).map { check($0) }
        guard ok, !checked.contains(where: { $0 == nil }) else { return nil }
        let typed = checked.compactMap { $0 }

        if builtin == .default {
            let (value, fallback) = (typed[0], typed[1])
            guard value.type == fallback.type else {
                errors.append(RuleError(.fallbackType(value, fallback), at: arguments[1].range))
                return nil
            }
            let before = errors.count
            checkAgainstDomain(arguments[1], of: value)
            guard errors.count == before else { return nil }
            var result = value
            result.node = .builtin(.default, [value.node, fallback.node])
            return result
        }
        for (argument, argumentType) in zip(arguments, typed) where argumentType.type != .number {
            errors.append(
                RuleError(
                    .wrongArgumentType(builtin.name, parameter: nil, expected: .number, argumentType),
                    at: argument.range))
            ok = false
        }
        guard ok else { return nil }
        return Typed(node: .builtin(builtin, typed.map(\.node)), type: .number)
    }

    // MARK: Arity

    /// Reports a call with too few arguments (at the call) or too many (at the extra ones).
    private mutating func checkArity(
        _ arguments: [Expression], range: SourceRange, minimum: Int, maximum: Int?, synopsis: String
    ) -> Bool {
        if arguments.count < minimum {
            errors.append(
                RuleError(
                    .arity(synopsis, minimum: minimum, maximum: maximum, got: arguments.count),
                    at: range))
            return false
        }
        if let maximum, arguments.count > maximum {
            let extra = arguments[maximum].range.union(arguments[arguments.count - 1].range)
            errors.append(
                RuleError(
                    .arity(synopsis, minimum: minimum, maximum: maximum, got: arguments.count),
                    at: extra))
            return false
        }
        return true
    }
}

fileprivate extension Message {
    static func unknownFunction(_ name: String, names: [String]) -> Message {
        Message(nl: "onbekende functie ‘\(name)’", en: "unknown function '\(name)'") + Suggestion.didYouMean(name, in: names)
    }

    static func arity(_ synopsis: String, minimum: Int, maximum: Int?, got: Int) -> Message {
        let expected: Message =
            switch maximum {
            case nil: Message(nl: "minstens ", en: "at least ") + count(minimum)
            case minimum?: count(minimum)
            case (minimum + 1)?: Message(nl: "\(minimum) of ", en: "\(minimum) or ") + count(minimum + 1)
            case let maximum?: Message(nl: "\(minimum) tot en met ", en: "\(minimum) to ") + count(maximum)
            }
        return Message(
            nl: "\(synopsis) krijgt \(expected.nl), maar kreeg er \(got)",
            en: "\(synopsis) takes \(expected.en), but got \(got)")
    }

    private static func count(_ number: Int) -> Message {
        number == 1 ? Message(nl: "1 argument", en: "1 argument") : Message(nl: "\(number) argumenten", en: "\(number) arguments")
    }

    static func wrongArgumentType(
        _ function: String, parameter: String?, expected: ValueType, _ typed: TypeChecker.Typed
    ) -> Message {
        let which = parameter.map { Message(nl: " voor ‘\($0)’", en: " for '\($0)'") } ?? .empty
        return Message(
            nl: "\(function) vraagt \(expected.withArticle.nl)\(which.nl), maar dit is \(typed.typePhrase.nl)",
            en: "\(function) needs \(expected.withArticle.en)\(which.en), but this is \(typed.typePhrase.en)")
    }

    static func expectedReference(_ function: String, kinds: [ReferenceKind], _ argument: Expression) -> Message {
        let found: Message =
            switch argument.kind {
            case .string(let text): Message(nl: "; schrijf de naam zonder aanhalingstekens: \(text)", en: "; write the name without quotes: \(text)")
            case .number: Message(nl: ", geen getal", en: ", not a number")
            case .bool: Message(nl: ", geen true of false", en: ", not true or false")
            default: Message(nl: ", geen berekende waarde", en: ", not a computed value")
            }
        return Message(
            nl: "\(function) verwacht hier de naam van \(kinds.phrase.nl)\(found.nl)",
            en: "\(function) expects the name of \(kinds.phrase.en) here\(found.en)")
    }

    static func noValue(_ call: String) -> Message {
        Message(nl: "\(call) heeft geen waarde die een regel kan gebruiken", en: "\(call) has no value a rule can use")
    }

    static func fallbackType(_ value: TypeChecker.Typed, _ fallback: TypeChecker.Typed) -> Message {
        Message(
            nl:
                "het alternatief van default moet van hetzelfde type zijn als het eerste argument, \(value.typePhrase.nl), maar dit is \(fallback.typePhrase.nl)",
            en:
                "the fallback of default must be of the same type as its first argument, \(value.typePhrase.en), but this is \(fallback.typePhrase.en)"
        )
    }
}
