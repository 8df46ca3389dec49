import Diagnostics
import RuleLanguage

extension Validator {
    /// Functions whose value depends on answers only, and whose value for a question that
    /// is never shown is known: the only ones a `show_if` may use.
    static let answerFunctions: Set<String> = ["answer", "answered", "nvt", "unknown", "selected", "role"]

    /// Reports questions that are never shown and rules that can never fire because they
    /// only look at such questions.
    func checkRules(of questionnaire: Questionnaire, draft: QuestionnaireDecoder.Draft) {
        let never = neverShown(questionnaire)
        for question in questionnaire.questions where never.contains(question.id) {
            context.warning(
                Message(
                    nl: "vraag ‘\(question.id)’ wordt nooit getoond: de show_if kan nooit waar zijn",
                    en: "question '\(question.id)' is never shown: its show_if can never hold"),
                at: question.showIf?.location)
        }
        for rule in questionnaire.rules {
            let uses = rule.when.expression.references
            guard !uses.isEmpty, uses.allSatisfy({ $0.kind == .question }),
                uses.allSatisfy({ QuestionID($0.resolvedName).map(never.contains) ?? false }),
                Self.calls(in: rule.when.expression.expression).isSubset(
                    of: Self.answerFunctions.subtracting(["role"]).union(Builtin.allCases.map(\.name)))
            else { continue }
            if !Evaluator.value(of: rule.when.expression, in: NoAnswers()).isTrueValue {
                context.warning(
                    Message(
                        nl: "regel ‘\(rule.id)’ gaat nooit af: hij kijkt alleen naar vragen die nooit getoond worden",
                        en: "rule '\(rule.id)' can never fire: it only refers to questions that are never shown"),
                    at: rule.when.location)
            }
        }
    }

    /// Questions whose `show_if` cannot hold, found from conditions over no answers at all
    /// and over other questions that are never shown.
    func neverShown(_ questionnaire: Questionnaire) -> Set<QuestionID> {
        var never: Set<QuestionID> = []
        var changed = true
        var rounds = 0
        while changed, rounds <= questionnaire.questions.count {
            changed = false
            rounds += 1
            for question in questionnaire.questions where !never.contains(question.id) {
                guard let condition = question.showIf else { continue }
                let uses = condition.expression.references
                let onlyNever = uses.allSatisfy { QuestionID($0.resolvedName).map(never.contains) ?? false }
                let calls = Self.calls(in: condition.expression.expression)
                guard onlyNever, !calls.contains("role") else { continue }
                if !Evaluator.value(of: condition.expression, in: NoAnswers()).isTrueValue {
                    never.insert(question.id)
                    changed = true
                }
            }
        }
        return never
    }

    /// The names of the functions an expression calls.
    static func calls(in expression: Expression) -> Set<String> {
        var names: Set<String> = []
        var stack = [expression]
        while let next = stack.popLast() {
            if case .call(let name, _, _) = next.kind { names.insert(name) }
            stack += next.kind.children
        }
        return names
    }
}

/// An evaluation context in which nothing is answered.
private struct NoAnswers: RuleEvaluationContext {
    func call(_ function: String, arguments: [Argument]) -> Value {
        switch function {
        case "answered", "nvt", "unknown", "selected": .bool(false)
        default: .empty
        }
    }
}

extension Value {
    var isTrueValue: Bool { self == .bool(true) }
}
