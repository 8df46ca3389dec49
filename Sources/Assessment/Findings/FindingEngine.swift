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
    ///
    /// The context must be a fixed value: its functions give the same values whenever they
    /// are called, on any thread. A rule's reason keeps it, and makes its facts from it
    /// when they are first read.
    public func findings(card: ScoreCard, context: some RuleEvaluationContext & Sendable) -> [Finding] {
        Self.findings(questionnaire, card: card, context: context)
    }

    // The work is done by static functions that borrow the questionnaire: an engine made for
    // one response would copy the questionnaire, counting a reference for each of its fields.

    /// ``findings(card:context:)`` for `questionnaire`, borrowed: ``merged(_:)`` of the
    /// built-in findings followed by the rules'.
    ///
    /// The rules' findings are made first, so that a built-in point that a rule's
    /// development point takes in is folded into it where it arises, and never made.
    static func findings(_ questionnaire: Questionnaire, card: ScoreCard, context: some RuleEvaluationContext & Sendable) -> [Finding] {
        var found: [Finding] = []
        // Room for the rules' findings and a finding per theme, without growing.
        found.reserveCapacity(2 * questionnaire.themes.count + 8)
        ruleFindings(questionnaire, context: context, into: &found)
        let questionIndex = questionnaire.questionIndex
        // Built-in findings say the same as another only when two themes, or two kern
        // statements, share a title: then all are merged the long way.
        guard questionIndex.derived.value({ BuiltinTitles(questionIndex, themes: questionnaire.themes) }).areDistinct else {
            var all = builtIn(questionnaire, card: card)
            all.append(contentsOf: found)
            merge(&all)
            return all
        }
        // The rules' findings can say the same only among themselves.
        var kept = [Bool](repeating: true, count: found.count)
        if mergeSayings(&found, kept: &kept) { compact(&found, kept: kept) }
        let rules = found.count
        let rulePoints = found.indices.filter { found[$0].kind == .developmentPoint }
        builtIn(questionnaire, card: card, foldingInto: rulePoints, into: &found)
        // The built-in findings before the rules', as merging leaves them; by swaps, which move.
        found.withUnsafeMutableBufferPointer { buffer in
            reverse(buffer, 0..<rules)
            reverse(buffer, rules..<buffer.count)
            reverse(buffer, 0..<buffer.count)
        }
        return found
    }

    /// The built-in findings followed by the rules', unmerged: what ``findings(_:card:context:)``
    /// gives merged.
    static func unmerged(_ questionnaire: Questionnaire, card: ScoreCard, context: some RuleEvaluationContext & Sendable) -> [Finding] {
        var all = builtIn(questionnaire, card: card)
        ruleFindings(questionnaire, context: context, into: &all)
        return all
    }

    /// The findings of the rules that fire, in rule order, unmerged, appended to `out`.
    private static func ruleFindings<Context: RuleEvaluationContext & Sendable>(
        _ questionnaire: Questionnaire, context: Context, into out: inout [Finding]
    ) {
        let rules = questionnaire.rules
        // The comparisons a development point's distance is measured from, for each rule in turn.
        var comparisons: [LiteralComparison] = []
        // The context, kept once for the reasons of all rules that fire.
        var facts: ContextFacts<Context>?
        for index in rules.indices {
            // Most rules do not fire: only the value is found, and the rule itself (a large
            // value) is not taken. The facts of those that do are made when a report asks.
            let expression = rules[index].when.expression
            guard Evaluator.value(of: expression, in: context, literalComparisons: &comparisons).isTrue else { continue }
            let source = facts ?? ContextFacts(context)
            facts = source
            let reason = Reason(rule: .questionnaire(rules[index].id), expression: expression, source: source)
            findings(questionnaire, forRuleAt: index, reason: reason, comparisons: comparisons, into: &out)
        }
    }

    /// Reverses the elements in `range` of `buffer` by swapping, which moves them.
    private static func reverse(_ buffer: UnsafeMutableBufferPointer<Finding>, _ range: Range<Int>) {
        var low = range.lowerBound, high = range.upperBound - 1
        while low < high {
            buffer.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    /// The findings of the questionnaire's rule at `index`, which fired; the rule is read
    /// field by field where it stands (a whole rule would be copied with its expression).
    private static func findings(
        _ questionnaire: Questionnaire, forRuleAt index: Int, reason: Reason, comparisons: [LiteralComparison], into out: inout [Finding]
    ) {
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
            out[out.count - 1].distance = distance(of: comparisons)
        }
        if let question = rules[index].panelQuestion { append(.panelQuestion, .written(title: question, text: nil, actions: [])) }
    }

    /// How far the facts of a rule lie past their thresholds: the largest distance of a
    /// score or an answer compared with a literal bound it lies below.
    static func distance(of comparisons: [LiteralComparison]) -> Double {
        var largest = 0.0
        for index in comparisons.indices {
            let comparison = comparisons[index].comparison
            guard comparison == .less || comparison == .lessOrEqual,
                comparisons[index].function == "score" || comparisons[index].function == "answer",
                let bound = comparisons[index].literal.number, let value = comparisons[index].value.number
            else { continue }
            largest = max(largest, bound - value)
        }
        return largest
    }

    // MARK: Built-in findings

    /// The built-in findings, unmerged.
    private static func builtIn(_ questionnaire: Questionnaire, card: ScoreCard) -> [Finding] {
        var out: [Finding] = []
        // Room for a finding per theme and as many from the rules, without growing.
        out.reserveCapacity(2 * questionnaire.themes.count + 8)
        builtIn(questionnaire, card: card, foldingInto: [], into: &out)
        return out
    }

    /// The built-in findings appended to `out`, except the development and conversation
    /// points of a theme or kern statement that a rule's development point in `out` takes
    /// in, as merging would: those are folded into the first such point of `rulePoints`,
    /// the places in `out` of the rules' development points.
    private static func builtIn(_ questionnaire: Questionnaire, card: ScoreCard, foldingInto rulePoints: [Int], into out: inout [Finding]) {
        let settings = questionnaire.findings
        let questionIndex = questionnaire.questionIndex
        // Themes and scores are read field by field where they stand: a theme or a theme
        // score passed whole would be copied with all its questions.
        let themes = questionnaire.themes
        for index in themes.indices {
            guard let scorePlace = place(of: themes[index].id, at: index, in: card.themes) else { continue }
            if let score = card.themes[scorePlace].score, (themes[index].method ?? questionnaire.scoring.method) == .mean {
                themeFindings(questionnaire, at: index, score: score, settings: settings, foldingInto: rulePoints, into: &out)
            }
            guard settings.kernLowest else { continue }
            let questions = card.themes[scorePlace].questions
            for position in questionIndex.kernPositions[index] {
                guard let lowest = questionIndex.optionTable.lowestValue(at: position),
                    let scored = place(
                        of: questionIndex.ids[position], at: position - questionIndex.themeRanges[index].lowerBound, in: questions),
                    questions[scored].status == .scored, questions[scored].value == lowest
                else { continue }
                kernFinding(questionnaire, at: position, theme: themes[index].id, lowest: lowest, foldingInto: rulePoints, into: &out)
            }
        }
    }

    /// The development point, conversation point or strength a theme's mean makes, if any.
    ///
    /// A low theme is a development point only when the questionnaire asks for that and
    /// the theme names an action; otherwise it is a point for the conversation.
    private static func themeFindings(
        _ questionnaire: Questionnaire, at index: Int, score: Double, settings: FindingSettings, foldingInto rulePoints: [Int],
        into out: inout [Finding]
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
            let reason = Reason(rule: .builtin(.developmentBelow), theme: id, score: score, .less, below)
            if let target = foldTarget(.theme, questionnaire: questionnaire.id, theme: id, questions: EmptyCollection(), among: rulePoints, in: out) {
                out[target].absorb(
                    reason: reason, action: isPoint ? action : nil, priority: low ? .hoog : .midden, kern: false, distance: below - score,
                    question: nil)
            } else {
                // Made in the array and completed there: a finding appended whole is copied.
                out.append(
                    Finding(
                        kind: isPoint ? .developmentPoint : .conversationPoint, questionnaire: questionnaire.id,
                        safeguard: questionnaire.safeguard, theme: id,
                        content: .lowTheme(title: themes[index].title, score: score, threshold: below, action: isPoint ? action : nil),
                        priority: low ? .hoog : .midden, reasons: [reason]))
                out[out.count - 1].distance = below - score
            }
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
    /// value: made at the end of `out`, or folded into the first rule's point that looks at
    /// the statement.
    private static func kernFinding(
        _ questionnaire: Questionnaire, at position: Int, theme: String, lowest: Double, foldingInto rulePoints: [Int],
        into out: inout [Finding]
    ) {
        let questionIndex = questionnaire.questionIndex
        let questions = questionIndex.questions
        let id = questionIndex.ids[position]
        let reason = Reason(rule: .builtin(.kernLowest), question: questionIndex.texts[position], answer: lowest)
        let distance = (questionIndex.optionTable.highestValue(at: position) ?? lowest) - lowest
        if let target = foldTarget(.kern, questionnaire: questionnaire.id, theme: theme, questions: CollectionOfOne(id), among: rulePoints, in: out) {
            out[target].absorb(reason: reason, action: questions[position].action, priority: .hoog, kern: true, distance: distance, question: id)
            return
        }
        out.append(
            Finding(
                kind: .developmentPoint, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme,
                content: .kernLowest(statement: questions[position].text, action: questions[position].action), priority: .hoog,
                reasons: [reason]))
        let last = out.count - 1
        out[last].questions = [id]
        out[last].kern = true
        out[last].distance = distance
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
        var absorbed = mergeSayings(&findings, kept: &kept)
        if fold(&findings, kept: &kept) { absorbed = true }
        if absorbed { compact(&findings, kept: kept) }
    }

    /// Each finding that says the same as an earlier kept one (equal kind, questionnaire
    /// and title) absorbed into it and marked not kept; whether any was.
    static func mergeSayings(_ findings: inout [Finding], kept: inout [Bool]) -> Bool {
        var absorbed = false
        // What each kept finding says, kept apart so that looking for a match copies no
        // finding and reads each title once.
        var sayings: [Saying] = []
        sayings.reserveCapacity(findings.count)
        // Findings are read field by field where they stand: passing one whole would copy it.
        for index in findings.indices where kept[index] {
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
        return absorbed
    }

    /// Each kept built-in point of a theme or a kern statement folded into the first kept
    /// rule's development point on that theme or statement, and marked not kept; whether any was.
    private static func fold(_ findings: inout [Finding], kept: inout [Bool]) -> Bool {
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
        guard !rulePoints.isEmpty else { return false }
        var absorbed = false
        for index in findings.indices where builtins[index] != .none {
            if let target = foldTarget(
                builtins[index], questionnaire: findings[index].questionnaire, theme: findings[index].theme,
                questions: findings[index].questions, among: rulePoints, in: findings)
            {
                absorb(index, into: target, in: &findings)
                kept[index] = false
                absorbed = true
            }
        }
        return absorbed
    }

    /// The kept findings moved to the front in their order (a buffer's swaps move, where
    /// an array's copy), the others dropped.
    static func compact(_ findings: inout [Finding], kept: [Bool]) {
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

    /// The first of the rules' development points at `rulePoints` in `findings` that a
    /// built-in point of questionnaire `questionnaire` folds into: a theme's into a point on
    /// that theme, a kern statement's into a point that looks at one of `questions`.
    private static func foldTarget(
        _ builtin: Builtin, questionnaire: String, theme: String?, questions: some Collection<QuestionID>, among rulePoints: [Int],
        in findings: [Finding]
    ) -> Int? {
        rulePoints.first { candidate in
            guard findings[candidate].questionnaire == questionnaire else { return false }
            switch builtin {
            case .theme: return theme != nil && findings[candidate].theme == theme
            case .kern: return findings[candidate].questions.contains(where: questions.contains)
            case .none: return false
            }
        }
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
    /// Takes over the reasons, actions, priority and questions of another finding.
    fileprivate mutating func absorb(
        reasons: [Reason], actions: [LocalizedText], priority: Priority?, kern: Bool, distance: Double, questions: [QuestionID]
    ) {
        for reason in reasons where !self.reasons.contains(reason) { self.reasons.append(reason) }
        add(actions)
        take(priority: priority, kern: kern, distance: distance)
        for question in questions where !self.questions.contains(question) { self.questions.append(question) }
    }

    /// ``absorb(reasons:actions:priority:kern:distance:questions:)`` of a built-in point
    /// that was never made: its one reason, and its action and question if it has them.
    fileprivate mutating func absorb(
        reason: Reason, action: LocalizedText?, priority: Priority, kern: Bool, distance: Double, question: QuestionID?
    ) {
        if !reasons.contains(reason) { reasons.append(reason) }
        if let action { add([action]) }
        take(priority: priority, kern: kern, distance: distance)
        if let question, !questions.contains(question) { questions.append(question) }
    }

    /// The actions not yet among the finding's own added after them.
    private mutating func add(_ actions: [LocalizedText]) {
        guard !actions.isEmpty else { return }
        let own = self.actions
        let added = actions.filter { !own.contains($0) }
        if !added.isEmpty { content = .written(title: title, text: text, actions: own + added) }
    }

    /// The higher priority, either kern flag and the larger distance.
    private mutating func take(priority: Priority?, kern: Bool, distance: Double) {
        if let priority, priority < (self.priority ?? .laag) {
            self.priority = priority
        }
        self.kern = self.kern || kern
        self.distance = max(self.distance, distance)
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

/// Whether a questionnaire's built-in findings all say different things: its themes'
/// titles differ from each other in the primary language, and so do its kern statements.
/// Then a built-in finding never merges with another but by folding. Kept in the question
/// index's derived values: it depends on the themes and questions alone.
private struct BuiltinTitles: Sendable {
    let areDistinct: Bool

    init(_ questionIndex: Questionnaire.QuestionIndex, themes: [Theme]) {
        var titles = Set<String>()
        var statements = Set<String>()
        areDistinct =
            themes.allSatisfy { titles.insert($0.title.description).inserted }
            && questionIndex.kernPositions.joined().allSatisfy { statements.insert(questionIndex.questions[$0].text.description).inserted }
    }
}
