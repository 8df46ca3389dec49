import RuleLanguage
import Testing

@testable import Assessment

/// A built-in finding's reason keeps its one fact as values (`Reason(rule:theme:score:_:_:)`,
/// `Reason(rule:question:answer:)`), and is the same reason as one made from that fact.
@Suite struct ReasonStorageTests {
    static let below = FindingRule.builtin(.developmentBelow)
    static let kern = FindingRule.builtin(.kernLowest)

    static func scoreFact(_ theme: String, _ value: Double, _ comparison: BinaryOperator, _ bound: Double) -> Fact {
        .comparison("score", of: theme, value: value, comparison, bound)
    }

    static func answerFact(_ question: String, _ value: Double) -> Fact {
        Fact(subject: .init(text: nil, value: .number(value), call: .init("answer", [.reference(question)])), result: .number(value))
    }

    /// Expects `a` and `b` to be one reason: equal both ways, hashed alike, one in a set.
    static func expectSameReason(_ a: Reason, _ b: Reason, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a == b, sourceLocation: sourceLocation)
        #expect(b == a, sourceLocation: sourceLocation)
        #expect(a.hashValue == b.hashValue, sourceLocation: sourceLocation)
        #expect(Set([a, b]).count == 1, sourceLocation: sourceLocation)
    }

    /// A theme's score reason is the reason of its `score(theme) = value op bound` fact, reads
    /// that fact back, and says it in the same words.
    @Test func aThemeScoreReasonIsTheReasonOfItsFact() {
        let kept = Reason(rule: Self.below, theme: "visie", score: 1.8, .less, 2.5)
        let fact = Self.scoreFact("visie", 1.8, .less, 2.5)
        let made = Reason(rule: Self.below, facts: [fact])
        Self.expectSameReason(kept, made)
        #expect(kept.facts == [fact])
        #expect(kept.facts.map(\.description) == ["score(visie) = 1.8 < 2.5"])
        #expect(kept.expressions == made.expressions)
        #expect(kept.expressions == ["score(visie) = 1.8 < 2.5"])
        #expect(kept.text == "builtin:development_below: score(visie) = 1.8 < 2.5")
        #expect(kept.text == made.text)
        #expect(kept.details.isEmpty)
        let strength = Reason(rule: .builtin(.strengthFrom), theme: "visie", score: 3.75, .greaterOrEqual, 3.5)
        Self.expectSameReason(strength, Reason(rule: .builtin(.strengthFrom), facts: [Self.scoreFact("visie", 3.75, .greaterOrEqual, 3.5)]))
        #expect(strength.expressions == ["score(visie) = 3.75 >= 3.5"])
    }

    /// A kern answer's reason is the reason of its `answer(question) = value` fact.
    @Test func anAnswerReasonIsTheReasonOfItsFact() {
        let kept = Reason(rule: Self.kern, question: "visie.beroepsbeeld", answer: 1)
        let fact = Self.answerFact("visie.beroepsbeeld", 1)
        let made = Reason(rule: Self.kern, facts: [fact])
        Self.expectSameReason(kept, made)
        #expect(kept.facts == [fact])
        #expect(kept.facts[0].subject.call?.subject == "visie.beroepsbeeld")
        #expect(kept.expressions == ["answer(visie.beroepsbeeld) = 1"])
        #expect(kept.expressions == made.expressions)
        #expect(kept.text == "builtin:kern_lowest: answer(visie.beroepsbeeld) = 1")
    }

    /// Setting `facts` replaces the kept values: the reason then is the reason of the new facts.
    @Test func settingFactsReplacesTheKeptValues() {
        let other = Self.scoreFact("sturing", 2, .less, 3)
        var score = Reason(rule: Self.below, theme: "visie", score: 1.8, .less, 2.5)
        score.facts = [other]
        #expect(score.facts == [other])
        Self.expectSameReason(score, Reason(rule: Self.below, facts: [other]))
        #expect(score != Reason(rule: Self.below, theme: "visie", score: 1.8, .less, 2.5))
        #expect(score.expressions == ["score(sturing) = 2 < 3"])

        var answer = Reason(rule: Self.kern, question: "visie.beroepsbeeld", answer: 1)
        answer.facts = []
        #expect(answer.facts.isEmpty)
        #expect(answer.text == "builtin:kern_lowest")
        Self.expectSameReason(answer, Reason(rule: Self.kern))

        var two = Reason(rule: Self.kern, question: "visie.beroepsbeeld", answer: 1)
        two.facts.append(other)
        #expect(two.facts == [Self.answerFact("visie.beroepsbeeld", 1), other])
        Self.expectSameReason(two, Reason(rule: Self.kern, facts: [Self.answerFact("visie.beroepsbeeld", 1), other]))
    }

    /// Reasons with another theme, question, value, comparison, bound or rule are other reasons,
    /// however each is kept.
    @Test func reasonsWithDifferentValuesDiffer() {
        let score = Reason(rule: Self.below, theme: "visie", score: 1.8, .less, 2.5)
        let otherScores = [
            Reason(rule: Self.below, theme: "sturing", score: 1.8, .less, 2.5),
            Reason(rule: Self.below, theme: "visie", score: 1.9, .less, 2.5),
            Reason(rule: Self.below, theme: "visie", score: 1.8, .lessOrEqual, 2.5),
            Reason(rule: Self.below, theme: "visie", score: 1.8, .less, 3),
            Reason(rule: .builtin(.strengthFrom), theme: "visie", score: 1.8, .less, 2.5),
            Reason(rule: Self.below, facts: [Self.scoreFact("visie", 1.9, .less, 2.5)]),
            Reason(rule: Self.below, facts: [Self.scoreFact("visie", 1.8, .less, 2.5)], details: ["detail"]),
            Reason(rule: Self.below, question: "visie", answer: 1.8),
        ]
        for other in otherScores {
            #expect(score != other, "\(other.text)")
            #expect(other != score, "\(other.text)")
        }
        let answer = Reason(rule: Self.kern, question: "visie.beroepsbeeld", answer: 1)
        let otherAnswers = [
            Reason(rule: Self.kern, question: "visie.gezamenlijke-taak", answer: 1),
            Reason(rule: Self.kern, question: "visie.beroepsbeeld", answer: 2),
            Reason(rule: Self.below, question: "visie.beroepsbeeld", answer: 1),
            Reason(rule: Self.kern, facts: [Self.answerFact("visie.beroepsbeeld", 2)]),
            Reason(rule: Self.kern, facts: [Self.answerFact("visie.beroepsbeeld", 1), Self.answerFact("visie.beroepsbeeld", 1)]),
        ]
        for other in otherAnswers {
            #expect(answer != other, "\(other.text)")
            #expect(other != answer, "\(other.text)")
        }
        // Found or not by hash too.
        #expect(!Set(otherScores + otherAnswers).contains(score) && !Set(otherScores + otherAnswers).contains(answer))
        #expect(Set(otherScores + otherAnswers).contains(Reason(rule: Self.below, theme: "visie", score: 1.9, .less, 2.5)))
    }
}
