import Questionnaire
import RuleLanguage

/// The values of the functions a `show_if` condition may use, over one response.
///
/// `answer`, `answered`, `nvt`, `selected` and `role` have their values; functions over
/// scores have none while a question is being decided, so a condition on them reads empty.
struct ShowIfContext: RuleEvaluationContext {
    let resolver: Visibility.Resolver

    func call(_ function: String, arguments: [Argument]) -> Value {
        switch function {
        case "answer":
            guard let (question, answer) = answer(arguments) else { return .empty }
            return Self.value(of: answer, to: question)
        case "answered":
            guard question(arguments) != nil else { return .empty }
            return .bool(answer(arguments) != nil)
        case "nvt":
            guard question(arguments) != nil else { return .empty }
            guard let (question, answer) = answer(arguments) else { return .bool(false) }
            return .bool(answer.isNotApplicable(to: question))
        case "selected":
            guard question(arguments) != nil, case .value(.string(let key))? = arguments.dropFirst().first else { return .empty }
            guard let (_, answer) = answer(arguments) else { return .bool(false) }
            switch answer.value {
            case .option(let chosen): return .bool(chosen == key)
            case .options(let chosen): return .bool(chosen.contains(key))
            default: return .bool(false)
            }
        case "role":
            return resolver.role.map { .string($0) } ?? .empty
        case "respondents":
            return .number(1)
        default:
            return .empty
        }
    }

    func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        guard function == "answer", let (question, answer) = answer(arguments),
              case .option(let key) = answer.value, let option = question.kind.options.option(key)
        else { return nil }
        let label = option.label.text(resolver.questionnaire.language).lowercased()
        return value.isEmpty ? "\(key) (\(label))" : "\(value) (\(label))"
    }

    /// The answer's value in the rule language: the option's value on a scale, the key of
    /// a choice, yes/no as a bool, a number, a text; empty for n.v.t. and multiple choice.
    static func value(of answer: Answer, to question: Question) -> Value {
        switch (question.kind, answer.value) {
        case (.scale(let scale), .option(let key)):
            return scale.options.option(key)?.value.map { .finite($0) } ?? .empty
        case (.choice, .option(let key)), (.text, .text(let key)):
            return .string(key)
        case (.yesno, .yesno(let yes)):
            return .bool(yes)
        case (.number, .number(let number)):
            return .finite(number)
        default:
            return .empty
        }
    }

    private func question(_ arguments: [Argument]) -> Question? {
        guard case .reference(let name)? = arguments.first, let id = QuestionID(name) else { return nil }
        return resolver.questionnaire.question(id)
    }

    private func answer(_ arguments: [Argument]) -> (Question, Answer)? {
        guard case .reference(let name)? = arguments.first, let id = QuestionID(name) else { return nil }
        return resolver.answer(id)
    }
}
