import Questionnaire
public import RuleLanguage

/// The values of a questionnaire's functions for a board's respondents together.
///
/// `answer(q)` is the respondents' mean for a number, the majority answer for a choice or
/// yes/no (empty without a majority); `role()` is empty unless all share one role;
/// `spread(x)` is the standard deviation between respondents.
public struct GroupContext: RuleEvaluationContext, Sendable {
    public let part: PartAggregate
    public let card: ScoreCard
    public let roles: [String: Int]

    public init(part: PartAggregate, card: ScoreCard, roles: [String: Int]) {
        self.part = part
        self.card = card
        self.roles = roles
    }

    private var questionnaire: Questionnaire { part.questionnaire }

    public func call(_ function: String, arguments: [Argument]) -> Value {
        switch function {
        case "answer":
            guard let (question, aggregate) = lookup(arguments) else { return .empty }
            switch question.kind {
            case .scale, .number:
                return aggregate.statistics.mean.map(Value.finite) ?? .empty
            case .choice:
                let known = majority(aggregate).flatMap { question.kind.options.option($0)?.unknown == true ? nil : $0 }
                return known.map { .string($0) } ?? .empty
            case .yesno:
                return majority(aggregate).map { .bool($0 == "ja") } ?? .empty
            case .multi, .text:
                return .empty
            }
        case "answered":
            return lookup(arguments).map { .bool($0.1.answered > 0) } ?? .empty
        case "nvt":
            guard let (question, aggregate) = lookup(arguments) else { return .empty }
            let nvt = question.kind.options.filter(\.isNotApplicable).reduce(0) { $0 + (aggregate.distribution[$1.key] ?? 0) }
            return .bool(aggregate.answered > 0 && nvt * 2 > aggregate.answered)
        case "unknown":
            guard let (question, aggregate) = lookup(arguments) else { return .empty }
            guard let option = question.kind.options.unknownOption else { return .bool(false) }
            return .bool(aggregate.answered > 0 && (aggregate.distribution[option.key] ?? 0) * 2 > aggregate.answered)
        case "selected":
            guard let (_, aggregate) = lookup(arguments), case .value(.string(let key))? = arguments.dropFirst().first else { return .empty }
            return .bool((aggregate.distribution[key] ?? 0) * 2 > max(1, aggregate.answered))
        case "score":
            guard case .reference(let name)? = arguments.first else { return .empty }
            let score = name == questionnaire.id ? card.score : card.theme(name)?.score
            return score.map(Value.finite) ?? .empty
        case "level":
            guard case .reference(let name)? = arguments.first else { return .empty }
            let level = name == questionnaire.id ? card.level : card.theme(name)?.level
            return level.map { .string($0.id) } ?? .empty
        case "count_at_most", "count_at_least":
            guard let questions = scope(arguments), case .value(.number(let limit))? = arguments.dropFirst().first else { return .empty }
            let means = questions.compactMap { part.question($0.id)?.statistics.mean }
            return .number(Double(means.filter { function == "count_at_most" ? $0 <= limit : $0 >= limit }.count))
        case "count_answered":
            return scope(arguments).map { .number(Double($0.filter { (part.question($0.id)?.answered ?? 0) > 0 }.count)) } ?? .empty
        case "count_nvt", "count_unknown":
            let each = function == "count_nvt" ? "nvt" : "unknown"
            return scope(arguments).map { questions in
                .number(
                    Double(
                        questions.filter { question in
                            call(each, arguments: [.reference(question.id.description)]) == .bool(true)
                        }.count))
            } ?? .empty
        case "role":
            return roles.count == 1 ? .string(roles.keys.first!) : .empty
        case "respondents":
            return .number(Double(part.respondents))
        case "spread":
            guard case .reference(let name)? = arguments.first else { return .empty }
            if let id = QuestionID(name), let aggregate = part.question(id) {
                return aggregate.statistics.count > 1 ? aggregate.statistics.standardDeviation.map(Value.finite) ?? .empty : .empty
            }
            let statistics = name == questionnaire.id ? part.safeguard.statistics : part.theme(name).statistics
            return statistics.count > 1 ? statistics.standardDeviation.map(Value.finite) ?? .empty : .empty
        default:
            return .empty
        }
    }

    public func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        guard function == "answer", let (_, aggregate) = lookup(arguments) else { return nil }
        return "\(value) (n = \(aggregate.answered))"
    }

    private func lookup(_ arguments: [Argument]) -> (Question, QuestionAggregate)? {
        guard case .reference(let name)? = arguments.first, let id = QuestionID(name),
            let question = questionnaire.question(id), let aggregate = part.question(id)
        else { return nil }
        return (question, aggregate)
    }

    private func scope(_ arguments: [Argument]) -> [Question]? {
        guard case .reference(let name)? = arguments.first else { return nil }
        return name == questionnaire.id ? questionnaire.questions : questionnaire.theme(name)?.questions
    }

    /// The answer more than half of those who answered gave, if any.
    private func majority(_ aggregate: QuestionAggregate) -> String? {
        aggregate.distribution.first { $0.value * 2 > aggregate.answered }?.key
    }
}
