public import RuleLanguage

extension ReferenceKind {
    /// A question, written `theme.question`.
    public static let question = ReferenceKind("question", dutch: "vraag")
    /// A theme id, or the questionnaire's own id for the whole safeguard.
    public static let scope = ReferenceKind("theme or questionnaire", dutch: "thema of vragenlijst")
}

/// The functions a questionnaire's expressions may call, as documented in
/// `docs/questionnaire-format.md`.
public enum QuestionnaireFunctions {
    public static let signatures: [String: FunctionSignature] = [
        "answer": FunctionSignature([.reference("question", .question)], returns: .typeOfReference(argument: 0)),
        "answered": FunctionSignature([.reference("question", .question)], returns: .fixed(.bool)),
        "nvt": FunctionSignature([.reference("question", .question)], returns: .fixed(.bool)),
        "unknown": FunctionSignature([.reference("question", .question)], returns: .fixed(.bool)),
        "selected": FunctionSignature([.reference("question", .question), .value("option", .string)], returns: .fixed(.bool)),
        "score": FunctionSignature([.reference("scope", .scope)], returns: .fixed(.number)),
        "level": FunctionSignature([.reference("scope", .scope)], returns: .fixed(.string)),
        "count_at_most": FunctionSignature([.reference("scope", .scope), .value("value", .number)], returns: .fixed(.number)),
        "count_at_least": FunctionSignature([.reference("scope", .scope), .value("value", .number)], returns: .fixed(.number)),
        "count_answered": FunctionSignature([.reference("scope", .scope)], returns: .fixed(.number)),
        "count_nvt": FunctionSignature([.reference("scope", .scope)], returns: .fixed(.number)),
        "count_unknown": FunctionSignature([.reference("scope", .scope)], returns: .fixed(.number)),
        "role": FunctionSignature([], returns: .fixed(.string)),
        "respondents": FunctionSignature([], returns: .fixed(.number)),
        "spread": FunctionSignature([.reference("question or scope", .question, .scope)], returns: .fixed(.number)),
    ]
}

/// The questionnaire functions by number, as a checked expression binds its calls
/// (``RuleLanguage/HostBinding``): the binding's subject is the question's position in
/// the questionnaire's ``Questionnaire/QuestionIndex``, or the theme's index, or
/// ``wholeQuestionnaire`` for the questionnaire's own id.
public enum HostFunction: Int, Sendable, CaseIterable {
    case answer, answered, nvt, unknown, selected
    case score, level
    case countAtMost, countAtLeast, countAnswered, countNvt, countUnknown
    case role, respondents

    /// The subject of a scope function that names the whole questionnaire.
    public static let wholeQuestionnaire = -1

    public init?(name: String) {
        switch name {
        case "answer": self = .answer
        case "answered": self = .answered
        case "nvt": self = .nvt
        case "unknown": self = .unknown
        case "selected": self = .selected
        case "score": self = .score
        case "level": self = .level
        case "count_at_most": self = .countAtMost
        case "count_at_least": self = .countAtLeast
        case "count_answered": self = .countAnswered
        case "count_nvt": self = .countNvt
        case "count_unknown": self = .countUnknown
        case "role": self = .role
        case "respondents": self = .respondents
        default: return nil
        }
    }

    /// Whether the function's first argument is a question (else a scope, or nothing).
    public var takesQuestion: Bool {
        switch self {
        case .answer, .answered, .nvt, .unknown, .selected: true
        default: false
        }
    }

    /// Whether the function's first argument is a theme or the questionnaire.
    public var takesScope: Bool {
        switch self {
        case .score, .level, .countAtMost, .countAtLeast, .countAnswered, .countNvt, .countUnknown: true
        default: false
        }
    }
}

/// A fingerprint of the order of a questionnaire's themes and questions: bindings made
/// against one arrangement hold for a question index with the same fingerprint.
enum QuestionLayout {
    static func fingerprint(_ themes: [Theme]) -> Int {
        var hasher = Hasher()
        hasher.combine(themes.count)
        for theme in themes {
            hasher.combine(theme.id)
            hasher.combine(theme.questions.count)
            for question in theme.questions { hasher.combine(question.id) }
        }
        return hasher.finalize()
    }
}
