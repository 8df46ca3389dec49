import Questionnaire
import RuleLanguage
import TestSupport
import Testing

@testable import Assessment

/// Host calls bound when an expression is checked (`HostBinding`): answered by position,
/// they give what the same calls give by name, on the shipped questionnaires.
@Suite struct HostBindingTests {
    let questionnaires: [Questionnaire]
    let examples: [AnswerSet]

    init() throws {
        questionnaires = try BindingFixtures.questionnaires()
        examples = try BindingFixtures.examples(questionnaires)
    }

    /// The environment the loader checks a questionnaire's expressions in.
    static func environment(_ questionnaire: Questionnaire, themes: [Theme]? = nil) -> QuestionnaireEnvironment {
        QuestionnaireEnvironment(
            questionnaireID: questionnaire.id, themes: themes ?? questionnaire.themes, roles: questionnaire.roles,
            levels: questionnaire.scoring.levels)
    }

    /// The two contexts a questionnaire's expressions are evaluated in, for one answer set: the
    /// respondent's (hidden questions left out, scored as a report does) and `show_if`'s.
    struct Contexts {
        var set: AnswerSet
        var respondent: RespondentContext
        var card: ScoreCard
        var showIf: ShowIfContext

        init(_ questionnaire: Questionnaire, _ set: AnswerSet) {
            let hidden = RespondentContext.hiddenQuestions(questionnaire, response: set.response, role: set.role)
            self.set = set
            card = Scorer(questionnaire).score(set.response, hidden: hidden)
            respondent = RespondentContext(questionnaire: questionnaire, response: set.response, role: set.role, hidden: hidden, card: card)
            showIf = ShowIfContext(resolver: Visibility.Resolver(questionnaire: questionnaire, response: set.response, role: set.role))
        }
    }

    /// Expects `expression` to give the same value and facts bound as by name, in both
    /// contexts; returns its value in the respondent's.
    @discardableResult
    static func expectSame(
        _ expression: CheckedExpression, in contexts: Contexts, what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Value {
        let (respondent, showIf, set) = (contexts.respondent, contexts.showIf, contexts.set)
        let value = Evaluator.value(of: expression, in: respondent)
        #expect(value == Evaluator.value(of: expression, in: ByName(inner: respondent)), "\(set): \(what)", sourceLocation: sourceLocation)
        #expect(
            Evaluator.evaluate(expression, in: respondent) == Evaluator.evaluate(expression, in: ByName(inner: respondent)), "\(set): \(what)",
            sourceLocation: sourceLocation)
        #expect(
            Evaluator.evaluate(expression, in: showIf) == Evaluator.evaluate(expression, in: ByName(inner: showIf)), "\(set): \(what) in show_if",
            sourceLocation: sourceLocation)
        return value
    }

    /// Rules, `show_if` and findings come out the same bound and by name for `set`; returns
    /// how many rules held.
    @discardableResult
    static func expectRulesSame(_ questionnaire: Questionnaire, _ set: AnswerSet, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let contexts = Contexts(questionnaire, set)
        var held = 0
        for rule in questionnaire.rules {
            let value = expectSame(rule.when.expression, in: contexts, what: "rule \(rule.id)", sourceLocation: sourceLocation)
            if value.isTrue { held += 1 }
        }
        for question in questionnaire.questions {
            guard let showIf = question.showIf else { continue }
            expectSame(showIf.expression, in: contexts, what: "show_if of \(question.id)", sourceLocation: sourceLocation)
        }
        let (engine, card, respondent) = (FindingEngine(questionnaire), contexts.card, contexts.respondent)
        #expect(
            engine.findings(card: card, context: respondent) == engine.findings(card: card, context: ByName(inner: respondent)), "\(set): findings",
            sourceLocation: sourceLocation)
        return held
    }

    // MARK: Bound and by name

    /// Every rule, every `show_if` and the findings of every questionnaire version are the same
    /// whether calls are answered by position or by name, for the examples and made answers.
    @Test func rulesAndShowIfAreTheSameBoundAndByName() throws {
        var sets = 0, held = 0, rules = 0
        for questionnaire in questionnaires {
            for set in BindingFixtures.answerSets(for: questionnaire, examples: examples) {
                held += Self.expectRulesSame(questionnaire, set)
                rules += questionnaire.rules.count
                sets += 1
            }
        }
        #expect(questionnaires.count == 9)
        #expect(examples.count >= 40)
        // The answer sets make rules both hold and not hold.
        #expect(held > 0 && held < rules, "\(held) of \(rules)")
        #expect(sets > 500)
    }

    /// Each questionnaire function on each question, theme and the questionnaire itself gives
    /// the same value bound as by name, in the respondent's and the `show_if` context.
    @Test func everyFunctionOnEverySubjectIsTheSameBoundAndByName() throws {
        var values: Set<Value> = []
        for questionnaire in questionnaires {
            let environment = Self.environment(questionnaire)
            let checked = try Self.calls(questionnaire).map { source in
                let result = TypeChecker.check(source, in: environment, expecting: nil)
                return (source, try #require(try? result.get(), "\(source): \(result)"))
            }
            for set in BindingFixtures.answerSets(for: questionnaire, examples: examples, random: 8) {
                let contexts = Contexts(questionnaire, set)
                for (source, expression) in checked {
                    values.insert(Self.expectSame(expression, in: contexts, what: source))
                }
            }
        }
        // Numbers, strings, yes and no, and empty all came up.
        #expect(values.contains(.empty) && values.contains(.bool(true)) && values.contains(.bool(false)))
        #expect(values.contains { $0.number != nil } && values.contains { $0.string != nil })
    }

    /// One call of every function a questionnaire offers, on each of its subjects.
    static func calls(_ questionnaire: Questionnaire) -> [String] {
        var calls = ["role()", "respondents()"]
        for question in questionnaire.questions {
            let name = question.id.description
            if question.kind.name != "multi" { calls.append("answer(\(name))") }
            calls += ["answered(\(name))", "nvt(\(name))", "unknown(\(name))"]
            calls += question.kind.options.map { "selected(\(name), \(Value.quote($0.key)))" }
        }
        for scope in questionnaire.themes.map(\.id) + [questionnaire.id] {
            calls += [
                "score(\(scope))", "level(\(scope))", "count_at_most(\(scope), 2)", "count_at_least(\(scope), 3)",
                "count_answered(\(scope))", "count_nvt(\(scope))", "count_unknown(\(scope))", "spread(\(scope))",
            ]
        }
        return calls
    }

    /// The loaded rules and `show_if` conditions really are bound, to the questionnaire's own
    /// layout and numbers, so the comparisons above compare two different paths.
    @Test func loadedExpressionsAreBoundToTheirQuestionnaire() throws {
        for questionnaire in questionnaires {
            let set = AnswerSet(label: "full", response: BindingFixtures.fullResponse(questionnaire), role: nil)
            let log = CallLog()
            let contexts = Contexts(questionnaire, set)
            let context = Recording(inner: contexts.respondent, log: log)
            let showIf = Recording(inner: contexts.showIf, log: log)
            for rule in questionnaire.rules { _ = Evaluator.evaluate(rule.when.expression, in: context) }
            for question in questionnaire.questions {
                guard let condition = question.showIf else { continue }
                _ = Evaluator.evaluate(condition.expression, in: context)
                _ = Evaluator.evaluate(condition.expression, in: showIf)
            }
            #expect(log.bound.count > 10, "\(questionnaire.reference)")
            #expect(log.byName.allSatisfy { HostFunction(name: $0) == nil }, "\(questionnaire.reference): \(log.byName)")
            let index = questionnaire.questionIndex
            for call in log.bound {
                let host = try #require(HostFunction(rawValue: call.binding.function))
                #expect(HostFunction(name: call.function) == host)
                #expect(call.binding.layout == index.layout)
                guard case .reference(let name)? = call.arguments.first else {
                    #expect(!host.takesQuestion && !host.takesScope && call.binding.subject == 0)
                    continue
                }
                if host.takesQuestion { #expect(index.names[name] == call.binding.subject, "\(call.function)(\(name))") }
                if host.takesScope {
                    let theme = questionnaire.themes.firstIndex { $0.id == name }
                    #expect((name == questionnaire.id ? HostFunction.wholeQuestionnaire : theme) == call.binding.subject, "\(call.function)(\(name))")
                }
            }
        }
    }

    // MARK: Themes changed after loading

    /// Ways a program may change a loaded questionnaire's themes.
    static let changes: [(name: String, keepsQuestions: Bool, change: @Sendable ([Theme]) -> [Theme])] = [
        ("themes reversed", true, { $0.reversed() }),
        (
            "questions reversed", true,
            {
                $0.map { theme in
                    var theme = theme
                    theme.questions.reverse()
                    return theme
                }
            }
        ),
        ("first theme dropped", false, { Array($0.dropFirst()) }),
        (
            "first question dropped", false,
            { themes in
                var themes = themes
                themes[0].questions.removeFirst()
                return themes
            }
        ),
    ]

    /// A questionnaire whose themes were changed after loading still evaluates its rules and
    /// `show_if` by name, and as the same expressions checked anew against the new themes.
    @Test func changedThemesStillAnswerByName() throws {
        for original in questionnaires {
            for (name, keepsQuestions, change) in Self.changes {
                var changed = original
                changed.themes = change(original.themes)
                #expect(changed.questionIndex.layout != original.questionIndex.layout, "\(original.reference) \(name)")
                let environment = Self.environment(changed)
                for set in BindingFixtures.answerSets(for: original, examples: examples, random: 8) {
                    Self.expectRulesSame(changed, set)
                    guard keepsQuestions else { continue }
                    // The stale bindings give what bindings to the new layout give.
                    let context = Contexts(changed, set).respondent
                    for rule in changed.rules {
                        let result = TypeChecker.check(rule.when.source, in: environment, expecting: .bool)
                        let rechecked = try #require(try? result.get(), "\(rule.id): \(result)")
                        #expect(
                            Evaluator.evaluate(rule.when.expression, in: context) == Evaluator.evaluate(rechecked, in: context),
                            "\(set) \(name): rule \(rule.id)")
                    }
                }
            }
        }
    }

    /// A call bound to the old layout reads the question it names, not the question that now
    /// stands at its old position, and the theme it names, not the one now at its old index.
    @Test func aStaleBindingReadsTheNamedQuestionNotTheOneAtItsOldPosition() throws {
        let original = try #require(questionnaires.last { $0.id == "waarborg-1" })
        var changed = original
        changed.themes = original.themes.reversed()
        let first = original.questionIndex.texts[0], firstTheme = original.themes[0].id
        let nowFirst = changed.questionIndex.texts[0]
        #expect(first == "visie.visie-onderschreven" && firstTheme == "visie" && nowFirst != first)

        // The first theme at its lowest, everything else at its highest.
        var response = BindingFixtures.extreme(BindingFixtures.fullResponse(original), original, lowest: false)
        for question in original.themes[0].questions {
            let lowest = try #require(BindingFixtures.valued(question.kind.options).first)
            response.answers[question.id] = Answer(.option(lowest.key))
        }
        let set = AnswerSet(label: "first theme lowest", response: response, role: nil)
        let contexts = Contexts(changed, set)
        let (context, card) = (contexts.respondent, contexts.card)
        let environment = Self.environment(original)
        func value(_ source: String) throws -> Value {
            let result = TypeChecker.check(source, in: environment, expecting: nil)
            let expression = try #require(try? result.get(), "\(source): \(result)")
            return Self.expectSame(expression, in: contexts, what: source)
        }
        #expect(try value("answer(\(first))") == .number(1))
        #expect(try value("answer(\(nowFirst))") != .number(1))
        #expect(try value("answered(\(first))") == .bool(true))
        #expect(try value("score(\(firstTheme))") == .number(1))
        #expect(card.theme(firstTheme)?.score == 1 && card.themes[0].theme != firstTheme)
        #expect(try value("count_at_most(\(firstTheme), 1)") == .number(Double(original.themes[0].questions.count)))
        #expect(try value("count_at_most(\(changed.themes[0].id), 1)") == .number(0))

        // The same with a binding made by hand for the old position and index.
        let stale = { (function: HostFunction, subject: Int) in
            HostBinding(function: function.rawValue, subject: subject, layout: original.questionIndex.layout)
        }
        #expect(context.call(stale(.answer, 0), "answer", arguments: [.reference(first)]) == .number(1))
        #expect(context.call(stale(.score, 0), "score", arguments: [.reference(firstTheme)]) == .number(1))
        #expect(contexts.showIf.call(stale(.answer, 0), "answer", arguments: [.reference(first)]) == .number(1))
        // A binding for the current layout does read by position.
        let current = HostBinding(function: HostFunction.answer.rawValue, subject: 0, layout: changed.questionIndex.layout)
        #expect(context.call(current, "answer", arguments: [.reference(first)]) == context.call("answer", arguments: [.reference(nowFirst)]))
    }

    // MARK: The environment's numbers

    /// Only the questionnaire's own functions, with a subject it knows, are bound.
    /// A questionnaire renamed after loading: its own id is not part of the layout, so a
    /// call on the whole questionnaire goes by name and reads as the name path does.
    @Test func aRenamedQuestionnaireIsScoredByName() throws {
        let original = try #require(questionnaires.last { $0.id == "waarborg-3" })
        var renamed = original
        renamed.id = "andere-id"
        let set = AnswerSet(
            label: "all highest", response: BindingFixtures.extreme(BindingFixtures.fullResponse(original), original, lowest: false),
            role: nil)
        let contexts = Contexts(renamed, set)
        let result = TypeChecker.check("score(waarborg-3)", in: Self.environment(original), expecting: nil)
        let expression = try #require(try? result.get())
        #expect(Self.expectSame(expression, in: contexts, what: "score of the old id") == .empty)
    }

    /// `nvt()` in a rule says what it says in `show_if` and on the answer: on a choice whose
    /// options carry no values, no answer is n.v.t.
    @Test func nvtOnAnUnscoredChoiceIsFalseInRulesAsInShowIf() throws {
        let questionnaire = try #require(questionnaires.first { $0.id == "waarborg-3" && $0.version == SemanticVersion(2, 0, 0) })
        let id = try #require(QuestionID("rollen.inrichting"))
        let question = try #require(questionnaire.question(id))
        let key = try #require(question.kind.options.first?.key)
        #expect(!question.kind.isScored)
        var response = BindingFixtures.fullResponse(questionnaire)
        response.answers[id] = Answer(.option(key))
        let contexts = Contexts(questionnaire, AnswerSet(label: "unscored choice", response: response, role: nil))
        let result = TypeChecker.check("nvt(rollen.inrichting)", in: Self.environment(questionnaire), expecting: nil)
        let expression = try #require(try? result.get())
        #expect(Self.expectSame(expression, in: contexts, what: "nvt on an unscored choice") == .bool(false))
        #expect(Evaluator.value(of: expression, in: contexts.showIf) == .bool(false))
        #expect(response.answers[id]?.isNotApplicable(to: question) == false)
    }

    @Test func noBindingForUnknownFunctionsOrSubjects() throws {
        for questionnaire in questionnaires {
            let environment = Self.environment(questionnaire)
            let question = questionnaire.questionIndex.texts[0], theme = questionnaire.themes[0].id
            #expect(environment.binding(of: "answer", subject: question) != nil)
            #expect(environment.binding(of: "score", subject: theme) != nil)
            #expect(environment.binding(of: "score", subject: questionnaire.id) != nil)

            #expect(environment.binding(of: "nosuch", subject: question) == nil)
            #expect(environment.binding(of: "Answer", subject: question) == nil)
            #expect(environment.binding(of: "spread", subject: question) == nil)
            #expect(environment.binding(of: "spread", subject: theme) == nil)
            #expect(environment.binding(of: "min", subject: nil) == nil)
            #expect(environment.binding(of: "answer", subject: "\(theme).nosuch") == nil)
            #expect(environment.binding(of: "answer", subject: nil) == nil)
            #expect(environment.binding(of: "selected", subject: theme) == nil)
            #expect(environment.binding(of: "score", subject: "nosuch") == nil)
            #expect(environment.binding(of: "level", subject: nil) == nil)
            #expect(environment.binding(of: "count_at_most", subject: question) == nil)
        }
    }

    /// A bound question is numbered by its position in the question index, a theme by its
    /// index, the questionnaire as the whole; all with the question index's layout.
    @Test func bindingsNumberQuestionsAsTheQuestionIndexDoes() throws {
        let names = QuestionnaireFunctions.signatures.keys.sorted()
        #expect(Set(names.compactMap(HostFunction.init(name:))) == Set(HostFunction.allCases))
        #expect(names.filter { HostFunction(name: $0) == nil } == ["spread"])
        for questionnaire in questionnaires {
            let environment = Self.environment(questionnaire)
            let index = questionnaire.questionIndex
            for name in names {
                guard let host = HostFunction(name: name) else { continue }
                func expect(_ subject: String?, _ number: Int?) {
                    let expected = number.map { HostBinding(function: host.rawValue, subject: $0, layout: index.layout) }
                    #expect(environment.binding(of: name, subject: subject) == expected, "\(questionnaire.reference) \(name)(\(subject ?? ""))")
                }
                if host.takesQuestion {
                    for (position, text) in index.texts.enumerated() {
                        #expect(index.names[text] == position)
                        expect(text, position)
                    }
                } else if host.takesScope {
                    for (theme, themeID) in questionnaire.themes.map(\.id).enumerated() { expect(themeID, theme) }
                    expect(questionnaire.id, HostFunction.wholeQuestionnaire)
                } else {
                    expect(nil, 0)
                }
            }
            // An environment over changed themes binds to the layout of the index they make.
            var changed = questionnaire
            changed.themes = questionnaire.themes.reversed()
            let reversed = Self.environment(questionnaire, themes: changed.themes)
            let last = try #require(changed.questionIndex.texts.last)
            #expect(
                reversed.binding(of: "answer", subject: last)
                    == HostBinding(
                        function: HostFunction.answer.rawValue, subject: changed.questionIndex.count - 1, layout: changed.questionIndex.layout))
            #expect(changed.questionIndex.layout != index.layout)
        }
    }
}
