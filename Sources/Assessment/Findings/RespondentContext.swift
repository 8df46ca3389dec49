public import Questionnaire
public import RuleLanguage

/// The values a questionnaire's functions have for one respondent's response.
///
/// Hidden questions read as unanswered; scores come from the score card, so a rule sees
/// exactly what the report shows.
public struct RespondentContext: RuleEvaluationContext {
    /// The parts of the questionnaire its functions read: a context is made for every
    /// response, and a whole questionnaire copied counts a reference for each of its fields.
    private let questionnaire: Parts
    public let role: String?
    public let card: ScoreCard?
    /// The answers by position in the questionnaire's questionIndex; hidden ones left out.
    let answers: [Answer?]

    public init(questionnaire: Questionnaire, response: Response, role: String?, hidden: Set<QuestionID>, card: ScoreCard?) {
        var answers = questionnaire.questionIndex.byPosition(response.answers)
        for id in hidden {
            if let position = questionnaire.questionIndex.positions[id] { answers[position] = nil }
        }
        self.init(questionnaire: questionnaire, visibleAnswers: answers, role: role, card: card)
    }

    /// A context over answers by position, hidden ones already left out.
    init(questionnaire: Questionnaire, visibleAnswers: [Answer?], role: String?, card: ScoreCard?) {
        self.questionnaire = Parts(
            id: questionnaire.id, language: questionnaire.language, themes: questionnaire.themes,
            questionIndex: questionnaire.questionIndex)
        self.answers = visibleAnswers
        self.role = role
        self.card = card
    }

    /// The questions hidden by `show_if` given the response (see `Visibility`).
    public static func hiddenQuestions(_ questionnaire: Questionnaire, response: Response, role: String?) -> Set<QuestionID> {
        Visibility(questionnaire, role: role).hidden(in: response)
    }

    public func call(_ function: String, arguments: [Argument]) -> Value {
        switch function {
        case "answer": return position(arguments).map(answerValue) ?? .empty
        case "answered": return position(arguments).map { .bool(answers[$0] != nil) } ?? .empty
        case "nvt": return position(arguments).map { .bool(isNotApplicable($0)) } ?? .empty
        case "unknown": return position(arguments).map { .bool(isUnknown($0)) } ?? .empty
        case "selected":
            guard let position = position(arguments), case .value(.string(let key))? = arguments.dropFirst().first else { return .empty }
            return .bool(answers[position]?.value.selects(key) ?? false)
        case "score": return scope(arguments).map { .finite($0.score ?? .nan) } ?? .empty
        case "level": return scope(arguments).flatMap { $0.level.map { .string($0.id) } } ?? .empty
        case "count_at_most": return count(arguments) { value, limit in value <= limit }
        case "count_at_least": return count(arguments) { value, limit in value >= limit }
        case "count_answered": return scopePositions(arguments).map { .number(Double($0.filter { answers[$0] != nil }.count)) } ?? .empty
        case "count_nvt": return scopePositions(arguments).map { .number(Double($0.filter(isNotApplicable).count)) } ?? .empty
        case "count_unknown": return scopePositions(arguments).map { .number(Double($0.filter(isUnknown).count)) } ?? .empty
        case "role": return role.map { .string($0) } ?? .empty
        case "respondents": return .number(1)
        case "spread": return .empty
        default: return .empty
        }
    }

    /// A bound call: the question's position or the theme's index comes with it, so no name
    /// is looked up. Bindings made for another arrangement of questions go by name.
    public func call(_ binding: HostBinding, _ function: String, arguments: [Argument]) -> Value {
        let questionIndex = questionnaire.questionIndex
        guard binding.layout == questionIndex.layout, let host = HostFunction(rawValue: binding.function) else {
            return call(function, arguments: arguments)
        }
        let subject = binding.subject
        // The questionnaire's own id is not part of the layout: a renamed questionnaire goes by name.
        if subject == HostFunction.wholeQuestionnaire, host.takesScope, case .reference(let name)? = arguments.first,
            name != questionnaire.id
        {
            return call(function, arguments: arguments)
        }
        switch host {
        case .answer: return answerValue(subject)
        case .answered: return .bool(answers[subject] != nil)
        case .nvt: return .bool(isNotApplicable(subject))
        case .unknown: return .bool(isUnknown(subject))
        case .selected:
            guard case .value(.string(let key))? = arguments.dropFirst().first else { return .empty }
            return .bool(answers[subject]?.value.selects(key) ?? false)
        case .score: return scope(at: subject).map { .finite($0.score ?? .nan) } ?? .empty
        case .level: return scope(at: subject).flatMap { $0.level.map { .string($0.id) } } ?? .empty
        case .countAtMost: return count(in: positions(of: subject), arguments) { value, limit in value <= limit }
        case .countAtLeast: return count(in: positions(of: subject), arguments) { value, limit in value >= limit }
        case .countAnswered: return .number(Double(positions(of: subject).filter { answers[$0] != nil }.count))
        case .countNvt: return .number(Double(positions(of: subject).filter(isNotApplicable).count))
        case .countUnknown: return .number(Double(positions(of: subject).filter(isUnknown).count))
        case .role: return role.map { .string($0) } ?? .empty
        case .respondents: return .number(1)
        }
    }

    /// ``describe(_:arguments:value:)`` by the binding's position: the option is read where it stands.
    public func describe(_ binding: HostBinding, _ function: String, arguments: [Argument], value: Value) -> String? {
        let questionIndex = questionnaire.questionIndex
        guard binding.layout == questionIndex.layout, let host = HostFunction(rawValue: binding.function) else {
            return describe(function, arguments: arguments, value: value)
        }
        guard host == .answer, case .option(let key)? = answers[binding.subject]?.value else { return nil }
        let options = questionIndex.options[binding.subject]
        guard let index = options.optionIndex(key) else { return nil }
        return ShowIfContext.describe(key: key, label: options[index].label, value: value, language: questionnaire.language)
    }

    public func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        guard function == "answer", let position = position(arguments), let answer = answers[position] else { return nil }
        return ShowIfContext.describe(answer, to: kinds[position], value: value, language: questionnaire.language)
    }

    private struct Parts {
        let id: String
        let language: String
        let themes: [Theme]
        let questionIndex: Questionnaire.QuestionIndex
    }

    // MARK: Lookups

    private var kinds: [QuestionKind] { questionnaire.questionIndex.kinds }

    /// The position of the question the first argument names.
    private func position(_ arguments: [Argument]) -> Int? {
        guard case .reference(let name)? = arguments.first else { return nil }
        return questionnaire.questionIndex.names[name]
    }

    // Answers are read by their value alone: the whole answer would copy its note and
    // evidence too.

    private func isNotApplicable(_ position: Int) -> Bool {
        guard case .option(let key)? = answers[position]?.value else { return false }
        let options = questionnaire.questionIndex.optionTable
        guard let index = options.option(key, at: position) else { return false }
        // As ``Answer/isNotApplicable(to:)``: n.v.t. only on a question that scores.
        return options.isNotApplicable(index) && questionnaire.questionIndex.scored[position]
    }

    private func isUnknown(_ position: Int) -> Bool {
        guard case .option(let key)? = answers[position]?.value else { return false }
        let options = questionnaire.questionIndex.optionTable
        guard let index = options.option(key, at: position) else { return false }
        return options.unknown[index]
    }

    private func answerValue(_ position: Int) -> Value {
        guard let answered = answers[position]?.value else { return .empty }
        return ShowIfContext.value(of: answered, at: position, in: questionnaire.questionIndex)
    }

    private struct ScopeScore {
        var score: Double?
        var level: Level?
    }

    /// The score of the theme at `index`, or of the questionnaire
    /// (``HostFunction/wholeQuestionnaire``); found by position on a scorer's card, else by id.
    private func scope(at index: Int) -> ScopeScore? {
        guard let card else { return nil }
        if index == HostFunction.wholeQuestionnaire { return ScopeScore(score: card.score, level: card.level) }
        let id = questionnaire.themes[index].id
        let place = card.themes.indices.contains(index) && card.themes[index].theme == id ? index : card.themes.firstIndex { $0.theme == id }
        return place.map { ScopeScore(score: card.themes[$0].score, level: card.themes[$0].level) }
    }

    /// The positions of the questions of the theme at `index`, or of the whole questionnaire.
    private func positions(of index: Int) -> Range<Int> {
        index == HostFunction.wholeQuestionnaire ? 0..<questionnaire.questionIndex.count : questionnaire.questionIndex.themeRanges[index]
    }

    private func scope(_ arguments: [Argument]) -> ScopeScore? {
        guard case .reference(let name)? = arguments.first, let card else { return nil }
        if name == questionnaire.id { return ScopeScore(score: card.score, level: card.level) }
        return card.theme(name).map { ScopeScore(score: $0.score, level: $0.level) }
    }

    /// The positions of the questions of the questionnaire or the theme the first argument names.
    private func scopePositions(_ arguments: [Argument]) -> Range<Int>? {
        guard case .reference(let name)? = arguments.first else { return nil }
        if name == questionnaire.id { return 0..<questionnaire.questionIndex.count }
        guard let theme = questionnaire.themes.firstIndex(where: { $0.id == name }) else { return nil }
        return questionnaire.questionIndex.themeRanges[theme]
    }

    private func count(_ arguments: [Argument], _ matches: (Double, Double) -> Bool) -> Value {
        guard let positions = scopePositions(arguments) else { return .empty }
        return count(in: positions, arguments, matches)
    }

    /// How many scored answers among `positions` have a value that `matches` the limit
    /// (the second argument): an option's value, or a number.
    private func count(in positions: Range<Int>, _ arguments: [Argument], _ matches: (Double, Double) -> Bool) -> Value {
        guard case .value(.number(let limit))? = arguments.dropFirst().first else { return .empty }
        var count = 0
        let questionIndex = questionnaire.questionIndex
        let scored = questionIndex.scored, options = questionIndex.optionTable
        for position in positions where scored[position] {
            let value: Double?
            switch answers[position]?.value {
            case .option(let key)?:
                value = options.option(key, at: position).flatMap { options.values[$0] }
            case .number(let number)? where number.isFinite:
                value = number
            default:
                value = nil
            }
            if let value, matches(value, limit) { count += 1 }
        }
        return .number(Double(count))
    }
}

extension Value {
    /// Whether the value is `true`: the only value for which a condition holds.
    public var isTrue: Bool { self == .bool(true) }
}
