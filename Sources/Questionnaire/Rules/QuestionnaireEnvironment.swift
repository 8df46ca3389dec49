import Diagnostics
public import RuleLanguage

/// Resolves the names in a questionnaire's expressions for the type checker.
public struct QuestionnaireEnvironment: RuleEnvironment {
    let questionnaireID: String
    let themes: [Theme]
    let questions: [QuestionID: Question]

    let roles: [String]
    let levels: [String]
    /// The questions numbered as the loaded questionnaire will number them, and each theme's
    /// index: the numbers calls are bound to (``HostFunction``), with the layout they hold for.
    let questionIndex: Questionnaire.QuestionIndex
    let themeIndices: [String: Int]

    public init(questionnaireID: String, themes: [Theme], roles: [Role] = Role.defaults, levels: [Level] = Level.defaults) {
        self.questionnaireID = questionnaireID
        self.themes = themes
        self.roles = roles.map(\.id)
        var levelIDs = levels.map(\.id)
        for id in themes.flatMap({ $0.levels ?? [] }).map(\.id) where !levelIDs.contains(id) { levelIDs.append(id) }
        self.levels = levelIDs
        var questions: [QuestionID: Question] = [:]
        for question in themes.flatMap(\.questions) { questions[question.id] = question }
        self.questions = questions
        questionIndex = Questionnaire.QuestionIndex(themes)
        var themeIndices: [String: Int] = [:]
        for (index, theme) in themes.enumerated() where themeIndices[theme.id] == nil { themeIndices[theme.id] = index }
        self.themeIndices = themeIndices
    }

    public func binding(of function: String, subject: String?) -> HostBinding? {
        guard let host = HostFunction(name: function) else { return nil }
        let number: Int
        if host.takesQuestion {
            guard let subject, let position = questionIndex.names[subject] else { return nil }
            number = position
        } else if host.takesScope {
            guard let subject else { return nil }
            if subject == questionnaireID {
                number = HostFunction.wholeQuestionnaire
            } else if let index = themeIndices[subject] {
                number = index
            } else {
                return nil
            }
        } else {
            number = 0
        }
        return HostBinding(function: host.rawValue, subject: number, layout: questionIndex.layout)
    }

    public func signature(of function: String) -> FunctionSignature? {
        QuestionnaireFunctions.signatures[function]
    }

    public var functionNames: [String] { QuestionnaireFunctions.signatures.keys.sorted() }

    public func resolve(_ name: String, as kinds: [ReferenceKind]) -> Result<ReferenceInfo, ReferenceError> {
        for kind in kinds {
            if kind == .question, let id = QuestionID(name), let question = questions[id] {
                return .success(info(for: question))
            }
            if kind == .scope, name == questionnaireID || themes.contains(where: { $0.id == name }) {
                return .success(ReferenceInfo(kind: .scope, valueType: .number))
            }
        }
        return .failure(ReferenceError(unknown(name, kinds)))
    }

    public func resultStrings(of function: String) -> [String]? {
        switch function {
        case "role": roles
        case "level": levels
        default: nil
        }
    }

    public func valueSuggestion(for name: String) -> String? {
        if let id = QuestionID(name), questions[id] != nil { return "answer(\(name))" }
        if name == questionnaireID || themes.contains(where: { $0.id == name }) { return "score(\(name))" }
        return nil
    }

    private func info(for question: Question) -> ReferenceInfo {
        switch question.kind {
        case .scale:
            ReferenceInfo(kind: .question, valueType: .number, valueLabel: Message(nl: "schaalantwoord", en: "scale answer"))
        case .choice(let options):
            ReferenceInfo(kind: .question, valueType: .string, allowedStrings: options.map(\.key), valueLabel: Message(nl: "keuze", en: "choice"))
        case .multi:
            ReferenceInfo(kind: .question, valueType: nil, valueLabel: Message(nl: "meerkeuze-antwoord", en: "multiple choice"))
        case .yesno:
            ReferenceInfo(kind: .question, valueType: .bool, valueLabel: Message(nl: "ja/nee-antwoord", en: "yes/no answer"))
        case .number:
            ReferenceInfo(kind: .question, valueType: .number, valueLabel: Message(nl: "getal", en: "number"))
        case .text:
            ReferenceInfo(kind: .question, valueType: .string, valueLabel: Message(nl: "tekst", en: "text"))
        }
    }

    private func unknown(_ name: String, _ kinds: [ReferenceKind]) -> Message {
        var candidates: [String] = []
        if kinds.contains(.question) { candidates += questions.keys.map(\.description) }
        if kinds.contains(.scope) { candidates += themes.map(\.id) + [questionnaireID] }
        let what =
            kinds.contains(.question) && !kinds.contains(.scope)
            ? Message(nl: "onbekende vraag", en: "unknown question")
            : kinds.contains(.question)
                ? Message(nl: "onbekende vraag, thema of vragenlijst", en: "unknown question, theme or questionnaire")
                : Message(nl: "onbekend thema of onbekende vragenlijst", en: "unknown theme or questionnaire")
        var message = what + Message(nl: " ‘\(name)’", en: " '\(name)'")
        if let suggestion = Suggestion.closest(to: name, in: candidates.sorted()) {
            message = message + Message(nl: "; bedoel je ‘\(suggestion)’?", en: "; did you mean '\(suggestion)'?")
        } else if kinds.contains(.question), QuestionID(name) == nil, themes.contains(where: { $0.id == name }) {
            message = message + Message(nl: "; noem een vraag als thema.vraag", en: "; name a question as theme.question")
        }
        return message
    }
}
