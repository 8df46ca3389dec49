import Diagnostics
import RuleLanguage
import Testing

extension ReferenceKind {
    static let question = ReferenceKind("question", dutch: "vraag")
    static let theme = ReferenceKind("theme", dutch: "thema")
    static let safeguard = ReferenceKind("safeguard", dutch: "waarborg")
}

/// A small questionnaire-like host: a few questions and themes, and the functions
/// answer, score, level, role, answered and count_at_most.
struct FakeEnvironment: RuleEnvironment {
    struct Question {
        var type: ValueType?
        var options: [String]? = nil
        var label: String? = nil
    }

    static let questions: [String: Question] = [
        "rollen.schoolopleider": Question(type: .number, label: "scale"),
        "rollen.inductie-start": Question(type: .string, options: ["ja", "nee", "deels"], label: "choice"),
        "rollen.visie": Question(type: .bool),
        "rollen.beleid": Question(type: .bool),
        "rollen.toelichting": Question(type: .string),
        "rollen.bijlage": Question(type: nil),
    ]
    /// `leeg` is a theme that never has a score.
    static let themes = ["rollen", "visie", "leeg"]
    static let safeguards = ["waarborg-2"]

    static let signatures: [String: FunctionSignature] = [
        "answer": FunctionSignature([.reference("question", .question)], returns: .typeOfReference(argument: 0)),
        "answered": FunctionSignature([.reference("question", .question)], returns: .fixed(.bool)),
        "score": FunctionSignature([.reference("scope", .theme, .safeguard)], returns: .fixed(.number)),
        "level": FunctionSignature([.reference("scope", .theme, .safeguard)], returns: .fixed(.string)),
        "role": FunctionSignature([], returns: .fixed(.string)),
        "count_at_most": FunctionSignature(
            [.reference("scope", .theme, .safeguard), .value("value", .number)], returns: .fixed(.number)),
        "total": FunctionSignature(
            [.value("first", .number), .value("more", .number, optional: true)], returns: .fixed(.number), variadic: true),
    ]

    func signature(of function: String) -> FunctionSignature? { Self.signatures[function] }

    var functionNames: [String] { Self.signatures.keys.sorted() }

    func resolve(_ name: String, as kinds: [ReferenceKind]) -> Result<ReferenceInfo, ReferenceError> {
        for kind in kinds {
            switch kind {
            case .question:
                // A short id resolves within the theme `rollen`, as a host might for show_if.
                let full = Self.questions[name] != nil ? name : "rollen." + name
                if let question = Self.questions[full] {
                    return .success(
                        ReferenceInfo(
                            kind: .question, canonicalName: full, valueType: question.type,
                            allowedStrings: question.options, valueLabel: question.label.map(Message.verbatim)))
                }
            case .theme where Self.themes.contains(name):
                return .success(ReferenceInfo(kind: .theme))
            case .safeguard where Self.safeguards.contains(name):
                return .success(ReferenceInfo(kind: .safeguard))
            default:
                break
            }
        }
        if kinds == [.question], Self.themes.contains(name) {
            return .failure(ReferenceError(.verbatim("'\(name)' is a theme, not a question")))
        }
        let candidates = kinds.contains(.question) ? Array(Self.questions.keys) : Self.themes + Self.safeguards
        let noun = kinds.map(\.rawValue).joined(separator: " or ")
        return .failure(ReferenceError(.verbatim("unknown \(noun) '\(name)'") + Suggestion.didYouMean(name, in: candidates)))
    }

    func valueSuggestion(for name: String) -> String? {
        if Self.questions[name] != nil { return "answer(\(name))" }
        if Self.themes.contains(name) { return "score(\(name))" }
        return nil
    }
}

/// Values for the fake host's functions; anything not set is empty.
struct FakeContext: RuleEvaluationContext {
    var answers: [String: Value] = [:]
    var scores: [String: Value] = [:]
    var role: Value = .empty
    var scaleLabels: [Double: String] = [1: "nog niet", 2: "in ontwikkeling", 3: "grotendeels", 4: "volledig"]

    func call(_ function: String, arguments: [Argument]) -> Value {
        switch (function, arguments.first) {
        case ("answer", .reference(let name)?): answers[name] ?? .empty
        case ("answered", .reference(let name)?): .bool(!(answers[name] ?? .empty).isEmpty)
        case ("score", .reference(let name)?): scores[name] ?? .empty
        case ("role", _): role
        case ("count_at_most", .reference(let name)?):
            if case .value(.number(let limit))? = arguments.dropFirst().first {
                .number(Double(answers.filter { $0.key.hasPrefix(name + ".") && ($0.value.number ?? .infinity) <= limit }.count))
            } else {
                .empty
            }
        case ("total", _): .number(arguments.compactMap { if case .value(.number(let n)) = $0 { n } else { nil } }.reduce(0, +))
        default: .empty
        }
    }

    func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        guard function == "answer", case .reference(let name)? = arguments.first,
            name == "rollen.schoolopleider"
        else { return nil }
        guard let number = value.number else { return "niet beantwoord" }
        return scaleLabels[number].map { "\(value) (\($0))" }
    }
}

/// Parses and checks `source` against the fake host; records an issue and returns nil on errors.
func checked(
    _ source: String, expecting type: ValueType? = nil, sourceLocation: SourceLocation = #_sourceLocation
) -> CheckedExpression? {
    switch TypeChecker.check(source, in: FakeEnvironment(), expecting: type) {
    case .success(let checked):
        return checked
    case .failure(let errors):
        Issue.record("\(source): \(errors)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The errors of `source`, or an empty list when it parses and checks.
func errors(in source: String, expecting type: ValueType? = nil) -> [RuleError] {
    switch TypeChecker.check(source, in: FakeEnvironment(), expecting: type) {
    case .success: []
    case .failure(let errors): errors.errors
    }
}
