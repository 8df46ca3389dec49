public import Questionnaire
public import RuleLanguage

/// The values a questionnaire's functions have for one respondent's response.
///
/// Hidden questions read as unanswered; scores come from the score card, so a rule sees
/// exactly what the report shows.
public struct RespondentContext: RuleEvaluationContext {
    public let questionnaire: Questionnaire
    public let response: Response
    public let role: String?
    public let hidden: Set<QuestionID>
    public let card: ScoreCard?

    public init(questionnaire: Questionnaire, response: Response, role: String?, hidden: Set<QuestionID>, card: ScoreCard?) {
        self.questionnaire = questionnaire
        self.response = response
        self.role = role
        self.hidden = hidden
        self.card = card
    }

    /// The questions hidden by `show_if` given the response (see `Visibility`).
    public static func hiddenQuestions(_ questionnaire: Questionnaire, response: Response, role: String?) -> Set<QuestionID> {
        Visibility(questionnaire, role: role).hidden(in: response)
    }

    public func call(_ function: String, arguments: [Argument]) -> Value {
        switch function {
        case "answer": return question(arguments).map(answerValue) ?? .empty
        case "answered": return question(arguments).map { .bool(answer($0) != nil) } ?? .empty
        case "nvt": return question(arguments).map { .bool(isNotApplicable($0)) } ?? .empty
        case "selected":
            guard let question = question(arguments), case .value(.string(let key))? = arguments.dropFirst().first else { return .empty }
            guard let answer = answer(question) else { return .bool(false) }
            switch answer.value {
            case .option(let chosen): return .bool(chosen == key)
            case .options(let chosen): return .bool(chosen.contains(key))
            default: return .bool(false)
            }
        case "score": return scope(arguments).map { .finite($0.score ?? .nan) } ?? .empty
        case "level": return scope(arguments).flatMap { $0.level.map { .string($0.id) } } ?? .empty
        case "count_at_most": return count(arguments) { value, limit in value <= limit }
        case "count_at_least": return count(arguments) { value, limit in value >= limit }
        case "count_answered": return scopeQuestions(arguments).map { .number(Double($0.filter { answer($0) != nil }.count)) } ?? .empty
        case "count_nvt": return scopeQuestions(arguments).map { .number(Double($0.filter(isNotApplicable).count)) } ?? .empty
        case "role": return role.map { .string($0) } ?? .empty
        case "respondents": return .number(1)
        case "spread": return .empty
        default: return .empty
        }
    }

    public func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        guard function == "answer", let question = question(arguments), let answer = answer(question),
              case .option(let key) = answer.value, let option = question.kind.options.option(key)
        else { return nil }
        let label = option.label.text(questionnaire.language).lowercased()
        return value.isEmpty ? "\(key) (\(label))" : "\(value) (\(label))"
    }

    // MARK: Lookups

    private func question(_ arguments: [Argument]) -> Question? {
        guard case .reference(let name)? = arguments.first, let id = QuestionID(name) else { return nil }
        return questionnaire.question(id)
    }

    private func answer(_ question: Question) -> Answer? {
        hidden.contains(question.id) ? nil : response.answers[question.id]
    }

    private func isNotApplicable(_ question: Question) -> Bool {
        guard let answer = answer(question), case .option(let key) = answer.value,
              let option = question.kind.options.option(key) else { return false }
        return option.value == nil
    }

    private func answerValue(_ question: Question) -> Value {
        answer(question).map { ShowIfContext.value(of: $0, to: question) } ?? .empty
    }

    private struct ScopeScore {
        var score: Double?
        var level: Level?
    }

    private func scope(_ arguments: [Argument]) -> ScopeScore? {
        guard case .reference(let name)? = arguments.first, let card else { return nil }
        if name == questionnaire.id { return ScopeScore(score: card.score, level: card.level) }
        return card.theme(name).map { ScopeScore(score: $0.score, level: $0.level) }
    }

    private func scopeQuestions(_ arguments: [Argument]) -> [Question]? {
        guard case .reference(let name)? = arguments.first else { return nil }
        if name == questionnaire.id { return questionnaire.questions }
        return questionnaire.theme(name)?.questions
    }

    private func count(_ arguments: [Argument], _ matches: (Double, Double) -> Bool) -> Value {
        guard let questions = scopeQuestions(arguments), case .value(.number(let limit))? = arguments.dropFirst().first else {
            return .empty
        }
        let values = questions.filter { $0.kind.isScored }.compactMap { question -> Double? in
            guard case .number(let value) = answerValue(question) else {
                if let answer = answer(question), case .option(let key) = answer.value {
                    return question.kind.options.option(key)?.value
                }
                return nil
            }
            return value
        }
        return .number(Double(values.filter { matches($0, limit) }.count))
    }
}

extension Value {
    /// Whether the value is `true`: the only value for which a condition holds.
    public var isTrue: Bool { self == .bool(true) }
}
