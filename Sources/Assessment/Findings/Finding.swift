public import Questionnaire
public import RuleLanguage
import Synchronization

/// Something the rules say about an assessment, as a fact: what kind of finding it is,
/// which rule fired, what it is about, and the values that made it fire.
///
/// A finding holds no finished sentences of its own making. Its title, text, actions and
/// reasons are made when a report asks for them, in the report's language: the texts of
/// a questionnaire rule are the rule's own, those of a built-in finding are made from its
/// subject (a theme's or statement's title) and its values (``Content``), and a reason is
/// said in words by ``ReasonText``.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case strength
        /// An *ontwikkelpunt*: something to work on, with a concrete action.
        case developmentPoint = "development_point"
        /// A *gesprekspunt*: something to talk about (why a theme scores lower) for which
        /// the questionnaire names no action.
        case conversationPoint = "conversation_point"
        case panelQuestion = "panel_question"
    }

    public var kind: Kind
    /// The questionnaire (safeguard) the finding belongs to.
    public var questionnaire: String
    public var safeguard: Int?
    public var theme: String?
    /// What the finding says, as the facts its texts are made from.
    public var content: Content
    /// Only for development points.
    public var priority: Priority?
    /// Why the finding arose; several when overlapping rules were merged.
    public var reasons: [Reason]
    /// The questions the finding looks at: those its rule names, or the kern statement.
    public var questions: [QuestionID] = []
    /// Whether the finding rests on a kern statement answered with its lowest value.
    public var kern: Bool = false
    /// How far the value behind the finding lies from its threshold, in answer points
    /// (0 when the rule says nothing about a distance); one of the inputs of its rank.
    public var distance: Double = 0
    /// For a board: the roles of the respondents whose answers made a role-bound rule fire
    /// ("volgens de bestuurder …"), only where the privacy rule lets those roles be named.
    public var attribution: [String] = []

    public init(
        kind: Kind, questionnaire: String, safeguard: Int?, theme: String?, content: Content,
        priority: Priority? = nil, reasons: [Reason]
    ) {
        self.kind = kind
        self.questionnaire = questionnaire
        self.safeguard = safeguard
        self.theme = theme
        self.content = content
        self.priority = priority
        self.reasons = reasons
    }

    /// A finding whose texts were written by whoever made it (the board's and the plan's
    /// built-in questions).
    public init(
        kind: Kind, questionnaire: String, safeguard: Int?, theme: String?, title: LocalizedText,
        text: LocalizedText? = nil, actions: [LocalizedText] = [], priority: Priority? = nil, reasons: [Reason]
    ) {
        self.init(
            kind: kind, questionnaire: questionnaire, safeguard: safeguard, theme: theme,
            content: .written(title: title, text: text, actions: actions), priority: priority, reasons: reasons)
    }

    /// What a finding says, kept as the facts its texts are made from.
    public enum Content: Sendable, Hashable {
        /// A questionnaire rule's own texts, with the actions of merged findings added.
        case written(title: LocalizedText, text: LocalizedText?, actions: [LocalizedText])
        /// A theme below the threshold for a development point, with the theme's own action
        /// when it has one.
        /// The score is nil in a board's finding when the theme's mean rests on too few
        /// respondents to be shown.
        case lowTheme(title: LocalizedText, score: Double?, threshold: Double, action: LocalizedText?)
        /// A theme at or above the threshold for a strength.
        case strongTheme(title: LocalizedText, score: Double?)
        /// A kern statement answered with its lowest value, with the statement's action.
        case kernLowest(statement: LocalizedText, action: LocalizedText?)

        /// The concrete actions the questionnaire suggests.
        public var actions: [LocalizedText] {
            switch self {
            case .written(_, _, let actions): actions
            case .lowTheme(_, _, _, let action): action.map { [$0] } ?? []
            case .strongTheme: []
            case .kernLowest(_, let action): action.map { [$0] } ?? []
            }
        }
    }

    // MARK: Texts, made when asked for

    /// The finding's title in every language it has.
    public var title: LocalizedText {
        switch content {
        case .written(let title, _, _):
            return title
        case .lowTheme(let theme, let score, _, _):
            if kind == .conversationPoint {
                return Self.both(theme) { name, nl in
                    nl
                        ? "Bespreek waarom ‘\(name)’ lager scoort" + (score.map { " (\(NumberText.dutch($0)))" } ?? "")
                        : "Discuss why ‘\(name)’ scores lower" + (score.map { " (\(NumberText.format($0)))" } ?? "")
                }
            }
            return Self.both(theme) { name, nl in nl ? "Versterk ‘\(name)’" : "Strengthen ‘\(name)’" }
        case .strongTheme(let theme, let score):
            return Self.both(theme) { name, nl in
                nl
                    ? "‘\(name)’ staat stevig" + (score.map { " (\(NumberText.dutch($0)))" } ?? "")
                    : "‘\(name)’ is well in place" + (score.map { " (\(NumberText.format($0)))" } ?? "")
            }
        case .kernLowest(let statement, _):
            return Self.both(statement) { text, nl in nl ? "Kernuitspraak: \(text)" : "Core statement: \(text)" }
        }
    }

    /// The finding's explanation, if it has one.
    public var text: LocalizedText? {
        switch content {
        case .written(_, let text, _):
            return text
        case .lowTheme(let theme, let score, let threshold, _):
            return Self.both(theme) { _, nl in
                guard let score else {
                    return nl
                        ? "Het thema scoort onder de grens van \(NumberText.dutch(threshold))."
                        : "The theme scores below the threshold of \(NumberText.format(threshold))."
                }
                return nl
                    ? "Het thema scoort \(NumberText.dutch(score)), onder de grens van \(NumberText.dutch(threshold))."
                    : "The theme scores \(NumberText.format(score)), below the threshold of \(NumberText.format(threshold))."
            }
        case .strongTheme:
            return nil
        case .kernLowest(let statement, _):
            return Self.both(statement) { _, nl in
                nl
                    ? "Dit is een kernuitspraak: een afspraak die een toetredend bestuur nakomt. Ze kreeg het laagste antwoord, wat het gemiddelde van het thema ook is."
                    : "This is a core statement, an agreement a joining board keeps. It got the lowest answer, whatever the theme's mean."
            }
        }
    }

    /// The concrete actions the questionnaire suggests.
    public var actions: [LocalizedText] { content.actions }

    /// The finding without the theme score in its texts: for a board whose theme mean
    /// rests on too few respondents to be shown.
    public func withholdingScore() -> Finding {
        var finding = self
        switch content {
        case .lowTheme(let title, _, let threshold, let action):
            finding.content = .lowTheme(title: title, score: nil, threshold: threshold, action: action)
        case .strongTheme(let title, _): finding.content = .strongTheme(title: title, score: nil)
        case .written, .kernLowest: break
        }
        return finding
    }

    /// `make(text in language, whether the language is Dutch)` for Dutch and English.
    private static func both(_ source: LocalizedText, _ make: (String, Bool) -> String) -> LocalizedText {
        LocalizedText(
            texts: ["nl": make(source.text("nl"), true), "en": make(source.text("en"), false)], primaryLanguage: "nl")
    }
}

/// Which rule made a finding: one of the built-in rules, or a questionnaire's rule by id.
public enum FindingRule: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    case builtin(BuiltinRule)
    case questionnaire(String)

    /// `builtin:kern_lowest` names a built-in rule, anything else a questionnaire's rule.
    public init(_ id: String) {
        if id.hasPrefix("builtin:"), let rule = BuiltinRule(rawValue: String(id.dropFirst("builtin:".count))) {
            self = .builtin(rule)
        } else {
            self = .questionnaire(id)
        }
    }

    public init(stringLiteral id: String) { self.init(id) }

    /// The built-in rules.
    public enum BuiltinRule: String, Sendable, Hashable, CaseIterable {
        case developmentBelow = "development_below"
        case strengthFrom = "strength_from"
        case kernLowest = "kern_lowest"
        case disagreement
        case unknown
        case roleGap = "role_gap"
        case improvement
        case decline
        case planUnaddressed = "plan_unaddressed"
        case planDropped = "plan_dropped"
        case planIncomplete = "plan_incomplete"
        case planEarlyEvaluation = "plan_early_evaluation"
        case planNoEvaluation = "plan_no_evaluation"
        case planOneMonth = "plan_one_month"
        case planOneDeadline = "plan_one_deadline"
        case planOneOwner = "plan_one_owner"
        case planOverdue = "plan_overdue"
    }

    /// `builtin:development_below`, or the rule's id: the id in JSON and plan files.
    public var description: String {
        switch self {
        case .builtin(let rule): "builtin:" + rule.rawValue
        case .questionnaire(let id): id
        }
    }

    public var builtin: BuiltinRule? {
        if case .builtin(let rule) = self { return rule }
        return nil
    }
}

/// One reason for a finding: which rule fired and the facts that made it fire.
public struct Reason: Sendable, Hashable {
    public var rule: FindingRule
    /// The comparisons and values that decided the rule, as the rule language keeps them.
    public var facts: [Fact] {
        get {
            switch storage {
            case .facts(let facts): facts
            case .deferred(let source, let expression): source.facts(of: expression)
            case .score(let theme, let value, let comparison, let bound):
                [.comparison("score", of: theme, value: value, comparison, bound)]
            case .answer(let question, let value):
                [Fact(subject: .init(text: nil, value: .number(value), call: .init("answer", [.reference(question)])), result: .number(value))]
            }
        }
        set { storage = .facts(newValue) }
    }
    /// Details that are not comparisons (a plan's dates, an owner's name), for JSON and
    /// `--explain` only.
    public var details: [String]

    /// The facts, or what they are made from when asked for: the values of the one fact a
    /// built-in finding of a respondent rests on, or the expression of a questionnaire's
    /// rule with the context it fired in. Findings are made for every respondent and their
    /// reasons read far less often.
    private var storage: Storage

    private enum Storage: Sendable {
        case facts([Fact])
        /// A rule's facts, made from its expression the first time they are asked for.
        case deferred(any RuleFacts, CheckedExpression)
        /// `score(theme) = value comparison bound`.
        case score(theme: String, value: Double, comparison: BinaryOperator, bound: Double)
        /// `answer(question) = value`, the question by its written id.
        case answer(question: String, value: Double)
    }

    public init(rule: FindingRule, facts: [Fact] = [], details: [String] = []) {
        self.rule = rule
        self.storage = .facts(facts)
        self.details = details
    }

    /// The reason of a rule whose expression held in the context `source` keeps: its facts
    /// are those of evaluating `expression` there, made the first time they are asked for.
    init(rule: FindingRule, expression: CheckedExpression, source: any RuleFacts) {
        self.rule = rule
        self.storage = .deferred(source, expression)
        self.details = []
    }

    /// The reason a theme's score gives: `score(theme) = value comparison bound`.
    init(rule: FindingRule, theme: String, score: Double, _ comparison: BinaryOperator, _ bound: Double) {
        self.rule = rule
        self.storage = .score(theme: theme, value: score, comparison: comparison, bound: bound)
        self.details = []
    }

    /// The reason an answer gives: `answer(question) = value`.
    init(rule: FindingRule, question: String, answer: Double) {
        self.rule = rule
        self.storage = .answer(question: question, value: answer)
        self.details = []
    }

    // Equal and hashed by their facts, however they are kept.

    public static func == (a: Reason, b: Reason) -> Bool {
        guard a.rule == b.rule, a.details == b.details else { return false }
        switch (a.storage, b.storage) {
        case (.score(let t1, let v1, let c1, let b1), .score(let t2, let v2, let c2, let b2)):
            return t1 == t2 && v1 == v2 && c1 == c2 && b1 == b2
        case (.answer(let q1, let v1), .answer(let q2, let v2)):
            return q1 == q2 && v1 == v2
        default:
            return a.facts == b.facts
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(facts)
        hasher.combine(details)
    }

    /// The facts as expressions with their values, such as `score(rollen) = 1.8 < 2.5`.
    public var expressions: [String] { facts.map(\.description) + details }

    /// `rule: fact; fact`, the technical form.
    public var text: String {
        let expressions = self.expressions
        return expressions.isEmpty ? rule.description : "\(rule): " + expressions.joined(separator: "; ")
    }
}

/// The facts of rules in the one context they fired in, shared by their reasons (one
/// respondent's): each rule's facts are made the first time they are asked for, and kept.
protocol RuleFacts: AnyObject, Sendable {
    func facts(of expression: CheckedExpression) -> [Fact]
}

/// ``RuleFacts`` in `Context`. Evaluation is total and a context a fixed value, so the
/// facts are what evaluating when the rule fired would have given.
///
/// The context is kept for as long as a reason made from it is: a respondent's answers and
/// score card, or a board's aggregate, live as long as the findings do.
final class ContextFacts<Context: RuleEvaluationContext & Sendable>: RuleFacts {
    let context: Context
    /// Each expression's facts, under its identity; the expression is kept with them, so
    /// that its identity cannot be taken by another while the entry exists.
    private let made = Mutex<[ObjectIdentifier: (expression: CheckedExpression, facts: [Fact])]>([:])

    init(_ context: Context) {
        self.context = context
    }

    func facts(of expression: CheckedExpression) -> [Fact] {
        let key = ObjectIdentifier(expression)
        if let known = made.withLock({ $0[key] }) { return known.facts }
        // Made outside the lock: two threads asking at once both evaluate, to equal facts.
        let facts = Evaluator.evaluate(expression, in: context).facts
        made.withLock { $0[key] = (expression, facts) }
        return facts
    }
}
