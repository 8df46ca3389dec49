public import Assessment
public import Diagnostics
import Questionnaire

/// A board's self-assessments over the years (`waarborg verloop`): per safeguard a table of
/// its themes' means per round, in HTML with a small line chart per theme.
public struct HistoryReport: Sendable {
    public var language: String
    private var nl: Bool { language == "nl" }

    public init(language: String = "nl") {
        self.language = language == "en" ? "en" : "nl"
    }

    private var notComparable: String { nl ? "n.v." : "n.c." }

    private func intro(_ history: BoardHistory) -> String {
        let rounds = history.rounds.map {
            "\($0.year) (\($0.respondents) \(nl ? ($0.respondents == 1 ? "respondent" : "respondenten") : ($0.respondents == 1 ? "respondent" : "respondents")))"
        }
        .joined(separator: ", ")
        return nl
            ? "De zelfassessments van het bestuur naast elkaar: \(rounds). Per thema het gemiddelde van de respondenten; — waar er geen score is of te weinig respondenten antwoordden, n.v. (niet vergelijkbaar) waar die ronde een versie van de vragenlijst beantwoordde waarin het thema andere vragen stelt."
            : "The board's self-assessments side by side: \(rounds). Per theme the respondents' mean; — where there is no score or too few respondents answered, n.c. (not comparable) where that round answered a version in which the theme asks other questions."
    }

    private func cell(_ point: BoardHistory.Point, labels: PanelLabels) -> String {
        !point.comparable ? notComparable : point.mean.map(labels.number) ?? "—"
    }

    private func questionnaires(_ history: BoardHistory) -> [Questionnaire] {
        var seen: Set<String> = []
        return history.series.map(\.questionnaire).filter { seen.insert($0.id).inserted }
    }

    public func markdown(_ history: BoardHistory) -> String {
        let labels = PanelLabels(language: language)
        var out = "# " + (nl ? "Verloop over de jaren: " : "Over the years: ") + MarkdownText.inline(history.board) + "\n\n"
        out += intro(history) + "\n\n"
        for questionnaire in questionnaires(history) {
            out += "## " + MarkdownText.inline(questionnaire.title.text(language)) + "\n\n"
            var table = MarkdownTable(columns: [.init(nl ? "Thema" : "Theme")] + history.rounds.map { .init(String($0.year), alignment: .right) })
            for series in history.series where series.questionnaire.id == questionnaire.id {
                table.rows.append([MarkdownText.cell(series.theme.title.text(language))] + series.points.map { cell($0, labels: labels) })
            }
            out += table.rendered() + "\n"
        }
        return out
    }

    public func html(_ history: BoardHistory) -> String {
        let labels = PanelLabels(language: language)
        var body = "<h1>\(HTMLText.inline((nl ? "Verloop over de jaren: " : "Over the years: ") + history.board))</h1>\n"
        body += "<p>\(HTMLText.inline(intro(history)))</p>\n"
        for questionnaire in questionnaires(history) {
            body += "<h2>\(HTMLText.inline(questionnaire.title.text(language)))</h2>\n"
            var table = HTMLTable(
                columns: [.init(nl ? "Thema" : "Theme")] + history.rounds.map { .init(String($0.year), numeric: true) }
                    + [.init(nl ? "Verloop" : "Trend")])
            for series in history.series where series.questionnaire.id == questionnaire.id {
                table.rows.append(
                    [HTMLText.inline(series.theme.title.text(language))] + series.points.map { cell($0, labels: labels) }
                        + [chart(series, labels: labels)])
            }
            body += table.html()
        }
        return HTMLPage.document(language: language, title: (nl ? "Verloop " : "Over the years ") + history.board, body: body)
    }

    /// A small line through the comparable rounds' means, on the scale of the theme's
    /// answers, with each point's value as its title.
    private func chart(_ series: BoardHistory.Series, labels: PanelLabels) -> String {
        let points = series.points.enumerated().compactMap { index, point -> (Int, Double)? in
            guard point.comparable, let mean = point.mean else { return nil }
            return (index, mean)
        }
        guard !points.isEmpty else { return "" }
        // The scale of the theme's answers (1 to 4 on the usual scale), so a line's height
        // means the same in every row.
        let scored = series.theme.questions.filter { $0.kind.isScored }
        let low = min(scored.compactMap { $0.kind.options.lowestValue }.min() ?? 1, points.map(\.1).min() ?? 1)
        let high = max(scored.compactMap { $0.kind.options.highestValue }.max() ?? 4, points.map(\.1).max() ?? 4)
        let (width, height, margin) = (120.0, 28.0, 4.0)
        let count = max(series.points.count - 1, 1)
        func x(_ index: Int) -> Double { margin + (width - 2 * margin) * Double(index) / Double(count) }
        func y(_ value: Double) -> Double { height - margin - (height - 2 * margin) * (high > low ? (value - low) / (high - low) : 0.5) }
        func f(_ value: Double) -> String { NumberText.format(value, decimals: 1) }
        let line = points.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ")
        let label = points.map { "\(series.points[$0.0].year): \(labels.number($0.1))" }.joined(separator: ", ")
        var svg =
            "<svg class=\"trend\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.inline(label))\">"
        if points.count > 1 { svg += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#1d6fa5\" stroke-width=\"2\"/>" }
        for point in points {
            svg +=
                "<circle cx=\"\(f(x(point.0)))\" cy=\"\(f(y(point.1)))\" r=\"3\" fill=\"#1d6fa5\"><title>\(HTMLText.inline("\(series.points[point.0].year): \(labels.number(point.1))"))</title></circle>"
        }
        return svg + "</svg>"
    }

    public func json(_ history: BoardHistory) -> JSONValue {
        .object([
            ("format", "waarborg-verloop"), ("version", 1), ("board", .string(history.board)),
            (
                "rounds",
                .array(
                    history.rounds.map {
                        .object([
                            ("year", .number(Double($0.year))), ("date", .string($0.date?.description)),
                            ("respondents", .number(Double($0.respondents))),
                        ])
                    })
            ),
            (
                "themes",
                .array(
                    history.series.map { series in
                        .object([
                            ("questionnaire", .string(series.questionnaire.id)), ("theme", .string(series.theme.id)),
                            ("title", .string(series.theme.title.text(language))),
                            (
                                "points",
                                .array(
                                    series.points.map {
                                        .object([
                                            ("year", .number(Double($0.year))), ("mean", .number($0.mean)), ("comparable", .bool($0.comparable)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}
