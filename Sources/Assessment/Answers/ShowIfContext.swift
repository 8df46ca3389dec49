import Questionnaire
import RuleLanguage

/// The values of the functions a `show_if` condition may use, over one response.
///
/// `answer`, `answered`, `nvt`, `unknown`, `selected` and `role` have their values; functions over
/// scores have none while a question is being decided, so a condition on them reads empty.
struct ShowIfContext: RuleEvaluationContext {
    let resolver: Visibility.Resolver

    func call(_ function: String, arguments: [Argument]) -> Value {
        switch function {
        case "answer":
            guard let position = position(arguments), let answer = resolver.answer(position) else { return .empty }
            return Self.value(of: answer, to: kinds[position])
        case "answered":
            guard let position = position(arguments) else { return .empty }
            return .bool(resolver.answer(position) != nil)
        case "nvt":
            guard let position = position(arguments) else { return .empty }
            guard let answer = resolver.answer(position) else { return .bool(false) }
            return .bool(answer.isNotApplicable(to: kinds[position]))
        case "unknown":
            guard let position = position(arguments) else { return .empty }
            guard let answer = resolver.answer(position) else { return .bool(false) }
            return .bool(answer.isUnknown(to: kinds[position]))
        case "selected":
            guard let position = position(arguments), case .value(.string(let key))? = arguments.dropFirst().first else { return .empty }
            guard let answer = resolver.answer(position) else { return .bool(false) }
            return .bool(answer.value.selects(key))
        case "role":
            return resolver.role.map { .string($0) } ?? .empty
        case "respondents":
            return .number(1)
        default:
            return .empty
        }
    }

    func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        guard function == "answer", let position = position(arguments), let answer = resolver.answer(position) else { return nil }
        return Self.describe(answer, to: kinds[position], value: value, language: resolver.language)
    }

    /// An answer on a scale or a choice, to a question of `kind`, with its option's label:
    /// `1 (nog niet)`.
    static func describe(_ answer: Answer, to kind: QuestionKind, value: Value, language: String) -> String? {
        guard case .option(let key) = answer.value, let option = kind.options.option(key) else { return nil }
        return describe(key: key, label: option.label, value: value, language: language)
    }

    /// The answer with option `key`, labelled `label`: `1 (nog niet)`, or the key when the
    /// value is empty.
    static func describe(key: String, label: LocalizedText, value: Value, language: String) -> String {
        let label = label.text(language).lowercased()
        return value.isEmpty ? "\(key) (\(label))" : "\(value) (\(label))"
    }

    /// The value in the rule language of an answer to a question of `kind`: the option's
    /// value on a scale, the key of a choice, yes/no as a bool, a number, a text; empty for
    /// n.v.t., weet-niet and multiple choice.
    static func value(of answer: Answer, to kind: QuestionKind) -> Value {
        value(of: answer.value, to: kind)
    }

    /// The value in the rule language of an answer's value to a question of `kind`.
    static func value(of answered: AnswerValue, to kind: QuestionKind) -> Value {
        switch (kind, answered) {
        case (.scale(let scale), .option(let key)):
            return scale.options.optionIndex(key).flatMap { scale.options[$0].value }.map { .finite($0) } ?? .empty
        case (.choice, .option(let key)):
            return answered.isUnknown(to: kind) ? .empty : .string(key)
        case (.text, .text(let key)):
            return .string(key)
        case (.yesno, .yesno(let yes)):
            return .bool(yes)
        case (.number, .number(let number)):
            return .finite(number)
        default:
            return .empty
        }
    }

    /// ``value(of:to:)`` for the question at `position` of `index`, read where it stands:
    /// the kind is looked at, not copied, and options come from the index.
    static func value(of answered: AnswerValue, at position: Int, in index: Questionnaire.QuestionIndex) -> Value {
        switch answered {
        case .option(let key):
            let options = index.optionTable
            guard let option = options.option(key, at: position) else {
                if case .choice = index.kinds[position] { return .string(key) }
                return .empty
            }
            if case .scale = index.kinds[position] { return options.values[option].map { .finite($0) } ?? .empty }
            if case .choice = index.kinds[position] { return options.unknown[option] ? .empty : .string(key) }
            return .empty
        case .text(let text):
            if case .text = index.kinds[position] { return .string(text) }
            return .empty
        case .yesno(let yes):
            if case .yesno = index.kinds[position] { return .bool(yes) }
            return .empty
        case .number(let number):
            if case .number = index.kinds[position] { return .finite(number) }
            return .empty
        case .options:
            return .empty
        }
    }

    /// A bound call of a `show_if` function: by the question's position, no name looked up.
    func call(_ binding: HostBinding, _ function: String, arguments: [Argument]) -> Value {
        let questionIndex = resolver.questionIndex
        guard binding.layout == questionIndex.layout, let host = HostFunction(rawValue: binding.function) else {
            return call(function, arguments: arguments)
        }
        let position = binding.subject
        switch host {
        case .answer:
            guard let answer = resolver.answer(position) else { return .empty }
            return Self.value(of: answer.value, at: position, in: questionIndex)
        case .answered:
            return .bool(resolver.answer(position) != nil)
        case .nvt, .unknown:
            guard case .option(let key)? = resolver.answer(position)?.value else { return .bool(false) }
            let options = questionIndex.optionTable
            guard let option = options.option(key, at: position) else { return .bool(false) }
            // As ``Answer/isNotApplicable(to:)``: n.v.t. only on a question that scores.
            return .bool(host == .nvt ? options.isNotApplicable(option) && questionIndex.scored[position] : options.unknown[option])
        case .selected:
            guard case .value(.string(let key))? = arguments.dropFirst().first else { return .empty }
            guard let answer = resolver.answer(position) else { return .bool(false) }
            return .bool(answer.value.selects(key))
        default:
            return call(function, arguments: arguments)
        }
    }

    private var kinds: [QuestionKind] { resolver.questionIndex.kinds }

    /// The position of the question the first argument names.
    private func position(_ arguments: [Argument]) -> Int? {
        guard case .reference(let name)? = arguments.first else { return nil }
        return resolver.questionIndex.names[name]
    }
}

extension AnswerValue {
    /// Whether the answer chooses the option with `key`.
    func selects(_ key: String) -> Bool {
        switch self {
        case .option(let chosen): chosen == key
        case .options(let chosen): chosen.contains(key)
        default: false
        }
    }
}
