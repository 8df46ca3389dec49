public import Questionnaire
import RuleLanguage

/// Decides which questions are shown, given the answers so far.
///
/// A question with `show_if` is shown only while its condition is `true`; an answer to a
/// hidden question counts as no answer, so a question that depends on a hidden one reads
/// it as empty. The interview and the answers checker both decide with this type.
public struct Visibility: Sendable {
    public let questionnaire: Questionnaire
    /// The respondent's role id, for `role()` in conditions.
    public let role: String?

    public init(_ questionnaire: Questionnaire, role: String?) {
        self.questionnaire = questionnaire
        self.role = role
    }

    /// The ids of the questions hidden given `response`.
    public func hidden(in response: Response) -> Set<QuestionID> {
        let resolver = Resolver(questionnaire: questionnaire, response: response, role: role)
        var hidden: Set<QuestionID> = []
        // Only a question with a condition can be hidden.
        for id in questionnaire.conditionalQuestions where !resolver.isShown(id) {
            hidden.insert(id)
        }
        return hidden
    }

    public func isShown(_ id: QuestionID, in response: Response) -> Bool {
        Resolver(questionnaire: questionnaire, response: response, role: role).isShown(id)
    }

    /// The questions shown given `response`, in the order they are asked.
    public func shownQuestions(in response: Response) -> [Question] {
        let resolver = Resolver(questionnaire: questionnaire, response: response, role: role)
        return questionnaire.questions.filter { resolver.isShown($0.id) }
    }

    /// Answered or skipped questions that are hidden, in question order.
    public func hiddenButAnswered(in response: Response) -> [QuestionID] {
        let hidden = hidden(in: response)
        return questionnaire.conditionalQuestions.filter {
            hidden.contains($0) && (response.answers[$0] != nil || response.skipped.contains($0))
        }
    }

    /// The response without answers and skips of hidden questions, and the ids removed.
    ///
    /// Hidden answers already read as empty, so removing them changes no other question's
    /// visibility: one pass is enough.
    public func removingHidden(from response: Response) -> (response: Response, removed: [QuestionID]) {
        let removed = hiddenButAnswered(in: response)
        var response = response
        for id in removed {
            response.answers[id] = nil
            response.skipped.remove(id)
        }
        return (response, removed)
    }

    /// Why a question is hidden: the values that decided its condition, such as
    /// `answer(rollen.schoolopleider) = 1 (nog niet) >= 2`, or the condition as written when
    /// no value decided it; nil when the question is shown.
    public func reason(_ id: QuestionID, in response: Response) -> String? {
        guard let condition = questionnaire.question(id)?.showIf else { return nil }
        let resolver = Resolver(questionnaire: questionnaire, response: response, role: role)
        guard !resolver.isShown(id) else { return nil }
        let evaluation = Evaluator.evaluate(condition.expression, in: ShowIfContext(resolver: resolver))
        let facts = evaluation.explanation
        return facts.isEmpty ? condition.source : facts
    }
}

extension Visibility {
    /// Decides visibility question by question, remembering what it decided.
    ///
    /// Conditions form no cycles (the loader refuses them); a cycle met anyway reads as
    /// hidden rather than recursing without end.
    final class Resolver {
        let questionnaire: Questionnaire
        let response: Response
        let role: String?
        private var decided: [QuestionID: Bool] = [:]
        private var deciding: Set<QuestionID> = []

        init(questionnaire: Questionnaire, response: Response, role: String?) {
            self.questionnaire = questionnaire
            self.response = response
            self.role = role
        }

        func isShown(_ id: QuestionID) -> Bool {
            if let known = decided[id] { return known }
            guard let question = questionnaire.question(id) else { return false }
            guard let condition = question.showIf else {
                decided[id] = true
                return true
            }
            guard deciding.insert(id).inserted else { return false }
            let value = Evaluator.value(of: condition.expression, in: ShowIfContext(resolver: self))
            deciding.remove(id)
            let shown = value == .bool(true)
            decided[id] = shown
            return shown
        }

        /// The answer to a question as conditions see it: none when the question is hidden.
        func answer(_ id: QuestionID) -> (Question, Answer)? {
            guard let question = questionnaire.question(id), let answer = response.answers[id], isShown(id) else { return nil }
            return (question, answer)
        }
    }
}
