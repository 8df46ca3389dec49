public import Diagnostics
public import Questionnaire
import RuleLanguage

/// Decides which questions are shown, given the answers so far.
///
/// A question asked of some roles only is never shown to a respondent in another role.
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
        let questionIndex = questionnaire.questionIndex
        var hidden: Set<QuestionID> = []
        // Only a question with a condition can be hidden.
        for position in questionIndex.conditional where !resolver.isShown(position) {
            hidden.insert(questionIndex.questions[position].id)
        }
        return hidden
    }

    /// Whether each question of `questionnaire` is hidden, by position in
    /// ``Questionnaire/QuestionIndex``; the questionnaire borrowed rather than copied into a
    /// visibility made for one response.
    static func hiddenPositions(_ questionnaire: Questionnaire, role: String?, answers: [Answer?]) -> [Bool] {
        let resolver = Resolver(questionnaire: questionnaire, answers: answers, role: role)
        var hidden = [Bool](repeating: false, count: answers.count)
        for position in questionnaire.questionIndex.conditional where !resolver.isShown(position) {
            hidden[position] = true
        }
        return hidden
    }

    public func isShown(_ id: QuestionID, in response: Response) -> Bool {
        Resolver(questionnaire: questionnaire, response: response, role: role).isShown(id)
    }

    /// The questions shown given `response`, in the order they are asked.
    public func shownQuestions(in response: Response) -> [Question] {
        let resolver = Resolver(questionnaire: questionnaire, response: response, role: role)
        return questionnaire.questionIndex.questions.indices.filter(resolver.isShown).map { questionnaire.questionIndex.questions[$0] }
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
    public func reason(_ id: QuestionID, in response: Response) -> Message? {
        guard let question = questionnaire.question(id) else { return nil }
        if !question.isAsked(of: role), let roles = question.roles {
            let asked = roles.joined(separator: ", ")
            return Message(nl: "hij wordt gesteld aan \(asked), niet aan \(role ?? "")", en: "it is asked of \(asked), not of \(role ?? "")")
        }
        guard let condition = question.showIf else { return nil }
        let resolver = Resolver(questionnaire: questionnaire, response: response, role: role)
        guard !resolver.isShown(id) else { return nil }
        let evaluation = Evaluator.evaluate(condition.expression, in: ShowIfContext(resolver: resolver))
        let facts = evaluation.explanation
        return .verbatim(facts.isEmpty ? condition.source : facts)
    }
}

extension Visibility {
    /// Decides visibility question by question, remembering what it decided.
    ///
    /// Conditions form no cycles (the loader refuses them); a cycle met anyway reads as
    /// hidden rather than recursing without end.
    final class Resolver {
        /// The questions by position and the language of answer labels: what conditions read
        /// of the questionnaire (a whole one would be copied for every response).
        let questionIndex: Questionnaire.QuestionIndex
        let language: String
        /// The answers by position in the questionnaire's questionIndex.
        let answers: [Answer?]
        let role: String?
        private var state: [State]

        private enum State {
            case undecided, deciding, shown, hidden
        }

        init(questionnaire: Questionnaire, answers: [Answer?], role: String?) {
            questionIndex = questionnaire.questionIndex
            language = questionnaire.language
            self.answers = answers
            self.role = role
            state = [State](repeating: .undecided, count: questionnaire.questionIndex.count)
        }

        convenience init(questionnaire: Questionnaire, response: Response, role: String?) {
            self.init(questionnaire: questionnaire, answers: questionnaire.questionIndex.byPosition(response.answers), role: role)
        }

        func isShown(_ id: QuestionID) -> Bool {
            questionIndex.positions[id].map(isShown) ?? false
        }

        func isShown(_ position: Int) -> Bool {
            switch state[position] {
            case .shown: return true
            case .hidden, .deciding: return false
            case .undecided: break
            }
            let index = questionIndex
            if let roles = index.roles[position], let role, !roles.contains(role) {
                state[position] = .hidden
                return false
            }
            // The condition's expression alone: the whole condition would be copied with its
            // source text and location.
            guard let expression = index.conditions[position]?.expression else {
                state[position] = .shown
                return true
            }
            state[position] = .deciding
            let shown = Evaluator.value(of: expression, in: ShowIfContext(resolver: self)) == .bool(true)
            state[position] = shown ? .shown : .hidden
            return shown
        }

        /// The answer at a position as conditions see it: none when the question is hidden.
        func answer(_ position: Int) -> Answer? {
            guard let answer = answers[position], isShown(position) else { return nil }
            return answer
        }
    }
}
