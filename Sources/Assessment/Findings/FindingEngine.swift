public import Questionnaire
public import RuleLanguage
import Diagnostics

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
        for theme in questionnaire.themes {
            guard let themeScore = card.theme(theme.id) else { continue }
            let name = theme.title
            if let score = themeScore.score, questionnaire.method(for: theme) == .mean {
                let shown = NumberText.format(score)
                if let below = settings.developmentBelow, score < below {
                    let low = questionnaire.levels(for: theme).first.map { $0.contains(score) } ?? false
                    out.append(Finding(
                        kind: .developmentPoint, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard,
                        theme: theme.id,
                        title: LocalizedText(
                            translations: ["nl": "Versterk ‘\(name.text("nl"))’", "en": "Strengthen ‘\(name.text("en"))’"],
                            primaryLanguage: "nl"),
                        text: LocalizedText(
                            translations: [
                                "nl": "Het thema scoort \(NumberText.dutch(score)), onder de grens van \(NumberText.dutch(below)) voor een ontwikkelpunt.",
                                "en": "The theme scores \(shown), below the threshold of \(NumberText.format(below)) for a development point.",
                            ], primaryLanguage: "nl"),
                        priority: low ? .hoog : .midden,
                        reasons: [Reason(rule: "builtin:development_below", facts: ["score(\(theme.id)) = \(shown) < \(NumberText.format(below))"])]))
                }
                if let from = settings.strengthFrom, score >= from {
                    out.append(Finding(
                        kind: .strength, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                        title: LocalizedText(
                            translations: ["nl": "‘\(name.text("nl"))’ staat stevig (\(NumberText.dutch(score)))", "en": "‘\(name.text("en"))’ is well in place (\(shown))"],
                            primaryLanguage: "nl"),
                        reasons: [Reason(rule: "builtin:strength_from", facts: ["score(\(theme.id)) = \(shown) >= \(NumberText.format(from))"])]))
                }
            }
            guard settings.kernLowest else { continue }
            for question in theme.questions where question.kern {
                guard let lowest = question.kind.options.lowestValue,
                      let scored = themeScore.question(question.id), scored.status == .scored, scored.value == lowest
                else { continue }
                let arguments: [Argument] = [.reference(question.id.description)]
                let value = Value.number(lowest)
                let shown = context.describe("answer", arguments: arguments, value: value) ?? value.description
                var kern = Finding(
                    kind: .developmentPoint, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                    title: LocalizedText(
                        translations: ["nl": "Kernpunt: \(question.text.text("nl"))", "en": "Core statement: \(question.text.text("en"))"],
                        primaryLanguage: "nl"),
                    text: LocalizedText(
                        translations: [
                            "nl": "Dit is een kernuitspraak en is beantwoord met de laagste waarde, ongeacht het gemiddelde van het thema.",
                            "en": "This is a core statement answered with the lowest value, whatever the theme's mean.",
                        ], primaryLanguage: "nl"),
                    priority: .hoog,
                    reasons: [Reason(rule: "builtin:kern_lowest", facts: ["answer(\(question.id)) = \(shown)"])])
                kern.questions = [question.id]
                out.append(kern)
            }
        }
        return out
    }

    // MARK: Merging

    /// Merges findings that say the same thing (equal kind, questionnaire and title), and
    /// folds a theme's built-in development point into a rule's development point on that
    /// theme, keeping every reason.
    static func merged(_ findings: [Finding]) -> [Finding] {
        var out: [Finding] = []
        var positions: [MergeKey: Int] = [:]
        for finding in findings {
            let key = MergeKey(finding)
            if let index = positions[key], same(out[index], finding) {
                absorb(finding, into: &out[index])
            } else {
                positions[key] = out.count
                out.append(finding)
            }
        }
        // A rule's development point stays one when it absorbs built-in findings (their
        // reasons are all built-in), and a built-in finding is never a target: both can be
        // decided once, before folding.
        let isRulePoint = out.map { finding in
            finding.kind == .developmentPoint && finding.reasons.contains { !$0.rule.hasPrefix("builtin:") }
        }
        var folded = [Bool](repeating: false, count: out.count)
        for index in out.indices {
            let themeBuiltin = isThemeBuiltin(out[index])
            guard themeBuiltin || isKernBuiltin(out[index]) else { continue }
            let target = out.indices.first { candidate in
                guard isRulePoint[candidate], out[candidate].questionnaire == out[index].questionnaire else { return false }
                if themeBuiltin { return out[candidate].theme != nil && out[candidate].theme == out[index].theme }
                return out[candidate].questions.contains(where: out[index].questions.contains)
            }
            if let target {
                absorb(out[index], into: &out[target])
                folded[index] = true
            }
        }
        return out.indices.filter { !folded[$0] }.map { out[$0] }
    }

    private static func absorb(_ finding: Finding, into target: inout Finding) {
        target.reasons += finding.reasons.filter { !target.reasons.contains($0) }
        target.actions += finding.actions.filter { !target.actions.contains($0) }
        if let priority = finding.priority, priority < (target.priority ?? .laag) {
            target.priority = priority
        }
    }

    /// What two findings that say the same thing share, cheap to hash.
    private struct MergeKey: Hashable {
        var kind: Finding.Kind
        var questionnaire: String
        var title: String

        init(_ finding: Finding) {
            kind = finding.kind
            questionnaire = finding.questionnaire
            title = finding.title.description
        }
    }

    private static func same(_ a: Finding, _ b: Finding) -> Bool {
        a.kind == b.kind && a.questionnaire == b.questionnaire && a.title == b.title
    }

    private static func isThemeBuiltin(_ finding: Finding) -> Bool {
        finding.kind == .developmentPoint && finding.reasons.allSatisfy { $0.rule == "builtin:development_below" }
    }

    private static func isKernBuiltin(_ finding: Finding) -> Bool {
        finding.kind == .developmentPoint && finding.reasons.allSatisfy { $0.rule == "builtin:kern_lowest" }
    }
}
