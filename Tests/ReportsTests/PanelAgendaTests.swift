import Assessment
import Questionnaire
import Reports
import Testing

/// The panel's agenda on the sample board (six respondents, an earlier self-assessment and
/// a region): what the first page names and in which order the questions come.
@Suite struct PanelAgendaTests {
    static func isDisagreementOrGap(_ finding: Finding) -> Bool {
        finding.reasons.contains { $0.rule == "builtin:disagreement" || $0.rule == "builtin:role_gap" }
    }

    @Test func theFirstPageOpensWithTheWeightiestDevelopmentPointsAndNamesEachThingOnce() throws {
        let brief = try PanelSample.brief()
        let agenda = PanelAgenda(brief)
        #expect(PanelAgenda.speerpunten.contains(agenda.speerpunten.count), "\(agenda.speerpunten.count) speerpunten")
        #expect(agenda.developmentPoints.count >= 2)
        #expect(agenda.speerpunten.prefix(2).map(\.finding) == Array(agenda.developmentPoints.prefix(2)))
        #expect(agenda.speerpunten.prefix(2).allSatisfy { $0.source == .developmentPoint })
        // The strongest disagreement on the board is one of them.
        let widest = brief.findings.filter(Self.isDisagreementOrGap).max { $0.distance < $1.distance }
        let disagreement = try #require(agenda.speerpunten.first { $0.source == .disagreement })
        #expect(disagreement.finding.distance == widest?.distance)
        // A decline since last time when there is one (the sample board improved).
        let declined = brief.findings.contains { $0.reasons.contains { $0.rule == "builtin:decline" } }
        #expect(agenda.speerpunten.contains { $0.source == .decline } == declined)
        for (index, item) in agenda.speerpunten.enumerated() {
            #expect(!agenda.speerpunten[(index + 1)...].contains { $0.finding == item.finding }, "twice: \(item.finding.title.text("nl"))")
        }
    }

    /// Turned around, the sample board declined: its largest decline is a speerpunt.
    @Test func theLargestDeclineIsASpeerpunt() throws {
        let brief = PanelAnalysis().brief(try PanelSample.boardBefore(), previous: try PanelSample.boardNow())
        let declines = brief.findings.filter { $0.reasons.contains { $0.rule == "builtin:decline" } }
        #expect(!declines.isEmpty)
        let item = try #require(PanelAgenda(brief).speerpunten.first { $0.source == .decline })
        #expect(item.finding.distance == declines.map(\.distance).max())
    }

    @Test func atMostTenQuestionsUpFrontTheRestAfter() throws {
        let agenda = PanelAgenda(try PanelSample.brief())
        #expect(agenda.questions.count > PanelAgenda.questionLimit, "the sample should have more questions than the limit")
        #expect(agenda.shownQuestions.count == PanelAgenda.questionLimit)
        #expect(Array(agenda.shownQuestions) + Array(agenda.moreQuestions) == agenda.questions)
        // Numbered in rank order, with no gaps, across both parts.
        #expect(agenda.questions.map { agenda.number(ofQuestion: $0) } == agenda.questions.indices.map { $0 + 1 })
    }

    /// A question of a speerpunt comes first; disagreement and role gaps next, widest first;
    /// conversation points last.
    @Test func questionsAreRanked() throws {
        let agenda = PanelAgenda(try PanelSample.brief())
        let speerpunten = agenda.speerpunten.map(\.finding)
        let rest = agenda.questions.filter { !speerpunten.contains($0) }
        let spreads = rest.filter(Self.isDisagreementOrGap).map(\.distance)
        #expect(spreads == spreads.sorted(by: >), "\(spreads)")
        if let firstOther = agenda.questions.firstIndex(where: { !speerpunten.contains($0) && !Self.isDisagreementOrGap($0) }),
            let lastSpread = agenda.questions.lastIndex(where: { !speerpunten.contains($0) && Self.isDisagreementOrGap($0) })
        {
            #expect(lastSpread < firstOther || agenda.questions[firstOther].reasons.contains { $0.rule.builtin == nil })
        }
        let conversation = agenda.questions.indices.filter { agenda.questions[$0].kind == .conversationPoint }
        if let first = conversation.first {
            #expect(conversation == Array(first..<agenda.questions.count), "conversation points come last")
        }
    }

    /// The same agenda in every format: the first page's titles in the same order.
    @Test func everyFormatShowsTheSameSpeerpunten() throws {
        let brief = try PanelSample.brief()
        let titles = PanelAgenda(brief).speerpunten.map { $0.finding.title.text("nl") }
        let markdown = PanelMarkdown().render(brief)
        let terminal = PanelTerminal(width: 200).render(brief)
        let html = PanelHTML().render(brief)
        for (format, text) in [("markdown", markdown), ("terminal", terminal), ("html", html)] {
            var rest = text[...]
            for title in titles {
                let escaped = format == "html" ? title.replacingOccurrences(of: "&", with: "&amp;") : title
                guard let found = rest.range(of: escaped) else {
                    Issue.record("\(format): ‘\(title)’ missing or out of order")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
    }
}
