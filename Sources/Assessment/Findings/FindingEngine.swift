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
        Self.findings(questionnaire, card: card, context: context)
    }

    // The work is done by static functions that borrow the questionnaire: an engine made for
    // one response would copy the questionnaire, counting a reference for each of its fields.

    /// ``findings(card:context:)`` for `questionnaire`, borrowed.
    static func findings(_ questionnaire: Questionnaire, card: ScoreCard, context: some RuleEvaluationContext) -> [Finding] {
        var found = builtIn(questionnaire, card: card)
        let rules = questionnaire.rules
        for index in rules.indices {
            // Most rules do not fire: collect the facts only of those that do, and take the
            // rule itself (a large value) only then.
            guard Evaluator.value(of: rules[index].when.expression, in: context).isTrue else { continue }
            let evaluation = Evaluator.evaluate(rules[index].when.expression, in: context)
            findings(questionnaire, forRuleAt: index, reason: Reason(rule: .questionnaire(rules[index].id), facts: evaluation.facts), into: &found)
        }
        merge(&found)
        return found
    }

    /// The findings of the questionnaire's rule at `index`, which fired; the rule is read
    /// field by field where it stands (a whole rule would be copied with its expression).
    private static func findings(_ questionnaire: Questionnaire, forRuleAt index: Int, reason: Reason, into out: inout [Finding]) {
        let rules = questionnaire.rules
        let questions = rules[index].when.questions
        let theme = rules[index].theme
        // Each finding is made in the array and completed there: a finding made first and
        // appended after is copied whole.
        func append(_ kind: Finding.Kind, _ content: Finding.Content) {
            out.append(
                Finding(
                    kind: kind, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme,
                    content: content, reasons: [reason]))
            out[out.count - 1].questions = questions
        }
        if let strength = rules[index].strength { append(.strength, .written(title: strength, text: nil, actions: [])) }
        if let point = rules[index].developmentPoint {
            append(.developmentPoint, .written(title: point.title, text: point.text, actions: point.actions))
            out[out.count - 1].priority = point.priority
            out[out.count - 1].distance = distance(of: reason.facts)
        }
        if let question = rules[index].panelQuestion { append(.panelQuestion, .written(title: question, text: nil, actions: [])) }
    }

    /// How far the facts of a rule lie past their thresholds: the largest distance of a
    /// number compared with a literal bound.
    static func distance(of facts: [Fact]) -> Double {
        var largest = 0.0
        // Facts are read field by field where they stand: a fact copied is a dozen references counted.
        for index in facts.indices {
            guard let comparison = facts[index].comparison, comparison == .less || comparison == .lessOrEqual,
                facts[index].other?.isLiteral == true, let bound = facts[index].other?.value.number,
                let value = facts[index].subject.value.number,
                facts[index].subject.isCall(named: "score") || facts[index].subject.isCall(named: "answer")
            else { continue }
            largest = max(largest, bound - value)
        }
        return largest
    }

    // MARK: Built-in findings

    private static func builtIn(_ questionnaire: Questionnaire, card: ScoreCard) -> [Finding] {
        var out: [Finding] = []
        // Room for a finding per theme and as many from the rules, without growing.
        out.reserveCapacity(2 * questionnaire.themes.count + 8)
        let settings = questionnaire.findings
        let questionIndex = questionnaire.questionIndex
        // Themes and scores are read field by field where they stand: a theme or a theme
        // score passed whole would be copied with all its questions.
        let themes = questionnaire.themes
        for index in themes.indices {
            guard let scorePlace = place(of: themes[index].id, at: index, in: card.themes) else { continue }
            if let score = card.themes[scorePlace].score, (themes[index].method ?? questionnaire.scoring.method) == .mean {
                themeFindings(questionnaire, at: index, score: score, settings: settings, into: &out)
            }
            guard settings.kernLowest else { continue }
            let questions = card.themes[scorePlace].questions
            for position in questionIndex.kernPositions[index] {
                guard let lowest = questionIndex.optionTable.lowestValue(at: position),
                    let scored = place(
                        of: questionIndex.ids[position], at: position - questionIndex.themeRanges[index].lowerBound, in: questions),
                    questions[scored].status == .scored, questions[scored].value == lowest
                else { continue }
                appendKernFinding(questionnaire, at: position, theme: themes[index].id, lowest: lowest, to: &out)
            }
        }
        return out
    }

    /// The development point, conversation point or strength a theme's mean makes, if any.
    ///
    /// A low theme is a development point only when the questionnaire asks for that and
    /// the theme names an action; otherwise it is a point for the conversation.
    private static func themeFindings(
        _ questionnaire: Questionnaire, at index: Int, score: Double, settings: FindingSettings, into out: inout [Finding]
    ) {
        // The theme is read field by field where it stands: a copy would take its questions along.
        let themes = questionnaire.themes
        let id = themes[index].id
        if let below = settings.developmentBelow, score < below {
            let action = themes[index].action
            let isPoint = settings.lowTheme == .developmentPoint && action != nil
            // The lowest level read where it stands: a level copied counts its texts.
            let levels = questionnaire.levels(forThemeAt: index)
            let low = !levels.isEmpty && levels[0].contains(score)
            // Made in the array and completed there: a finding appended whole is copied.
            out.append(
                Finding(
                    kind: isPoint ? .developmentPoint : .conversationPoint, questionnaire: questionnaire.id,
                    safeguard: questionnaire.safeguard, theme: id,
                    content: .lowTheme(title: themes[index].title, score: score, threshold: below, action: isPoint ? action : nil),
                    priority: low ? .hoog : .midden,
                    reasons: [Reason(rule: .builtin(.developmentBelow), theme: id, score: score, .less, below)]))
            out[out.count - 1].distance = below - score
        }
        if let from = settings.strengthFrom, score >= from {
            out.append(
                Finding(
                    kind: .strength, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: id,
                    content: .strongTheme(title: themes[index].title, score: score),
                    reasons: [Reason(rule: .builtin(.strengthFrom), theme: id, score: score, .greaterOrEqual, from)]
                ))
        }
    }

    /// The development point of the kern statement at `position`, answered with its lowest
    /// value, made at the end of `out`.
    private static func appendKernFinding(
        _ questionnaire: Questionnaire, at position: Int, theme: String, lowest: Double, to out: inout [Finding]
    ) {
        let questionIndex = questionnaire.questionIndex
        let questions = questionIndex.questions
        out.append(
            Finding(
                kind: .developmentPoint, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme,
                content: .kernLowest(statement: questions[position].text, action: questions[position].action), priority: .hoog,
                reasons: [Reason(rule: .builtin(.kernLowest), question: questionIndex.texts[position], answer: lowest)]))
        let last = out.count - 1
        out[last].questions = [questionIndex.ids[position]]
        out[last].kern = true
        out[last].distance = (questionIndex.optionTable.highestValue(at: position) ?? lowest) - lowest
    }

    /// Where a theme's score stands on the card: at the theme's own place when the card
    /// follows the questionnaire's themes, as a scorer's card does, else found by its id.
    private static func place(of theme: String, at index: Int, in scores: [ThemeScore]) -> Int? {
        if scores.indices.contains(index), scores[index].theme == theme { return index }
        return scores.indices.first { scores[$0].theme == theme }
    }

    /// Where a question's score stands in its theme's scores, found by its place first, like a theme's.
    private static func place(of question: QuestionID, at index: Int, in scores: [QuestionScore]) -> Int? {
        if scores.indices.contains(index), scores[index].id == question { return index }
        return scores.indices.first { scores[$0].id == question }
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
        // Findings are read field by field where they stand: passing one whole would copy it.
        for index in findings.indices {
            let saying = Saying(
                kind: findings[index].kind, questionnaire: findings[index].questionnaire, content: findings[index].content, at: index)
            // Only the latest finding saying the same is a candidate, and only when its
            // title is equal in every language too.
            if let target = saying.latest(in: sayings), findings[target].content == findings[index].content {
                absorb(index, into: target, in: &findings)
                kept[index] = false
                absorbed = true
            } else {
                sayings.append(saying)
            }
        }
        // A rule's development point stays one when it absorbs built-in findings (their
        // reasons are all built-in), and a built-in finding is never a target: both can be
        // decided once, before folding.
        // Each kept finding's reasons are read once, for what it can be in folding.
        var rulePoints: [Int] = []
        var builtins = [Builtin](repeating: .none, count: findings.count)
        for index in findings.indices where kept[index] {
            let kind = findings[index].kind
            guard kind == .developmentPoint || kind == .conversationPoint else { continue }
            var fromRule = false, allTheme = true, allKern = true
            for reason in findings[index].reasons.indices {
                switch findings[index].reasons[reason].rule {
                case .questionnaire:
                    (fromRule, allTheme, allKern) = (true, false, false)
                case .builtin(let rule):
                    if rule != .developmentBelow { allTheme = false }
                    if rule != .kernLowest { allKern = false }
                }
            }
            if kind == .developmentPoint, fromRule { rulePoints.append(index) }
            builtins[index] = allTheme ? .theme : allKern && kind == .developmentPoint ? .kern : .none
        }
        if !rulePoints.isEmpty {
            for index in findings.indices where builtins[index] != .none {
                let themeBuiltin = builtins[index] == .theme
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
                    absorb(index, into: target, in: &findings)
                    kept[index] = false
                    absorbed = true
                }
            }
        }
        guard absorbed else { return }
        // The kept findings moved to the front in their order (a buffer's swaps move,
        // where an array's copy), the absorbed ones dropped.
        let end = findings.withUnsafeMutableBufferPointer { buffer in
            var end = 0
            for index in buffer.indices where kept[index] {
                if index != end { buffer.swapAt(index, end) }
                end += 1
            }
            return end
        }
        findings.removeSubrange(end...)
    }

    /// Which built-in point a finding is, as folding asks: a theme's, a kern statement's, or neither.
    private enum Builtin {
        case none, theme, kern
    }

    /// What findings that say the same thing share: kind, questionnaire and title.
    private struct Saying {
        var kind: Finding.Kind
        var questionnaire: String
        var tag: Int
        var title: String
        var titleLength: Int
        /// Where the finding stands among the findings.
        var index: Int

        init(kind: Finding.Kind, questionnaire: String, content: Finding.Content, at index: Int) {
            self.kind = kind
            self.questionnaire = questionnaire
            let (tag, source) = content.titleSource
            self.tag = tag
            title = source.description
            titleLength = title.utf8.count
            self.index = index
        }

        /// Where the finding of the last of `sayings` that says the same stands; compared
        /// field by field in place, cheapest first.
        func latest(in sayings: [Saying]) -> Int? {
            var index = sayings.endIndex
            while index > sayings.startIndex {
                index -= 1
                // Titles of another length differ: counted, not compared.
                if sayings[index].kind == kind, sayings[index].tag == tag, sayings[index].titleLength == titleLength,
                    sayings[index].title == title, sayings[index].questionnaire == questionnaire
                {
                    return sayings[index].index
                }
            }
            return nil
        }
    }

    /// The finding at `target` takes over the reasons, actions, priority and questions of
    /// the one at `source`.
    private static func absorb(_ source: Int, into target: Int, in findings: inout [Finding]) {
        let reasons = findings[source].reasons
        let actions = findings[source].content.actions
        let priority = findings[source].priority
        let kern = findings[source].kern
        let distance = findings[source].distance
        let questions = findings[source].questions
        findings[target].absorb(reasons: reasons, actions: actions, priority: priority, kern: kern, distance: distance, questions: questions)
    }
}

extension Finding {
    fileprivate mutating func absorb(
        reasons: [Reason], actions: [LocalizedText], priority: Priority?, kern: Bool, distance: Double, questions: [QuestionID]
    ) {
        for reason in reasons where !self.reasons.contains(reason) { self.reasons.append(reason) }
        if !actions.isEmpty {
            let own = self.actions
            let added = actions.filter { !own.contains($0) }
            if !added.isEmpty { content = .written(title: title, text: text, actions: own + added) }
        }
        if let priority, priority < (self.priority ?? .laag) {
            self.priority = priority
        }
        self.kern = self.kern || kern
        self.distance = max(self.distance, distance)
        for question in questions where !self.questions.contains(question) { self.questions.append(question) }
    }
}

extension Finding.Content {
    /// What the finding is titled by, and which kind of content that is, as merging
    /// compares findings: nothing is formatted.
    fileprivate var titleSource: (tag: Int, text: LocalizedText) {
        switch self {
        case .written(let title, _, _): (0, title)
        case .lowTheme(let title, _, _, _): (1, title)
        case .strongTheme(let title, _): (2, title)
        case .kernLowest(let statement, _): (3, statement)
        }
    }
}
