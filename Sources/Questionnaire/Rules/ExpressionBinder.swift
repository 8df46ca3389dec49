import Diagnostics
import RuleLanguage
import YAML

/// Parses and type-checks the expressions of a decoded questionnaire, reporting errors at
/// their exact place in the file, and finds `show_if` cycles.
final class ExpressionBinder {
    private let draft: QuestionnaireDecoder.Draft
    private let context: DecodingContext
    private let lines: SourceLines
    private let environment: QuestionnaireEnvironment
    /// The questions each question's `show_if` refers to.
    private var dependencies: [QuestionID: [(QuestionID, FileLocation)]] = [:]

    init(draft: QuestionnaireDecoder.Draft, context: DecodingContext, source: String) {
        self.draft = draft
        self.context = context
        self.lines = SourceLines(source)
        self.environment = QuestionnaireEnvironment(
            questionnaireID: draft.questionnaire.id, themes: draft.themes, roles: draft.roles, levels: draft.scoring.levels)
    }

    /// Parses and checks an expression that must be a condition (a bool).
    func condition(_ node: Node, _ what: DecodingContext.Subject) -> Condition? {
        guard let text = context.string(node, what) else { return nil }
        let locator = ExpressionLocator(node: node, lines: lines)
        let parsed: Expression
        switch RuleParser.parse(text) {
        case .success(let expression): parsed = expression
        case .failure(let errors):
            errors.errors.forEach { context.report(locator.diagnostic($0)) }
            return nil
        }
        switch TypeChecker.check(parsed, in: environment, expecting: .bool) {
        case .success(let checked):
            checkSelectedOptions(checked.expression, locator: locator)
            return Condition(source: text, location: locator.location(of: 0), expression: checked)
        case .failure(let errors):
            errors.errors.forEach { context.report(locator.diagnostic($0)) }
            return nil
        }
    }

    /// Reports `selected(q, "key")` where the key is not an option of `q`.
    private func checkSelectedOptions(_ expression: Expression, locator: ExpressionLocator) {
        var stack = [expression]
        while let next = stack.popLast() {
            stack += next.kind.children
            guard case .call("selected", _, let arguments) = next.kind, arguments.count == 2,
                case .reference(let name) = arguments[0].kind, case .string(let key) = arguments[1].kind,
                let id = QuestionID(name), let question = draft.themes.flatMap(\.questions).first(where: { $0.id == id })
            else { continue }
            let keys = question.kind.options.map(\.key)
            if !keys.contains(key) {
                let suggestion = Suggestion.didYouMean(key, in: keys)
                let hint =
                    suggestion.isEmpty
                    ? Message(
                        nl: "; het kan zijn: " + keys.map { "‘\($0)’" }.joined(separator: ", "),
                        en: "; it can be " + keys.map { "'\($0)'" }.joined(separator: ", "))
                    : suggestion
                context.error(
                    Message(nl: "‘\(key)’ is geen optie van \(name)", en: "'\(key)' is not an option of \(name)") + hint,
                    at: locator.location(of: arguments[1].range.start))
            }
        }
    }

    /// The themes with each question's `show_if` bound.
    func bindShowIf() -> [Theme] {
        draft.themes.map { theme in
            var theme = theme
            theme.questions = theme.questions.map { question in
                var question = question
                guard let node = draft.showIf[question.id] else { return question }
                question.showIf = condition(node, "show_if")
                if let showIf = question.showIf {
                    let other = Validator.calls(in: showIf.expression.expression)
                        .subtracting(Validator.answerFunctions).subtracting(Builtin.allCases.map(\.name))
                    if let name = other.sorted().first {
                        context.error(
                            Message(
                                nl:
                                    "show_if mag alleen antwoorden en de rol gebruiken, niet \(name)(): welke vragen getoond worden mag niet van scores afhangen",
                                en: "show_if may only use answers and the role, not \(name)(): which questions are shown must not depend on scores"),
                            at: showIf.location)
                    }
                    let locator = ExpressionLocator(node: node, lines: lines)
                    dependencies[question.id] = showIf.expression.references.compactMap { use in
                        guard use.kind == .question, let id = QuestionID(use.resolvedName) else { return nil }
                        return (id, locator.location(of: use.range.start))
                    }
                }
                return question
            }
            return theme
        }
    }

    func bindRules() -> [Rule] {
        draft.rules.compactMap { rule in
            if let declared = rule.theme, !draft.themes.contains(where: { $0.id == declared }) {
                context.error(
                    Message(nl: "onbekend thema ‘\(declared)’", en: "unknown theme '\(declared)'")
                        + Suggestion.didYouMean(declared, in: draft.themes.map(\.id)),
                    at: rule.themeLocation)
            }
            guard let when = condition(rule.when, "when") else { return nil }
            var theme = rule.theme
            if theme == nil {
                let themes = Set(
                    when.expression.references.compactMap { use -> String? in
                        if use.kind == .question { return QuestionID(use.resolvedName)?.theme }
                        return draft.themes.contains { $0.id == use.resolvedName } ? use.resolvedName : nil
                    })
                if themes.count == 1 { theme = themes.first }
            }
            var bound = Rule(
                id: rule.id, theme: theme, when: when, strength: rule.strength,
                developmentPoint: rule.developmentPoint, panelQuestion: rule.panelQuestion)
            if let reason = rule.reason {
                if let node = rule.reasonNode { checkPlaceholders(in: node, calls: Self.callTexts(in: when.expression.expression)) }
                bound.reason = ReasonTemplate(reason)
            }
            return bound
        }
    }

    /// Reports each placeholder of a rule's reason that names no call of its `when`, at
    /// its column, in every language the reason is written in.
    private func checkPlaceholders(in node: Node, calls: Set<String>) {
        let scalars = node.mapping?.entries.map(\.value) ?? [node]
        for scalar in scalars {
            guard let text = scalar.scalar?.text else { continue }
            let locator = ExpressionLocator(node: scalar, lines: lines)
            for placeholder in ReasonTemplate.placeholders(in: text) {
                if placeholder.isOpen {
                    context.error(
                        Message(
                            nl: "plaatshouder ‘{\(placeholder.name)’ is niet gesloten met ‘}’",
                            en: "placeholder '{\(placeholder.name)' is not closed with '}'"),
                        at: locator.location(of: placeholder.offset - 1))
                    continue
                }
                let canonical: String? =
                    switch RuleParser.parse(placeholder.name) {
                    case .success(let expression): expression.description
                    case .failure: nil
                    }
                guard let canonical, calls.contains(canonical) else {
                    let known = calls.sorted()
                    var message = Message(
                        nl: "plaatshouder ‘{\(placeholder.name)}’ noemt geen aanroep uit de when van deze regel",
                        en: "placeholder '{\(placeholder.name)}' names no call of this rule's when")
                    if let suggestion = Suggestion.closest(to: placeholder.name, in: known) {
                        message = message + Message(nl: "; bedoel je ‘{\(suggestion)}’?", en: "; did you mean '{\(suggestion)}'?")
                    } else if !known.isEmpty {
                        let list = known.map { "{\($0)}" }.joined(separator: ", ")
                        message = message + Message(nl: "; mogelijk zijn " + list, en: "; it can name " + list)
                    }
                    context.error(message, at: locator.location(of: placeholder.offset))
                    continue
                }
            }
        }
    }

    /// The canonical texts of the calls in an expression, as placeholders name them.
    static func callTexts(in expression: Expression) -> Set<String> {
        var texts: Set<String> = []
        var stack = [expression]
        while let next = stack.popLast() {
            if case .call = next.kind { texts.insert(next.description) }
            stack += next.kind.children
        }
        return texts
    }

    /// Reports each `show_if` cycle once, naming the questions in it, and questions that
    /// depend on a question asked after them.
    func checkCycles() {
        let order = Dictionary(draft.themes.flatMap(\.questions).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for cycle in findCycles() {
            let names = (cycle + [cycle[0]]).map(\.description).joined(separator: " → ")
            context.error(Message(nl: "show_if-kringloop: \(names)", en: "show_if cycle: \(names)"), at: dependencies[cycle[0]]?.first?.1)
        }
        for (question, uses) in dependencies.sorted(by: { $0.key < $1.key }) {
            for (dependency, location) in uses where dependency != question {
                if let a = order[question], let b = order[dependency], b > a {
                    context.warning(
                        Message(
                            nl: "show_if van ‘\(question)’ hangt af van ‘\(dependency)’, die later gevraagd wordt; tot dan blijft de vraag verborgen",
                            en: "show_if of '\(question)' depends on '\(dependency)', which is asked later; the question is hidden until then"),
                        at: location)
                }
            }
        }
    }

    /// The cycles among `show_if` dependencies, each found once, by a depth-first search
    /// that visits every question and every dependency once (iterative, so no depth limit).
    private func findCycles() -> [[QuestionID]] {
        enum Mark { case onPath, done }
        var marks: [QuestionID: Mark] = [:]
        var cycles: [[QuestionID]] = []
        for start in dependencies.keys.sorted() where marks[start] == nil {
            var path: [QuestionID] = [start]
            var next: [Int] = [0]
            marks[start] = .onPath
            while let node = path.last {
                let edges = dependencies[node] ?? []
                let index = next[next.count - 1]
                if index == edges.count {
                    marks[node] = .done
                    path.removeLast()
                    next.removeLast()
                    continue
                }
                next[next.count - 1] += 1
                let target = edges[index].0
                switch marks[target] {
                case .onPath?:
                    if let at = path.firstIndex(of: target) { cycles.append(Array(path[at...])) }
                case .done?:
                    continue
                case nil:
                    marks[target] = .onPath
                    path.append(target)
                    next.append(0)
                }
            }
        }
        return cycles
    }

}
