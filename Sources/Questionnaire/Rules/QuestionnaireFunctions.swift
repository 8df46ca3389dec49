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
