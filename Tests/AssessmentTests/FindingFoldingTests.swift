import Questionnaire
import RuleLanguage
import Testing

@testable import Assessment

/// `FindingEngine` makes the rules' findings first and folds a built-in point into a rule's
/// development point as it arises: what it gives is what merging all findings afterwards
/// gives, on the shipped questionnaires and when built-in findings share a title.
@Suite struct FindingFoldingTests {
    let questionnaires: [Questionnaire]
    let examples: [AnswerSet]

    init() throws {
        questionnaires = try BindingFixtures.questionnaires()
        examples = try BindingFixtures.examples(questionnaires)
    }

    /// The findings of `set`, those of merging the unmerged findings afterwards, and how
    /// many were made unmerged.
    static func both(_ questionnaire: Questionnaire, _ set: AnswerSet) -> (findings: [Finding], reference: [Finding], unmerged: Int) {
        let contexts = HostBindingTests.Contexts(questionnaire, set)
        let findings = FindingEngine.findings(questionnaire, card: contexts.card, context: contexts.respondent)
        let unmerged = FindingEngine.unmerged(questionnaire, card: contexts.card, context: contexts.respondent)
        return (findings, FindingEngine.merged(unmerged), unmerged.count)
    }

    /// Whether a rule's development point took in a built-in point.
    static func folded(_ findings: [Finding]) -> Bool {
        findings.contains { finding in
            finding.kind == .developmentPoint && finding.reasons.contains { $0.rule.builtin == nil }
                && finding.reasons.contains { $0.rule.builtin == .developmentBelow || $0.rule.builtin == .kernLowest }
        }
    }

    @Test func foldingAsFindingsAriseGivesWhatMergingGives() {
        var sets = 0, folded = 0, absorbed = 0
        for questionnaire in questionnaires {
            for set in BindingFixtures.answerSets(for: questionnaire, examples: examples) {
                let (findings, reference, unmerged) = Self.both(questionnaire, set)
                #expect(findings == reference, "\(set)")
                if Self.folded(findings) { folded += 1 }
                if unmerged > findings.count { absorbed += 1 }
                sets += 1
            }
        }
        #expect(sets > 500)
        // The answer sets make rules' points take in built-in ones, often.
        #expect(folded > 50, "\(folded) of \(sets)")
        #expect(absorbed >= folded)
    }

    /// Two themes with one title (and one action): their built-in points say the same and
    /// are merged into one, as merging all findings afterwards does.
    @Test func themesWithOneTitleAreMergedTheLongWay() throws {
        var checked = 0, merged = 0
        for var questionnaire in questionnaires where questionnaire.themes.count >= 2 {
            questionnaire.themes[1].title = questionnaire.themes[0].title
            questionnaire.themes[1].action = questionnaire.themes[0].action
            let full = BindingFixtures.fullResponse(questionnaire)
            let lowest = BindingFixtures.extreme(full, questionnaire, lowest: true)
            for set in [AnswerSet(label: "lowest", response: lowest, role: nil), AnswerSet(label: "full", response: full, role: nil)] {
                let (findings, reference, _) = Self.both(questionnaire, set)
                #expect(findings == reference, "\(set)")
                let shared = findings.filter { $0.reasons.count(where: { $0.rule.builtin == .developmentBelow }) == 2 }
                if !shared.isEmpty { merged += 1 }
                checked += 1
            }
        }
        #expect(checked >= 9)
        // At their lowest, the two themes score the same and their points merge.
        #expect(merged > 0)
    }

    /// Two kern statements with one text (and one action): answered with their lowest
    /// values, their points say the same and are merged into one, the long way.
    @Test func kernStatementsWithOneTextAreMergedTheLongWay() {
        var merged = 0
        for var questionnaire in questionnaires {
            let index = questionnaire.questionIndex
            let kern = Array(index.kernPositions.joined())
            guard kern.count >= 2 else { continue }
            // Where each of the two statements stands among its theme's questions.
            func place(_ position: Int) -> (theme: Int, question: Int) {
                let theme = index.themeRanges.firstIndex { $0.contains(position) }!
                return (theme, position - index.themeRanges[theme].lowerBound)
            }
            let (first, second) = (place(kern[0]), place(kern[1]))
            let text = questionnaire.themes[first.theme].questions[first.question].text
            let action = questionnaire.themes[first.theme].questions[first.question].action
            questionnaire.themes[second.theme].questions[second.question].text = text
            questionnaire.themes[second.theme].questions[second.question].action = action
            let lowest = BindingFixtures.extreme(BindingFixtures.fullResponse(questionnaire), questionnaire, lowest: true)
            let (findings, reference, _) = Self.both(questionnaire, AnswerSet(label: "lowest", response: lowest, role: nil))
            #expect(findings == reference, "\(questionnaire.reference)")
            if findings.contains(where: { $0.reasons.count(where: { $0.rule.builtin == .kernLowest }) == 2 }) { merged += 1 }
        }
        #expect(merged > 0)
    }

    /// A rule's reason makes its facts when asked: they are those of evaluating the rule
    /// where it fired, equal and hashed as facts made at once.
    @Test func rulesFactsMadeWhenAskedAreThoseOfEvaluatingThen() {
        var fired = 0
        forEachSet { questionnaire, set, contexts in
            // One source for all rules of the answer set, as for one respondent's findings.
            let source = ContextFacts(contexts.respondent)
            for rule in questionnaire.rules {
                let evaluation = Evaluator.evaluate(rule.when.expression, in: contexts.respondent)
                guard evaluation.holds else { continue }
                let deferred = Reason(rule: .questionnaire(rule.id), expression: rule.when.expression, source: source)
                let eager = Reason(rule: .questionnaire(rule.id), facts: evaluation.facts)
                #expect(deferred == eager, "\(set): \(rule.id)")
                #expect(deferred.hashValue == eager.hashValue, "\(set): \(rule.id)")
                #expect(deferred.facts == evaluation.facts, "\(set): \(rule.id)")
                // Read again, from what was kept.
                #expect(deferred.facts == evaluation.facts, "\(set): \(rule.id)")
                fired += 1
            }
        }
        #expect(fired > 100)
    }

    /// A rule's development point lies as far below its thresholds as the facts that
    /// decided it say: the largest gap of a score or an answer below a literal bound.
    @Test func aRulesDistanceIsThatOfItsFacts() {
        var measured = 0
        forEachSet { questionnaire, set, contexts in
            let unmerged = FindingEngine.unmerged(questionnaire, card: contexts.card, context: contexts.respondent)
            for finding in unmerged where finding.kind == .developmentPoint && finding.reasons[0].rule.builtin == nil {
                #expect(finding.distance == Self.distance(of: finding.reasons[0].facts), "\(set): \(finding.reasons[0].rule)")
                if finding.distance > 0 { measured += 1 }
            }
        }
        #expect(measured > 20)
    }

    /// `body` for every shipped questionnaire and a few of its answer sets, with their contexts.
    func forEachSet(_ body: (Questionnaire, AnswerSet, HostBindingTests.Contexts) -> Void) {
        for questionnaire in questionnaires {
            for set in BindingFixtures.answerSets(for: questionnaire, examples: examples, random: 4) {
                body(questionnaire, set, HostBindingTests.Contexts(questionnaire, set))
            }
        }
    }

    /// The distance as the facts say it.
    static func distance(of facts: [Fact]) -> Double {
        facts.reduce(0.0) { largest, fact in
            guard let comparison = fact.comparison, comparison == .less || comparison == .lessOrEqual, let other = fact.other,
                other.isLiteral, let bound = other.value.number, let value = fact.subject.value.number,
                fact.subject.isCall(named: "score") || fact.subject.isCall(named: "answer")
            else { return largest }
            return max(largest, bound - value)
        }
    }
}
