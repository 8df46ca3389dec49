import Diagnostics
public import Questionnaire
public import RuleLanguage

/// Turns scores and answers into findings: the questionnaire's rules and the built-in
/// findings, merged where they overlap and ordered by priority, safeguard and theme.
public struct FindingEngine: Sendable {
    public let questionnaire: Questionnaire

    public init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// Findings for a context (one respondent or a group) and its score card.
    public func findings(card: ScoreCard, context: some RuleEvaluationContext) -> [Finding] {
        var found = builtIn(card: card, context: context)
        for rule in questionnaire.rules {
            // Most rules do not fire: collect the facts only of those that do.
            guard Evaluator.value(of: rule.when.expression, in: context).isTrue else { continue }
            let evaluation = Evaluator.evaluate(rule.when.expression, in: context)
            findings(for: rule, reason: Reason(rule: .questionnaire(rule.id), facts: evaluation.facts), into: &found)
        }
        Self.merge(&found)
        return found
    }

    private func findings(for rule: Rule, reason: Reason, into out: inout [Finding]) {
        let questions = rule.when.questions
        func make(_ kind: Finding.Kind, _ content: Finding.Content) -> Finding {
            var finding = Finding(
                kind: kind, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: rule.theme,
                content: content, reasons: [reason])
            finding.questions = questions
            return finding
        }
        if let strength = rule.strength { out.append(make(.strength, .written(title: strength, text: nil, actions: []))) }
        if let point = rule.developmentPoint {
            var finding = make(.developmentPoint, .written(title: point.title, text: point.text, actions: point.actions))
            finding.priority = point.priority
            finding.distance = Self.distance(of: reason.facts)
            out.append(finding)
        }
        if let question = rule.panelQuestion { out.append(make(.panelQuestion, .written(title: question, text: nil, actions: []))) }
    }

    /// How far the facts of a rule lie past their thresholds: the largest distance of a
    /// number compared with a literal bound.
    static func distance(of facts: [Fact]) -> Double {
        var largest = 0.0
        for fact in facts {
            guard let comparison = fact.comparison, let other = fact.other, other.isLiteral,
                let value = fact.subject.value.number, let bound = other.value.number,
                fact.subject.call?.name == "score" || fact.subject.call?.name == "answer"
            else { continue }
            switch comparison {
            case .less, .lessOrEqual: largest = max(largest, bound - value)
            default: break
            }
        }
        return largest
    }

    // MARK: Built-in findings

    private func builtIn(card: ScoreCard, context: some RuleEvaluationContext) -> [Finding] {
        var out: [Finding] = []
        let settings = questionnaire.findings
        let questionIndex = questionnaire.questionIndex
        for (index, theme) in questionnaire.themes.enumerated() {
            guard let themeScore = Self.score(of: theme, at: index, in: card) else { continue }
            if let score = themeScore.score, questionnaire.method(for: theme) == .mean {
                themeFindings(theme, score: score, settings: settings, into: &out)
            }
            guard settings.kernLowest else { continue }
            for position in questionIndex.kernPositions[index] {
                guard let lowest = questionIndex.kinds[position].options.lowestValue,
                    let scored = Self.score(
                        of: questionIndex.ids[position], at: position - questionIndex.themeRanges[index].lowerBound, in: themeScore),
                    scored.status == .scored, scored.value == lowest
                else { continue }
                out.append(kernFinding(at: position, theme: theme.id, lowest: lowest))
            }
        }
        return out
    }

    /// The development point, conversation point or strength a theme's mean makes, if any.
    ///
    /// A low theme is a development point only when the questionnaire asks for that and
    /// the theme names an action; otherwise it is a point for the conversation.
    private func themeFindings(_ theme: Theme, score: Double, settings: FindingSettings, into out: inout [Finding]) {
        if let below = settings.developmentBelow, score < below {
            let isPoint = settings.lowTheme == .developmentPoint && theme.action != nil
            var finding = Finding(
                kind: isPoint ? .developmentPoint : .conversationPoint, questionnaire: questionnaire.id,
                safeguard: questionnaire.safeguard, theme: theme.id,
                content: .lowTheme(title: theme.title, score: score, threshold: below, action: isPoint ? theme.action : nil),
                reasons: [Reason(rule: .builtin(.developmentBelow), facts: [.comparison("score", of: theme.id, value: score, .less, below)])])
            let low = questionnaire.levels(for: theme).first.map { $0.contains(score) } ?? false
            finding.priority = low ? .hoog : .midden
            finding.distance = below - score
            out.append(finding)
        }
        if let from = settings.strengthFrom, score >= from {
            out.append(
                Finding(
                    kind: .strength, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                    content: .strongTheme(title: theme.title, score: score),
                    reasons: [Reason(rule: .builtin(.strengthFrom), facts: [.comparison("score", of: theme.id, value: score, .greaterOrEqual, from)])]
                ))
        }
    }

    /// The development point of the kern statement at `position`, answered with its lowest value.
    private func kernFinding(at position: Int, theme: String, lowest: Double) -> Finding {
        let questionIndex = questionnaire.questionIndex
        let value = Value.number(lowest)
        let fact = Fact(
            subject: .init(text: nil, value: value, call: .init("answer", [.reference(questionIndex.texts[position])])),
            result: value)
        let question = questionIndex.questions[position]
        var kern = Finding(
            kind: .developmentPoint, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme,
            content: .kernLowest(statement: question.text, action: question.action), priority: .hoog,
            reasons: [Reason(rule: .builtin(.kernLowest), facts: [fact])])
        kern.questions = [question.id]
        kern.kern = true
        kern.distance = (questionIndex.kinds[position].options.highestValue ?? lowest) - lowest
        return kern
    }

    /// A theme's score on the card: found by its place when the card follows the
    /// questionnaire's themes, as a scorer's card does, else by its id.
    private static func score(of theme: Theme, at index: Int, in card: ScoreCard) -> ThemeScore? {
        if card.themes.indices.contains(index), card.themes[index].theme == theme.id { return card.themes[index] }
        return card.theme(theme.id)
    }

    /// A question's score in its theme's score, found by its place first, like a theme's.
    private static func score(of question: QuestionID, at index: Int, in theme: ThemeScore) -> QuestionScore? {
        if theme.questions.indices.contains(index), theme.questions[index].id == question { return theme.questions[index] }
        return theme.question(question)
    }

    // MARK: Merging

    /// Merges findings that say the same thing (equal kind, questionnaire and title), and
    /// folds a theme's built-in development point into a rule's development point on that
    /// theme, keeping every reason.
    static func merged(_ findings: [Finding]) -> [Finding] {
        var merged = findings
        merge(&merged)
        return merged
    }

    /// ``merged(_:)`` in place: findings are absorbed where they stand and the rest moved
    /// together at the end, so that no finding is copied but those absorbed.
    ///
    /// A respondent has a few dozen findings at most: plain scans cost less here than
    /// hashing their titles.
    static func merge(_ findings: inout [Finding]) {
        var kept = [Bool](repeating: true, count: findings.count)
        var absorbed = false
        // What each kept finding says, kept apart so that looking for a match copies no
        // finding and reads each title once.
        var sayings: [Saying] = []
        sayings.reserveCapacity(findings.count)
        for index in findings.indices {
            let saying = Saying(findings[index], at: index)
            // Only the latest finding saying the same is a candidate, and only when its
            // title is equal in every language too.
            if let target = saying.latest(in: sayings), findings[target].content == findings[index].content {
                let finding = findings[index]
                absorb(finding, into: &findings[target])
                kept[index] = false
                absorbed = true
            } else {
                sayings.append(saying)
            }
        }
        // A rule's development point stays one when it absorbs built-in findings (their
        // reasons are all built-in), and a built-in finding is never a target: both can be
        // decided once, before folding.
        var rulePoints: [Int] = []
        for index in findings.indices where kept[index] && findings[index].kind == .developmentPoint {
            if findings[index].reasons.contains(where: { $0.rule.builtin == nil }) { rulePoints.append(index) }
        }
        if !rulePoints.isEmpty {
            for index in findings.indices where kept[index] {
                let themeBuiltin = findings[index].isThemeBuiltin
                guard themeBuiltin || findings[index].isKernBuiltin else { continue }
                var target: Int?
                for candidate in rulePoints where findings[candidate].questionnaire == findings[index].questionnaire {
                    let matches =
                        themeBuiltin
                        ? findings[candidate].theme != nil && findings[candidate].theme == findings[index].theme
                        : findings[candidate].questions.contains(where: findings[index].questions.contains)
                    if matches {
                        target = candidate
                        break
                    }
                }
                if let target {
                    let finding = findings[index]
                    absorb(finding, into: &findings[target])
                    kept[index] = false
                    absorbed = true
                }
            }
        }
        guard absorbed else { return }
        // The kept findings moved to the front in their order, the absorbed ones dropped.
        var end = 0
        for index in findings.indices where kept[index] {
            if index != end { findings.swapAt(index, end) }
            end += 1
        }
        findings.removeSubrange(end...)
    }

    /// What findings that say the same thing share: kind, questionnaire and title.
    private struct Saying {
        var kind: Finding.Kind
        var questionnaire: String
        var tag: Int
        var title: String
        /// Where the finding stands among the findings.
        var index: Int

        init(_ finding: Finding, at index: Int) {
            kind = finding.kind
            questionnaire = finding.questionnaire
            (tag, title) = finding.primaryTitle
            self.index = index
        }

        /// Where the finding of the last of `sayings` that says the same stands; compared
        /// field by field in place, cheapest first.
        func latest(in sayings: [Saying]) -> Int? {
            var index = sayings.endIndex
            while index > sayings.startIndex {
                index -= 1
                if sayings[index].kind == kind, sayings[index].tag == tag, sayings[index].title == title,
                    sayings[index].questionnaire == questionnaire
                {
                    return sayings[index].index
                }
            }
            return nil
        }
    }

    private static func absorb(_ finding: Finding, into target: inout Finding) {
        target.reasons += finding.reasons.filter { !target.reasons.contains($0) }
        let added = finding.actions.filter { !target.actions.contains($0) }
        if !added.isEmpty { target.content = .written(title: target.title, text: target.text, actions: target.actions + added) }
        if let priority = finding.priority, priority < (target.priority ?? .laag) {
            target.priority = priority
        }
        target.kern = target.kern || finding.kern
        target.distance = max(target.distance, finding.distance)
        target.questions += finding.questions.filter { !target.questions.contains($0) }
    }
}

extension Finding {
    fileprivate var isThemeBuiltin: Bool {
        (kind == .developmentPoint || kind == .conversationPoint) && reasons.allSatisfy { $0.rule == .builtin(.developmentBelow) }
    }

    fileprivate var isKernBuiltin: Bool {
        kind == .developmentPoint && reasons.allSatisfy { $0.rule == .builtin(.kernLowest) }
    }
}

extension Finding {
    /// What the finding is titled by, in the primary language, and which kind of content
    /// that is, as merging compares findings: nothing is formatted.
    fileprivate var primaryTitle: (tag: Int, text: String) {
        switch content {
        case .written(let title, _, _): (0, title.description)
        case .lowTheme(let title, _, _, _): (1, title.description)
        case .strongTheme(let title, _): (2, title.description)
        case .kernLowest(let statement, _): (3, statement.description)
        }
    }
}
