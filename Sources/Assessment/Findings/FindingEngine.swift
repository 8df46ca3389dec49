public import Questionnaire
public import RuleLanguage
import Diagnostics
import Synchronization

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
            // Most rules do not fire: explain only those that do.
            guard Evaluator.value(of: rule.when.expression, in: context).isTrue else { continue }
            let evaluation = Evaluator.evaluate(rule.when.expression, in: context)
            found += findings(for: rule, reason: Reason(rule: rule.id, facts: evaluation.facts.map(\.description)))
        }
        return Self.merged(found)
    }

    private func findings(for rule: Rule, reason: Reason) -> [Finding] {
        var out: [Finding] = []
        let questions = rule.when.expression.references.filter { $0.kind == .question }.compactMap { QuestionID($0.resolvedName) }
        func make(_ kind: Finding.Kind, title: LocalizedText) -> Finding {
            var finding = Finding(kind: kind, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: rule.theme,
                                  title: title, reasons: [reason])
            finding.questions = questions
            return finding
        }
        if let strength = rule.strength { out.append(make(.strength, title: strength)) }
        if let point = rule.developmentPoint {
            var finding = make(.developmentPoint, title: point.title)
            finding.text = point.text
            finding.actions = point.actions
            finding.priority = point.priority
            out.append(finding)
        }
        if let question = rule.panelQuestion { out.append(make(.panelQuestion, title: question)) }
        return out
    }

    // MARK: Built-in findings

    private func builtIn(card: ScoreCard, context: some RuleEvaluationContext) -> [Finding] {
        var out: [Finding] = []
        let settings = questionnaire.findings
        let thresholds = Thresholds(settings)
        let layout = questionnaire.layout
        let texts = layout.memo.value { BuiltinTexts(questionnaire) }
        for (index, theme) in questionnaire.themes.enumerated() {
            guard let themeScore = Self.score(of: theme, at: index, in: card) else { continue }
            if let score = themeScore.score, questionnaire.method(for: theme) == .mean {
                themeFindings(theme, at: index, score: score, texts: texts, thresholds: thresholds, into: &out)
            }
            guard settings.kernLowest else { continue }
            for position in layout.themeRanges[index] where layout.questions[position].kern {
                let question = layout.questions[position]
                guard let lowest = question.kind.options.lowestValue,
                      let scored = Self.score(of: question.id, at: position - layout.themeRanges[index].lowerBound, in: themeScore),
                      scored.status == .scored, scored.value == lowest
                else { continue }
                out.append(kernFinding(question, title: texts.kernTitles[position], theme: theme.id, lowest: lowest, context: context))
            }
        }
        return out
    }

    /// The thresholds of the theme findings with their values as shown, formatted once
    /// for all themes.
    private struct Thresholds {
        var developmentBelow: (value: Double, shown: String)?
        var strengthFrom: (value: Double, shown: String)?

        init(_ settings: FindingSettings) {
            developmentBelow = settings.developmentBelow.map { ($0, NumberText.format($0)) }
            strengthFrom = settings.strengthFrom.map { ($0, NumberText.format($0)) }
        }
    }

    /// The texts of built-in findings that depend on the questionnaire alone, made once
    /// per questionnaire (see `Questionnaire.Memo`).
    private struct BuiltinTexts: Sendable {
        /// Per theme, the title of its development point.
        var developmentTitles: [LocalizedText]
        /// Per question position, the title of its development point as a kern statement.
        var kernTitles: [LocalizedText]
        /// Theme findings made before, with their texts.
        let themeFindings = ThemeFindingCache()

        init(_ questionnaire: Questionnaire) {
            developmentTitles = questionnaire.themes.map { theme in
                LocalizedText(
                    texts: ["nl": "Versterk ‘\(theme.title.text("nl"))’", "en": "Strengthen ‘\(theme.title.text("en"))’"],
                    primaryLanguage: "nl")
            }
            kernTitles = questionnaire.layout.questions.map { question in
                LocalizedText(
                    texts: ["nl": "Kernpunt: \(question.text.text("nl"))", "en": "Core statement: \(question.text.text("en"))"],
                    primaryLanguage: "nl")
            }
        }
    }

    /// The development point or strength a theme's mean makes, if any.
    private func themeFindings(
        _ theme: Theme, at index: Int, score: Double, texts: BuiltinTexts, thresholds: Thresholds, into out: inout [Finding]
    ) {
        let shown = NumberText.format(score)
        if let (below, threshold) = thresholds.developmentBelow, score < below {
            let key = ThemeFindingKey(kind: .developmentPoint, theme: index, shown: shown, threshold: threshold, questionnaire: questionnaire.id)
            var finding = texts.themeFindings.finding(key) {
                Finding(
                    kind: .developmentPoint, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                    title: texts.developmentTitles[index],
                    text: LocalizedText(
                        texts: [
                            "nl": "Het thema scoort \(NumberText.decimalComma(shown)), onder de grens van \(NumberText.decimalComma(threshold)) voor een ontwikkelpunt.",
                            "en": "The theme scores \(shown), below the threshold of \(threshold) for a development point.",
                        ], primaryLanguage: "nl"),
                    reasons: [Reason(rule: "builtin:development_below", facts: ["score(\(theme.id)) = \(shown) < \(threshold)"])])
            }
            let low = questionnaire.levels(for: theme).first.map { $0.contains(score) } ?? false
            finding.priority = low ? .hoog : .midden
            finding.safeguard = questionnaire.safeguard
            out.append(finding)
        }
        if let (from, threshold) = thresholds.strengthFrom, score >= from {
            let key = ThemeFindingKey(kind: .strength, theme: index, shown: shown, threshold: threshold, questionnaire: questionnaire.id)
            var finding = texts.themeFindings.finding(key) {
                Finding(
                    kind: .strength, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                    title: LocalizedText(
                        texts: [
                            "nl": "‘\(theme.title.text("nl"))’ staat stevig (\(NumberText.decimalComma(shown)))",
                            "en": "‘\(theme.title.text("en"))’ is well in place (\(shown))",
                        ], primaryLanguage: "nl"),
                    reasons: [Reason(rule: "builtin:strength_from", facts: ["score(\(theme.id)) = \(shown) >= \(threshold)"])])
            }
            finding.safeguard = questionnaire.safeguard
            out.append(finding)
        }
    }

    /// The development point of a kern statement answered with its lowest value.
    private func kernFinding(
        _ question: Question, title: LocalizedText, theme: String, lowest: Double, context: some RuleEvaluationContext
    ) -> Finding {
        let value = Value.number(lowest)
        let shown = context.describe("answer", arguments: [.reference(question.id.description)], value: value) ?? value.description
        var kern = Finding(
            kind: .developmentPoint, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme,
            title: title,
            text: Self.kernText,
            priority: .hoog,
            reasons: [Reason(rule: "builtin:kern_lowest", facts: ["answer(\(question.id)) = \(shown)"])])
        kern.questions = [question.id]
        return kern
    }

    private static let kernText = LocalizedText(
        texts: [
            "nl": "Dit is een kernuitspraak en is beantwoord met de laagste waarde, ongeacht het gemiddelde van het thema.",
            "en": "This is a core statement answered with the lowest value, whatever the theme's mean.",
        ], primaryLanguage: "nl")

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
    ///
    /// A respondent has a few dozen findings at most: plain scans cost less here than
    /// hashing their titles.
    static func merged(_ findings: [Finding]) -> [Finding] {
        var out: [Finding] = []
        out.reserveCapacity(findings.count)
        // What each finding in `out` says, kept apart so that looking for a match copies
        // no finding and reads each title once.
        var sayings: [Saying] = []
        sayings.reserveCapacity(findings.count)
        for finding in findings {
            let saying = Saying(finding)
            // Only the latest finding saying the same is a candidate, and only when its
            // title is equal in every language too.
            if let index = saying.latest(in: sayings), out[index].title == finding.title {
                absorb(finding, into: &out[index])
            } else {
                out.append(finding)
                sayings.append(saying)
            }
        }
        // A rule's development point stays one when it absorbs built-in findings (their
        // reasons are all built-in), and a built-in finding is never a target: both can be
        // decided once, before folding.
        var rulePoints: [Int] = []
        for index in out.indices where out[index].kind == .developmentPoint {
            if out[index].reasons.contains(where: { !$0.rule.hasPrefix("builtin:") }) { rulePoints.append(index) }
        }
        guard !rulePoints.isEmpty else { return out }
        var folded = [Bool](repeating: false, count: out.count)
        for index in out.indices {
            let themeBuiltin = out[index].isThemeBuiltin
            guard themeBuiltin || out[index].isKernBuiltin else { continue }
            var target: Int?
            for candidate in rulePoints where out[candidate].questionnaire == out[index].questionnaire {
                let matches = themeBuiltin
                    ? out[candidate].theme != nil && out[candidate].theme == out[index].theme
                    : out[candidate].questions.contains(where: out[index].questions.contains)
                if matches {
                    target = candidate
                    break
                }
            }
            if let target {
                absorb(out[index], into: &out[target])
                folded[index] = true
            }
        }
        guard folded.contains(true) else { return out }
        return out.indices.filter { !folded[$0] }.map { out[$0] }
    }

    /// What findings that say the same thing share: kind, questionnaire and primary title text.
    private struct Saying {
        var kind: Finding.Kind
        var questionnaire: String
        var title: String

        init(_ finding: Finding) {
            kind = finding.kind
            questionnaire = finding.questionnaire
            title = finding.title.description
        }

        /// The index of the last of `sayings` that says the same; compared field by field
        /// in place, cheapest first.
        func latest(in sayings: [Saying]) -> Int? {
            var index = sayings.endIndex
            while index > sayings.startIndex {
                index -= 1
                if sayings[index].kind == kind, sayings[index].title == title, sayings[index].questionnaire == questionnaire {
                    return index
                }
            }
            return nil
        }
    }

    private static func absorb(_ finding: Finding, into target: inout Finding) {
        target.reasons += finding.reasons.filter { !target.reasons.contains($0) }
        target.actions += finding.actions.filter { !target.actions.contains($0) }
        if let priority = finding.priority, priority < (target.priority ?? .laag) {
            target.priority = priority
        }
    }
}

extension Finding {
    fileprivate var isThemeBuiltin: Bool {
        kind == .developmentPoint && reasons.allSatisfy { $0.rule == "builtin:development_below" }
    }

    fileprivate var isKernBuiltin: Bool {
        kind == .developmentPoint && reasons.allSatisfy { $0.rule == "builtin:kern_lowest" }
    }
}

/// What a theme's development point or strength says depends on the theme, its score as
/// shown (`NumberText.format`) and the threshold, so the same few findings recur across
/// respondents; what they say is made once.
private struct ThemeFindingKey: Hashable, Sendable {
    var kind: Finding.Kind
    var theme: Int
    var shown: String
    var threshold: String
    var questionnaire: String
}

/// Theme findings by what they depend on, safe to share between threads. It holds at
/// most `limit` findings, so scores with many decimals cannot make it grow without end.
private final class ThemeFindingCache: Sendable {
    private let findings = Mutex<[ThemeFindingKey: Finding]>([:])
    static let limit = 4096

    /// The finding for `key`, made by `make` when it is not known yet.
    func finding(_ key: ThemeFindingKey, make: () -> Finding) -> Finding {
        if let known = findings.withLock({ $0[key] }) { return known }
        let made = make()
        findings.withLock { findings in
            if findings.count < Self.limit { findings[key] = made }
        }
        return made
    }
}
