public import Assessment
public import Diagnostics
import Questionnaire

/// The region overview for the project group (`waarborg regio`): the track status of every
/// board, per safeguard and theme how the boards spread over the levels, and the
/// development points that recur, as Markdown, HTML (A4, bars per level) or JSON.
public struct RegionReport: Sendable {
    public var language: String
    private var nl: Bool { language == "nl" }

    public init(language: String = "nl") {
        self.language = language == "en" ? "en" : "nl"
    }

    private var title: String { nl ? "Overzicht van de regio" : "Region overview" }

    private func intro(_ overview: RegionOverview, today: PlanDate) -> String {
        let date = PlanLabels(language: language).longDate(today)
        return nl
            ? "Stand op \(date): \(overview.boards) besturen met een zelfassessment. Per thema staat hoe de besturen over de niveaus verdeeld zijn, alleen waar ten minste \(overview.minimumBoards) besturen een score hebben; geen bestuur wordt bij naam genoemd."
            : "As of \(date): \(overview.boards) boards with a self-assessment. Per theme, how the boards spread over the levels, only where at least \(overview.minimumBoards) boards have a score; no board is named."
    }

    private func levelsText(_ item: RegionOverview.Distribution) -> String {
        item.levels.map { "\($0.level.label.text(language)): \($0.boards)" }.joined(separator: ", ")
    }

    private func tooFew(_ item: RegionOverview.Distribution) -> String {
        nl ? "te weinig besturen (\(item.boards))" : "too few boards (\(item.boards))"
    }

    private var recurringIntro: String {
        nl
            ? "Ontwikkelpunten die bij meer dan één bestuur uit het zelfassessment volgen: een lijst om gezamenlijke professionalisering op te plannen."
            : "Development points that follow from more than one board's self-assessment: a list to plan shared professionalisation by."
    }

    // MARK: Markdown

    public func markdown(_ overview: RegionOverview, status: [TrackStatus], today: PlanDate) -> String {
        let labels = PanelLabels(language: language)
        var out = "# \(title)\n\n" + intro(overview, today: today) + "\n\n"
        out += "## " + (nl ? "Stand van het traject" : "Track status") + "\n\n"
        let report = StatusReport(language: language)
        var table = MarkdownTable(columns: [
            .init(nl ? "Bestuur" : "Board"), .init(nl ? "Ronde" : "Round"), .init(nl ? "Advies" : "Advice"),
            .init(nl ? "Volgende stap" : "Next step"), .init(nl ? "Uiterlijk" : "Due"),
        ])
        table.rows = status.map { row in
            [
                MarkdownText.cell(row.board), row.round.map(String.init) ?? "—", report.adviceText(row.advice), report.nextText(row),
                report.dueText(row),
            ]
        }
        out += table.rendered() + "\n"
        for questionnaire in questionnaires(overview) {
            out += "## " + MarkdownText.inline(questionnaire.title.text(language)) + "\n\n"
            var themes = MarkdownTable(columns: [
                .init(nl ? "Thema" : "Theme"), .init(nl ? "Besturen" : "Boards", alignment: .right),
                .init(nl ? "Gemiddelde" : "Mean", alignment: .right), .init(nl ? "Verdeling over de niveaus" : "Spread over the levels"),
            ])
            for item in overview.distributions where item.questionnaire.id == questionnaire.id {
                themes.rows.append([
                    MarkdownText.cell(item.theme.title.text(language)), "\(item.boards)", item.mean.map(labels.number) ?? "—",
                    MarkdownText.cell(item.shown ? levelsText(item) : tooFew(item)),
                ])
            }
            out += themes.rendered() + "\n"
        }
        out += "## " + (nl ? "Terugkerende ontwikkelpunten" : "Recurring development points") + "\n\n" + recurringIntro + "\n\n"
        if overview.recurring.isEmpty {
            out += (nl ? "Geen ontwikkelpunt komt bij meer dan één bestuur voor." : "No development point recurs.") + "\n"
        } else {
            var points = MarkdownTable(columns: [
                .init(nl ? "Ontwikkelpunt" : "Development point"), .init(nl ? "Waarborg" : "Safeguard"),
                .init(nl ? "Besturen" : "Boards", alignment: .right),
            ])
            points.rows = overview.recurring.map { point in
                [MarkdownText.cell(point.title.text(language)), point.questionnaire?.safeguard.map(String.init) ?? "—", "\(point.boards)"]
            }
            out += points.rendered()
        }
        return out
    }

    // MARK: HTML

    public func html(_ overview: RegionOverview, status: [TrackStatus], today: PlanDate) -> String {
        let labels = PanelLabels(language: language)
        let report = StatusReport(language: language)
        var body = "<h1>\(HTMLText.inline(title))</h1>\n<p>\(HTMLText.inline(intro(overview, today: today)))</p>\n"
        body += "<h2>\(HTMLText.inline(nl ? "Stand van het traject" : "Track status"))</h2>\n"
        var table = HTMLTable(columns: [
            .init(nl ? "Bestuur" : "Board"), .init(nl ? "Ronde" : "Round"), .init(nl ? "Advies" : "Advice"),
            .init(nl ? "Volgende stap" : "Next step"), .init(nl ? "Uiterlijk" : "Due"),
        ])
        table.rows = status.map { row in
            [row.board, row.round.map(String.init) ?? "—", report.adviceText(row.advice), report.nextText(row), report.dueText(row)].map(
                HTMLText.inline)
        }
        body += table.html()
        for questionnaire in questionnaires(overview) {
            body += "<h2>\(HTMLText.inline(questionnaire.title.text(language)))</h2>\n"
            var themes = HTMLTable(columns: [
                .init(nl ? "Thema" : "Theme"), .init(nl ? "Besturen" : "Boards", numeric: true),
                .init(nl ? "Gemiddelde" : "Mean", numeric: true), .init(nl ? "Verdeling over de niveaus" : "Spread over the levels"),
            ])
            for item in overview.distributions where item.questionnaire.id == questionnaire.id {
                themes.rows.append([
                    HTMLText.inline(item.theme.title.text(language)), "\(item.boards)", item.mean.map(labels.number) ?? "—",
                    item.shown ? bar(item) : "<span class=\"muted\">\(HTMLText.inline(tooFew(item)))</span>",
                ])
            }
            body += themes.html()
        }
        body += "<h2>\(HTMLText.inline(nl ? "Terugkerende ontwikkelpunten" : "Recurring development points"))</h2>\n"
        body += "<p>\(HTMLText.inline(recurringIntro))</p>\n"
        if overview.recurring.isEmpty {
            body +=
                "<p class=\"muted\">\(HTMLText.inline(nl ? "Geen ontwikkelpunt komt bij meer dan één bestuur voor." : "No development point recurs."))</p>\n"
        } else {
            var points = HTMLTable(columns: [
                .init(nl ? "Ontwikkelpunt" : "Development point"), .init(nl ? "Waarborg" : "Safeguard"),
                .init(nl ? "Besturen" : "Boards", numeric: true),
            ])
            points.rows = overview.recurring.map { point in
                [HTMLText.inline(point.title.text(language)), point.questionnaire?.safeguard.map(String.init) ?? "—", "\(point.boards)"]
            }
            body += points.html()
        }
        return HTMLPage.document(language: language, title: title, body: body, extraStyle: Self.style)
    }

    /// The boards per level as one bar of segments in the levels' colours, with the counts
    /// written out for who cannot tell colours apart.
    private func bar(_ item: RegionOverview.Distribution) -> String {
        let levels = item.levels.map(\.level)
        let segments = item.levels.filter { $0.boards > 0 }.map { level, boards in
            let colour = BandColour.of(level, among: levels)
            let width = Double(boards) / Double(max(item.boards, 1)) * 100
            return
                "<span class=\"segment\" style=\"width:\(NumberText.format(width, decimals: 2))%;background:\(colour.strong)\" title=\"\(HTMLText.inline(level.label.text(language))): \(boards)\"></span>"
        }.joined()
        return "<div class=\"bar\" role=\"img\" aria-label=\"\(HTMLText.inline(levelsText(item)))\">\(segments)</div>"
            + "<div class=\"small\">\(HTMLText.inline(levelsText(item)))</div>"
    }

    static let style = """
        .bar { display: flex; height: .9rem; width: 100%; min-width: 10rem; background: #f3f6f8; }
        .bar .segment { display: block; height: 100%; }
        @media print { .bar .segment { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }

        """

    // MARK: JSON

    public func json(_ overview: RegionOverview, status: [TrackStatus], today: PlanDate) -> JSONValue {
        .object([
            ("format", "waarborg-regio"), ("version", 1), ("today", .string(today.description)),
            ("boards", .number(Double(overview.boards))), ("minimum_boards", .number(Double(overview.minimumBoards))),
            ("status", StatusReport(language: language).json(status, today: today)),
            (
                "themes",
                .array(
                    overview.distributions.map { item in
                        .object([
                            ("questionnaire", .string(item.questionnaire.id)), ("safeguard", .number(item.questionnaire.safeguard.map(Double.init))),
                            ("theme", .string(item.theme.id)), ("title", .string(item.theme.title.text(language))),
                            ("boards", .number(Double(item.boards))), ("shown", .bool(item.shown)), ("mean", .number(item.mean)),
                            (
                                "levels",
                                .array(
                                    item.levels.map {
                                        .object([
                                            ("id", .string($0.level.id)), ("label", .string($0.level.label.text(language))),
                                            ("boards", .number(Double($0.boards))),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "recurring",
                .array(
                    overview.recurring.map { point in
                        .object([
                            ("id", .string(point.id)), ("title", .string(point.title.text(language))),
                            ("questionnaire", .string(point.questionnaire?.id)), ("boards", .number(Double(point.boards))),
                        ])
                    })
            ),
        ])
    }

    private func questionnaires(_ overview: RegionOverview) -> [Questionnaire] {
        var seen: Set<String> = []
        return overview.distributions.map(\.questionnaire).filter { seen.insert($0.id).inserted }
    }
}
