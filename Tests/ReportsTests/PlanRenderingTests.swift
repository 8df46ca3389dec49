import Assessment
import Questionnaire
import Testing

@testable import Reports

/// The plan in Markdown and HTML, against golden files in `Golden/Plan*`; re-record with
/// `WAARBORG_RECORD=1 swift test --filter PlanRenderingTests` (the test fails while recording).
@Suite struct PlanRenderingTests {
    static func date(_ text: String) -> PlanDate? { PlanDate(text) }

    /// Two safeguards and a point of the board's own; one entry completed, one half done,
    /// one dropped, one vanished, with remarks, resources and covered points.
    static var plan: ActionPlan {
        let basis = PlanBasis(
            date: date("2026-03-14"), respondents: 4,
            questionnaires: [
                .init(id: "proef-opleiden", version: SemanticVersion(1, 2, 0)), .init(id: "proef-telling", version: SemanticVersion(0, 3, 0)),
            ],
            answers: ["anna.yaml", "bram.yaml", "carla.yaml", "dirk.yaml"],
            digest: "sha256:360b394ec83752e325acc950cc0f0e88920951e24e3bb374a07b2a25ddf02bf2")
        return ActionPlan(
            board: "Stichting Linde", basis: basis,
            entries: [
                PlanEntry(
                    id: "proef-opleiden/plaatsen-tekort", covers: ["proef-opleiden/kern/plaatsen.genoeg"],
                    questionnaire: "proef-opleiden", safeguard: 2, theme: "plaatsen", title: "Zorg voor genoeg stageplaatsen",
                    reason: ["Bij ‘Er zijn genoeg opleidingsplaatsen’ is gemiddeld 1,5 geantwoord."], priority: .hoog,
                    goal: "In september 2027 biedt elke school minstens twee stageplaatsen.",
                    successCriterion: "16 plaatsen in het overzicht van de pabo.",
                    actions: [
                        PlanAction(
                            description: "Inventariseer per school hoeveel studenten er terecht kunnen", owner: "Bram Smits",
                            start: date("2026-09-01"), end: date("2026-10-31"), resources: "4 uur per school"),
                        PlanAction(
                            description: "Spreek met de schoolleiders een verdeling af", owner: "Anna de Boer", start: date("2026-11-01"),
                            end: date("2027-01-31")),
                    ],
                    evaluation: .date(date("2027-06-30")!), status: .lopend, notes: "Samen met de pabo."),
                PlanEntry(
                    id: "proef-opleiden/thema/inductie", questionnaire: "proef-opleiden", safeguard: 2, theme: "inductie",
                    title: "Versterk ‘Inductie van starters’", reason: ["Het thema ‘Inductie van starters’ scoort 2,6 (lager dan 3)."],
                    priority: .midden,
                    goal: "Een vastgesteld inductiebeleid.",
                    actions: [PlanAction(description: "Schrijf het beleid", owner: nil, start: nil, end: date("2027-03-01"))],
                    evaluation: .text("na de eerste stageperiode")),
                PlanEntry(
                    id: "proef-telling/thema/evaluatie", questionnaire: "proef-telling", safeguard: 4, theme: "evaluatie",
                    title: "Laat studenten jaarlijks evalueren", priority: .laag, actions: [PlanAction(description: nil)], status: .vervallen,
                    vanished: date("2027-03-20")),
                PlanEntry(
                    id: "eigen/mentoren", title: "Mentoren scholen", goal: "Tien mentoren geschoold", successCriterion: "Tien certificaten",
                    actions: [], evaluation: .date(date("2027-12-01")!), status: .afgerond),
            ])
    }

    @Test func markdown() throws {
        assertGolden(PlanMarkdown().render(Self.plan, questionnaires: try Sample.questionnaires()), named: "PlanMarkdown.md")
    }

    @Test func markdownInEnglish() throws {
        assertGolden(PlanMarkdown(language: "en").render(Self.plan, questionnaires: try Sample.questionnaires()), named: "PlanMarkdownInEnglish.md")
    }

    @Test func html() throws {
        assertGolden(Self.withoutSheet(PlanHTML().render(Self.plan, questionnaires: try Sample.questionnaires())), named: "PlanHTML.html")
    }

    @Test func htmlInEnglish() throws {
        assertGolden(
            Self.withoutSheet(PlanHTML(language: "en").render(Self.plan, questionnaires: try Sample.questionnaires())),
            named: "PlanHTMLInEnglish.html")
    }

    /// The page with the reports' shared style sheet left out, so these golden files change
    /// only when the plan's page does; the sheet has golden files of its own.
    static func withoutSheet(_ html: String) -> String {
        let parts = html.split(separator: HTMLStyle.sheet, omittingEmptySubsequences: false)
        #expect(parts.count == 2, "the page holds the reports' style sheet once")
        return parts.joined(separator: "/* HTMLStyle.sheet */\n")
    }

    @Test func withoutQuestionnairesSafeguardsAreNumbered() {
        let markdown = PlanMarkdown(set: ExampleBoardTests.set).render(Self.plan)
        #expect(markdown.contains("\n## Waarborg 2\n"))
        #expect(markdown.contains("\n## Waarborg 4\n"))
        #expect(markdown.contains("\n## Overige ontwikkelpunten\n"))
        #expect(PlanMarkdown(language: "en", set: ExampleBoardTests.set).render(Self.plan).contains("\n## Safeguard 2\n"))
        // Without the set's words, a safeguard is a numbered questionnaire.
        #expect(PlanMarkdown().render(Self.plan).contains("\n## Vragenlijst 2\n"))
    }

    @Test func speerpuntenComeFirstInTheirSafeguardsOrder() throws {
        let basis = PlanBasis(date: nil, respondents: nil, questionnaires: [], answers: [], digest: "sha256:" + String(repeating: "0", count: 64))
        let plan = ActionPlan(
            board: "B", basis: basis,
            entries: [
                PlanEntry(id: "a", safeguard: 1, title: "Gewoon een"),
                PlanEntry(id: "b", safeguard: 3, title: "Speer drie", speerpunt: true),
                PlanEntry(id: "c", title: "Eigen speer", speerpunt: true),
                PlanEntry(id: "d", safeguard: 2, title: "Speer twee", speerpunt: true),
            ])
        let sections = PlanSection.sections(of: plan, questionnaires: [], labels: PlanLabels(language: "nl"))
        #expect(sections.map(\.heading).first == "Speerpunten")
        #expect(sections.first?.entries.map(\.id) == ["d", "b", "c"])
        #expect(sections.dropFirst().flatMap(\.entries).map(\.id) == ["a"])
        let markdown = PlanMarkdown().render(plan, questionnaires: [])
        let order = ["Speer twee", "Speer drie", "Eigen speer", "Gewoon een"].compactMap { markdown.firstRange(of: "**\($0)**")?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
        #expect(markdown.contains("**Speer twee** (speerpunt · open)"))
        #expect(!markdown.contains("**Gewoon een** (speerpunt"))
        #expect(PlanHTML().render(plan, questionnaires: []).contains("<span class=\"tag speerpunt\">speerpunt</span>"))
    }

    @Test func anEmptyPlanSaysSo() {
        let plan = ActionPlan(board: "B", basis: Self.plan.basis)
        #expect(PlanMarkdown().render(plan).hasSuffix("\nHet plan heeft nog geen ontwikkelpunten.\n"))
        #expect(PlanHTML(language: "en").render(plan).contains("<p>The plan has no development points yet.</p>"))
    }

    // MARK: Escaping

    static let hostile = "<script>alert('x')</script> | **vet** [link](http://x) & &amp; \"q\"\n# kop\u{1B}[31m\u{202E}"

    static var hostilePlan: ActionPlan {
        var plan = Self.plan
        plan.board = hostile
        plan.entries[0].title = hostile
        plan.entries[0].goal = hostile
        plan.entries[0].notes = hostile
        plan.entries[0].actions[0].description = hostile
        plan.entries[0].actions[0].owner = hostile
        plan.entries[0].actions[0].resources = hostile
        plan.entries[1].evaluation = .text(hostile)
        return plan
    }

    @Test func htmlEscapesEveryText() {
        var plan = Self.hostilePlan
        plan.entries[0].reason = [Self.hostile]
        plan.entries[0].covers = [Self.hostile]
        let html = PlanHTML().render(plan)
        #expect(!html.contains("<script"))
        #expect(!html.contains("'x'"))
        #expect(!html.contains("\"q\""))
        #expect(!html.contains("\u{1B}"))
        #expect(!html.contains("\u{202E}"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&amp;amp;"))
        #expect(html.contains("\\u{1B}[31m"))
    }

    /// Reasons and covered ids are code spans (`MarkdownText.code`); the rest is escaped.
    @Test func markdownEscapesEveryText() {
        let markdown = PlanMarkdown().render(Self.hostilePlan)
        // Outside the plan's own markup, every character that could start markup is escaped.
        // In the lines with the hostile text, the plan's own markup is `**bold**`,
        // `_in te vullen_` and code spans.
        var previous: Character = " ", inCode = false
        for line in markdown.split(separator: "\n") where line.contains("alert") {
            let body = line.split(separator: "**", omittingEmptySubsequences: false).joined()
                .split(separator: "_in te vullen_", omittingEmptySubsequences: false).joined()
            for character in body {
                if character == "`", previous != "\\" { inCode.toggle() }
                if !inCode, "<>[]*_".contains(character) { #expect(previous == "\\", "unescaped \(character) in \(line)") }
                previous = character
            }
        }
        #expect(markdown.contains("\\<script\\>"))
        #expect(markdown.contains("\\*\\*vet\\*\\*"))
        #expect(!markdown.contains("\u{1B}"))
        #expect(!markdown.contains("\n# kop"))
        // Every table row keeps its seven columns: no bar from the text splits a cell.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            var bars = 0, escaped = false
            for character in line {
                if character == "|", !escaped { bars += 1 }
                escaped = character == "\\" && !escaped
            }
            #expect(bars == 8, "\(line)")
        }
    }
}
