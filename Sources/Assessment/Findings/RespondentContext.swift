public import Questionnaire
public import RuleLanguage

/// The values a questionnaire's functions have for one respondent's response.
///
/// Hidden questions read as unanswered; scores come from the score card, so a rule sees
/// exactly what the report shows.
public struct RespondentContext: RuleEvaluationContext, Sendable {
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
        guard let host = HostFunction(name: function), let subject = subject(of: host, arguments) else { return .empty }
        return value(of: host, subject: subject, arguments: arguments)
    }

    /// A bound call: the question's position or the theme's index comes with it, so no name
    /// is looked up. Bindings made for another arrangement of questions go by name, and so
    /// does a call on the questionnaire's own id, which is not part of the layout (a
    /// questionnaire may be renamed).
    public func call(_ binding: HostBinding, _ function: String, arguments: [Argument]) -> Value {
        guard binding.layout == questionnaire.questionIndex.layout, let host = HostFunction(rawValue: binding.function),
            binding.subject != HostFunction.wholeQuestionnaire
        else {
            return call(function, arguments: arguments)
        }
        return value(of: host, subject: binding.subject, arguments: arguments)
    }

    /// The number a binding would carry for the first argument, found by its name: the
    /// question's position, the theme's index or ``HostFunction/wholeQuestionnaire``; 0 for a
    /// function without a subject; nil for a name that is none of these.
    private func subject(of host: HostFunction, _ arguments: [Argument]) -> Int? {
        guard host.takesQuestion || host.takesScope else { return 0 }
        guard case .reference(let name)? = arguments.first else { return nil }
        if host.takesQuestion { return questionnaire.questionIndex.names[name] }
        if name == questionnaire.id { return HostFunction.wholeQuestionnaire }
        return questionnaire.themes.firstIndex { $0.id == name }
    }

    /// The value of `host` for its subject (see ``subject(of:_:)``).
    private func value(of host: HostFunction, subject: Int, arguments: [Argument]) -> Value {
        let questionIndex = questionnaire.questionIndex
        switch host {
        case .answer:
            guard let answered = answers[subject]?.value else { return .empty }
            return questionIndex.ruleValue(of: answered, at: subject)
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

    /// ``describe(_:arguments:value:)`` by the binding's position.
    public func describe(_ binding: HostBinding, _ function: String, arguments: [Argument], value: Value) -> String? {
        guard binding.layout == questionnaire.questionIndex.layout, binding.function == HostFunction.answer.rawValue else {
            return describe(function, arguments: arguments, value: value)
        }
        return describe(at: binding.subject, value: value)
    }

    public func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        guard function == "answer", let position = subject(of: .answer, arguments) else { return nil }
        return describe(at: position, value: value)
    }

    /// The answer at `position` with its option's label, `1 (nog niet)`.
    private func describe(at position: Int, value: Value) -> String? {
        questionnaire.questionIndex.describe(answers[position]?.value, at: position, as: value, language: questionnaire.language)
    }

    private struct Parts {
        let id: String
        let language: String
        let themes: [Theme]
        let questionIndex: Questionnaire.QuestionIndex
    }

    // MARK: Lookups

    // Answers are read by their value alone: the whole answer would copy its note and
    // evidence too.

    private func isNotApplicable(_ position: Int) -> Bool {
        questionnaire.questionIndex.isNotApplicable(answers[position]?.value, at: position)
    }

    private func isUnknown(_ position: Int) -> Bool {
        questionnaire.questionIndex.isUnknown(answers[position]?.value, at: position)
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
