import Questionnaire
import RuleLanguage

/// The values of the functions a `show_if` condition may use, over one response.
///
/// `answer`, `answered`, `nvt`, `unknown`, `selected` and `role` have their values; functions over
/// scores have none while a question is being decided, so a condition on them reads empty.
struct ShowIfContext: RuleEvaluationContext {
    let resolver: Visibility.Resolver

    func call(_ function: String, arguments: [Argument]) -> Value {
        guard let host = HostFunction(name: function) else { return .empty }
        guard host.takesQuestion else { return value(of: host, at: 0, arguments: arguments) }
        guard case .reference(let name)? = arguments.first, let position = resolver.questionIndex.names[name] else { return .empty }
        return value(of: host, at: position, arguments: arguments)
    }

    /// A bound call: by the question's position, no name looked up; a binding made for
    /// another arrangement of questions goes by name.
    func call(_ binding: HostBinding, _ function: String, arguments: [Argument]) -> Value {
        guard binding.layout == resolver.questionIndex.layout, let host = HostFunction(rawValue: binding.function) else {
            return call(function, arguments: arguments)
        }
        return value(of: host, at: binding.subject, arguments: arguments)
    }

    /// The value of `host` for the question at `position` (ignored by functions without a
    /// question), as conditions see answers: a hidden question's answer reads as none.
    private func value(of host: HostFunction, at position: Int, arguments: [Argument]) -> Value {
        let questionIndex = resolver.questionIndex
        switch host {
        case .answer:
            guard let answer = resolver.answer(position) else { return .empty }
            return questionIndex.ruleValue(of: answer.value, at: position)
        case .answered:
            return .bool(resolver.answer(position) != nil)
        case .nvt:
            return .bool(questionIndex.isNotApplicable(resolver.answer(position)?.value, at: position))
        case .unknown:
            return .bool(questionIndex.isUnknown(resolver.answer(position)?.value, at: position))
        case .selected:
            guard case .value(.string(let key))? = arguments.dropFirst().first else { return .empty }
            guard let answer = resolver.answer(position) else { return .bool(false) }
            return .bool(answer.value.selects(key))
        case .role:
            return resolver.role.map { .string($0) } ?? .empty
        case .respondents:
            return .number(1)
        case .score, .level, .countAtMost, .countAtLeast, .countAnswered, .countNvt, .countUnknown:
            return .empty
        }
    }

    func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        guard function == "answer", case .reference(let name)? = arguments.first, let position = resolver.questionIndex.names[name]
        else { return nil }
        return resolver.questionIndex.describe(resolver.answer(position)?.value, at: position, as: value, language: resolver.language)
    }
}

// What the respondent's and `show_if`'s contexts say of one answer, read from the question
// index by position: the question's kind is looked at, not copied, and options come from
// the flat table. One definition for both contexts, bound or by name.
extension Questionnaire.QuestionIndex {
    /// The value in the rule language of an answer's value to the question at `position`:
    /// the option's value on a scale, the key of a choice, yes/no as a bool, a number, a
    /// text; empty for n.v.t., weet-niet and multiple choice.
    func ruleValue(of answered: AnswerValue, at position: Int) -> Value {
        switch answered {
        case .option(let key):
            guard let option = optionTable.option(key, at: position) else {
                if case .choice = kinds[position] { return .string(key) }
                return .empty
            }
            if case .scale = kinds[position] { return optionTable.values[option].map { .finite($0) } ?? .empty }
            if case .choice = kinds[position] { return optionTable.unknown[option] ? .empty : .string(key) }
            return .empty
        case .text(let text):
            if case .text = kinds[position] { return .string(text) }
            return .empty
        case .yesno(let yes):
            if case .yesno = kinds[position] { return .bool(yes) }
            return .empty
        case .number(let number):
            if case .number = kinds[position] { return .finite(number) }
            return .empty
        case .options:
            return .empty
        }
    }

    /// Where the option an answer's value chooses stands in the option table.
    private func chosenOption(_ answered: AnswerValue?, at position: Int) -> Int? {
        guard case .option(let key)? = answered else { return nil }
        return optionTable.option(key, at: position)
    }

    /// Whether the answer is *n.v.t.*: an option without value, not weet-niet, on a question
    /// that scores (as ``Answer/isNotApplicable(to:)``).
    func isNotApplicable(_ answered: AnswerValue?, at position: Int) -> Bool {
        chosenOption(answered, at: position).map { optionTable.isNotApplicable($0) && scored[position] } ?? false
    }

    /// Whether the answer is the *weet ik niet* option.
    func isUnknown(_ answered: AnswerValue?, at position: Int) -> Bool {
        chosenOption(answered, at: position).map { optionTable.unknown[$0] } ?? false
    }

    /// An answer on a scale or a choice with its option's label, `1 (nog niet)` (the key
    /// when `value` is empty); nil for other answers.
    func describe(_ answered: AnswerValue?, at position: Int, as value: Value, language: String) -> String? {
        guard case .option(let key)? = answered, let option = optionTable.option(key, at: position) else { return nil }
        let label = optionTable.labels[option].text(language).lowercased()
        return value.isEmpty ? "\(key) (\(label))" : "\(value) (\(label))"
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
