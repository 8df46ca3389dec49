public import Assessment
public import Questionnaire

/// The panel brief as one self-contained HTML page to read on screen or print on A4: who
/// answered, the safeguards and themes as bar charts in band colours (with the region's
/// mean as a marker), the spread of respondents per statement, the change since the
/// previous self-assessment, the findings and questions, and the notes without names.
///
/// Every chart is followed by a table with the same numbers. No script and no resource
/// from outside; every text from a file is escaped, in the page and in the charts alike.
public struct PanelHTML: PanelRenderer {
    public var labels: PanelLabels
    /// Whether each finding shows the rules and expressions behind it (`--explain`).
    public var explain: Bool

    public init(language: String = "nl", set: QuestionnaireSet = .neutral, explain: Bool = false) {
        self.labels = PanelLabels(language: language, set: set)
        self.explain = explain
    }

    private var report: Labels { labels.report }

    public func render(_ brief: PanelBrief) -> String {
        render(brief, plan: nil)
    }

    /// The brief, with the board's plan van aanpak after the findings when one is given.
    public func render(_ brief: PanelBrief, plan: ActionPlan?) -> String {
        var out = "<h1>\(HTMLText.inline(labels.title)): \(HTMLText.inline(brief.boardName))</h1>\n"
        let fields: [(String, String)] = [
            (labels.board, brief.boardName),
            (labels.respondentsLabel, labels.respondents(brief.respondents)),
            (labels.questionnaires, brief.questionnaires.map { "\($0.id) \($0.version)" }.joined(separator: ", ")),
            (labels.previous, labels.previousGiven(brief.hasPrevious)),
            (labels.regionLabel, labels.regionGiven(brief.benchmarkBoards, minimum: brief.minimumBoards)),
        ]
        out += "<dl class=\"meta\">\n" + fields.map { "<dt>\(HTMLText.inline($0.0))</dt><dd>\(HTMLText.inline($0.1))</dd>\n" }.joined() + "</dl>\n"
        out += "<p class=\"lead\">\(HTMLText.inline(labels.conversationNote))</p>\n"
        if brief.organisations.count > 1 { out += "<p><strong>\(HTMLText.inline(labels.severalBoards(brief.organisations)))</strong></p>\n" }
        out += whoAnswered(brief)
        if brief.parts.isEmpty {
            out += "<p>\(HTMLText.inline(report.noQuestionnaires))</p>\n"
        } else {
            out += overview(brief)
            if let kern = KernSection(brief, labels: labels) { out += kern.html() }
            for part in brief.parts { out += safeguard(part, brief: brief) }
            out += findings(brief)
            if let plan {
                out += PlanHTML(language: labels.language, set: report.set).section(plan, questionnaires: brief.parts.map(\.questionnaire))
            }
            out += notes(brief)
        }
        return HTMLPage.document(
            language: labels.language, title: "\(labels.title): \(brief.boardName)", body: out,
            extraStyle: plan == nil ? "" : PlanHTML.style)
    }

    // MARK: Who answered

    private func whoAnswered(_ brief: PanelBrief) -> String {
        var table = HTMLTable(columns: [.init(labels.role), .init(labels.count, numeric: true), .init(labels.shownApart)])
        for role in brief.orderedRoles {
            table.rows.append([
                HTMLText.inline(brief.roleLabel(role, labels: report)), "\(brief.roles[role] ?? 0)",
                brief.isShown(role: role) ? report.yes : report.no,
            ])
        }
        table.rows.append([HTMLText.inline(labels.total), "\(brief.respondents)", ""])
        table.rowClasses[brief.orderedRoles.count] = "total"
        return "<section class=\"respondents\">\n<h2>\(HTMLText.inline(labels.whoAnswered))</h2>\n" + table.html()
            + "<p class=\"small\">\(HTMLText.inline(labels.minimumGroupNote(brief.minimumGroup)))</p>\n</section>\n"
    }

    // MARK: Scores

    private func overview(_ brief: PanelBrief) -> String {
        var out = "<section class=\"overview\">\n<h2>\(HTMLText.inline(report.overview))</h2>\n"
        let bands = OverviewBands(brief.parts.map(\.questionnaire))
        let means = brief.parts.filter { $0.questionnaire.scoring.method == .mean }
        if let first = means.first {
            let ranges = means.compactMap { ScoreRange(questionnaire: $0.questionnaire, card: $0.card) }
            let chart = BarChart(
                label: report.overview,
                rows: means.map { part in
                    BarChart.Row(
                        label: part.questionnaire.title.text(labels.language), value: part.card.score,
                        display: part.card.score.map { labels.number($0) + (part.aggregate.safeguard.extrapolated > 0 ? report.extrapolatedMark : "") }
                            ?? labels.noScore,
                        colour: BandColour.of(
                            bands.level(part.card.score, of: part.questionnaire, own: part.card.level),
                            among: bands.levels(of: part.questionnaire)))
                },
                scale: (ranges.map(\.lower).min() ?? 1, ranges.map(\.upper).max() ?? 4),
                levels: bands.levels(of: first.questionnaire), labels: report, markerLegend: nil)
            out += "<figure>\n\(chart.svg())\n</figure>\n"
        }
        var table = HTMLTable(columns: [.init(labels.safeguard)] + statisticsColumns)
        var notes: [String] = []
        for part in brief.parts {
            table.rows.append(
                [HTMLText.inline(part.questionnaire.title.text(labels.language))]
                    + statisticsCells(
                        score: part.card.score, level: bands.level(part.card.score, of: part.questionnaire, own: part.card.level),
                        levels: bands.levels(of: part.questionnaire),
                        method: part.questionnaire.scoring.method, part.aggregate.safeguard.statistics,
                        part.disclosure(part.aggregate.safeguard), extrapolated: part.aggregate.safeguard.extrapolated > 0))
            if let note = labels.extrapolatedMean(part.aggregate.safeguard) {
                notes.append("<em>\(HTMLText.inline(part.questionnaire.title.text(labels.language)))</em>: " + HTMLText.inline(note))
            }
        }
        out += table.html()
        if !notes.isEmpty { out += "<ul class=\"small\">" + notes.map { "<li>\($0)</li>" }.joined() + "</ul>\n" }
        out += "<p class=\"small\">\(HTMLText.inline(labels.statisticsNote(brief.minimumGroup)))</p>\n"
        if let note = report.bandsNote(bands) { out += "<p class=\"small\">\(HTMLText.inline(note))</p>\n" }
        return out + "</section>\n"
    }

    private var statisticsColumns: [HTMLTable.Column] {
        [
            .init(labels.score, numeric: true), .init(labels.level), .init(labels.respondentsColumn, numeric: true),
            .init(labels.lowest, numeric: true), .init(labels.highest, numeric: true), .init(labels.spread, numeric: true),
        ]
    }

    /// Score, level, count, lowest, highest and spread; the last three only when `disclosure` shows them.
    private func statisticsCells(
        score: Double?, level: Level?, levels: [Level], method: ScoringMethod, _ statistics: Statistics, _ disclosure: Disclosure,
        extrapolated: Bool = false
    ) -> [String] {
        let spread = disclosure.showsSpread
        return [
            score.map { report.number($0, method: method) + (extrapolated ? report.extrapolatedMark : "") } ?? (disclosure.showsMean ? labels.noScore : labels.withheld),
            self.level(level, among: levels),
            "\(statistics.count)",
            spread ? statistics.min.map { report.number($0, method: method) } ?? "—" : labels.withheld,
            spread ? statistics.max.map { report.number($0, method: method) } ?? "—" : labels.withheld,
            spread && statistics.count > 1 ? statistics.standardDeviation.map(labels.number) ?? "—" : "—",
        ]
    }

    private func safeguard(_ part: PanelPart, brief: PanelBrief) -> String {
        let questionnaire = part.questionnaire
        var out = "<section class=\"safeguard\">\n<h2>\(HTMLText.inline(questionnaire.title.text(labels.language)))</h2>\n"
        out += "<p class=\"score\">\(HTMLText.inline(labels.safeguardScore)): <strong>"
        out += part.card.score.map { report.number($0, method: questionnaire.scoring.method) } ?? labels.noScore
        if part.card.score != nil, part.aggregate.safeguard.extrapolated > 0 { out += report.extrapolatedMark }
        out += "</strong> " + level(part.card.level, among: questionnaire.scoring.levels)
        out += " <span class=\"small\">(\(HTMLText.inline(report.questionnaireVersion(questionnaire))) · "
        out += "\(HTMLText.inline(labels.statistics(part.aggregate.safeguard.statistics, shown: part.disclosure(part.aggregate.safeguard).showsSpread))))</span></p>\n"
        if let note = labels.extrapolatedMean(part.aggregate.safeguard) { out += "<p class=\"small\">\(HTMLText.inline(note))</p>\n" }
        out += themes(part, brief: brief)
        out += perRole(part, brief: brief)
        if brief.hasPrevious { out += changes(part) }
        if brief.benchmarkBoards > 0 { out += region(part, brief: brief) }
        out += statements(part, brief: brief)
        return out + "</section>\n"
    }

    private func themes(_ part: PanelPart, brief: PanelBrief) -> String {
        let questionnaire = part.questionnaire
        let themes = part.scoredThemes
        var out = "<h3>\(HTMLText.inline(labels.themes))</h3>\n"
        let ranges = themes.compactMap { ScoreRange(theme: $0.theme, score: $0.score) }
        if let first = themes.first, !ranges.isEmpty, Set(themes.map(\.score.method)).count == 1 {
            let regional = brief.showsRegion
            let chart = BarChart(
                label: "\(questionnaire.title.text(labels.language)): \(labels.themes.lowercased())",
                rows: themes.map { theme, score, _ in
                    BarChart.Row(
                        label: theme.title.text(labels.language), value: score.score,
                        display: score.score.map { report.number($0, method: score.method) + (score.extrapolated ? report.extrapolatedMark : "") }
                            ?? labels.noScore,
                        colour: BandColour.of(score.level, among: questionnaire.levels(for: theme)),
                        marker: regional ? part.region[theme.id]?.mean : nil)
                },
                scale: (ranges.map(\.lower).min()!, ranges.map(\.upper).max()!),
                levels: questionnaire.levels(for: first.theme), labels: report,
                markerLegend: regional ? labels.regionMean : nil)
            out += "<figure>\n\(chart.svg())\n</figure>\n"
        }
        var table = HTMLTable(columns: [.init(labels.theme)] + statisticsColumns)
        var notes: [String] = []
        for (theme, score, aggregate) in themes {
            table.rows.append(
                [HTMLText.inline(theme.title.text(labels.language))]
                    + statisticsCells(
                        score: score.score, level: score.level, levels: questionnaire.levels(for: theme), method: score.method,
                        aggregate.statistics, part.disclosure(aggregate), extrapolated: aggregate.extrapolated > 0))
            if let note = labels.extrapolatedMean(aggregate) {
                notes.append("<em>\(HTMLText.inline(theme.title.text(labels.language)))</em>: " + HTMLText.inline(note))
            }
        }
        out += table.html()
        if !notes.isEmpty { out += "<ul class=\"small\">" + notes.map { "<li>\($0)</li>" }.joined() + "</ul>\n" }
        return out
    }

    private func perRole(_ part: PanelPart, brief: PanelBrief) -> String {
        let out = "<h3>\(HTMLText.inline(labels.perRole))</h3>\n"
        let roles = brief.shownRoles
        guard !roles.isEmpty else { return out + "<p class=\"muted\">\(HTMLText.inline(labels.noRoleShown(brief.minimumGroup)))</p>\n" }
        var table = HTMLTable(columns: [.init(labels.theme)] + roles.map { role in
            .init(labels.roleWithCount(brief.roleLabel(role, labels: report), brief.roles[role] ?? 0), numeric: true)
        })
        var rows = [(labels.safeguardScore, part.aggregate.safeguard, part.questionnaire.scoring.method)]
        rows += part.scoredThemes.map { ($0.theme.title.text(labels.language), $0.aggregate, $0.score.method) }
        for (name, aggregate, method) in rows {
            let disclosure = part.disclosure(aggregate)
            table.rows.append([HTMLText.inline(name)] + roles.map { role in
                guard disclosure.shows(role: role) else { return labels.withheld }
                return aggregate.byRole[role]?.mean.map { report.number($0, method: method) } ?? "—"
            })
        }
        return out + table.html()
    }

    private func changes(_ part: PanelPart) -> String {
        var out = "<h3>\(HTMLText.inline(labels.change))</h3>\n"
        guard !part.changes.isEmpty else { return out + "<p class=\"muted\">\(HTMLText.inline(labels.noPreviousPart))</p>\n" }
        let themes = part.scoredThemes.compactMap { item in part.change(item.theme.id).map { (item.theme, item.score, $0) } }
        let ranges = part.scoredThemes.compactMap { ScoreRange(theme: $0.theme, score: $0.score) }
        if !ranges.isEmpty {
            let chart = ChangeChart(
                label: "\(part.questionnaire.title.text(labels.language)): \(labels.change.lowercased())",
                rows: themes.map { theme, _, change in
                    ChangeChart.Row(
                        label: theme.title.text(labels.language), before: change.before, now: change.now,
                        comparable: change.comparable,
                        display: change.comparable ? change.delta.map(labels.delta) ?? "—" : labels.notComparable)
                },
                scale: (ranges.map(\.lower).min()!, ranges.map(\.upper).max()!), labels: report,
                legend: (labels.before, labels.now))
            out += "<figure>\n\(chart.svg())\n</figure>\n"
        }
        var table = HTMLTable(columns: [
            .init(labels.theme), .init(labels.before, numeric: true), .init(labels.now, numeric: true),
            .init(labels.difference, numeric: true),
        ])
        for (theme, _, change) in themes {
            table.rows.append([
                HTMLText.inline(theme.title.text(labels.language)),
                change.before.map(labels.number) ?? "—",
                change.now.map(labels.number) ?? "—",
                change.comparable ? change.delta.map(labels.delta) ?? "—" : "<em>\(HTMLText.inline(labels.notComparable))</em>",
            ])
        }
        out += table.html() + "<p class=\"small\">\(HTMLText.inline(labels.changeNote))</p>\n"
        if themes.contains(where: { !$0.2.comparable }) {
            out += "<p class=\"small\">\(HTMLText.inline(labels.notComparableNote))</p>\n"
        }
        return out
    }

    private func region(_ part: PanelPart, brief: PanelBrief) -> String {
        let heading = "<h3>\(HTMLText.inline(labels.region))</h3>\n"
        guard brief.showsRegion else {
            return heading + "<p class=\"muted\">\(HTMLText.inline(labels.regionTooFew(brief.benchmarkBoards, minimum: brief.minimumBoards).capitalisedFirst)).</p>\n"
        }
        var table = HTMLTable(columns: [
            .init(labels.theme), .init(labels.boardColumn, numeric: true), .init(labels.regionMean, numeric: true),
            .init(labels.regionSpread, numeric: true), .init(labels.boardsColumn, numeric: true),
        ])
        for (theme, score, _) in part.scoredThemes {
            let region = part.region[theme.id]
            table.rows.append([
                HTMLText.inline(theme.title.text(labels.language)),
                score.score.map(labels.number) ?? "—",
                region.map { labels.number($0.mean) } ?? "—",
                region?.standardDeviation.map(labels.number) ?? "—",
                "\(region?.boards ?? 0)",
            ])
        }
        return heading + table.html() + "<p class=\"small\">\(HTMLText.inline(labels.regionNote(brief.minimumBoards)))</p>\n"
    }

    private func statements(_ part: PanelPart, brief: PanelBrief) -> String {
        var out = "<h3>\(HTMLText.inline(labels.statements))</h3>\n"
        let differing = Set(brief.differences.flatMap { finding in
            finding.reasons.filter { $0.rule == .builtin(.disagreement) }.flatMap(\.facts).compactMap(\.subject.call?.subject)
                .map { "\(finding.questionnaire)/\($0)" }
        })
        for (theme, _, _) in part.scoredThemes {
            let statements = part.statements(theme)
            guard !statements.isEmpty else { continue }
            out += "<h4>\(HTMLText.inline(theme.title.text(labels.language)))</h4>\n"
            let options = statements.flatMap { $0.question.kind.options }
            let low = options.compactMap(\.value).min() ?? 1, high = options.compactMap(\.value).max() ?? 4
            let chart = SpreadChart(
                label: "\(theme.title.text(labels.language)): \(labels.spread.lowercased()) \(labels.statements.lowercased())",
                rows: statements.map { question, aggregate in
                    // A statement whose range may not be shown is drawn as one without answers.
                    SpreadChart.Row(
                        label: question.text.text(labels.language),
                        statistics: part.disclosure(aggregate).showsSpread ? aggregate.statistics : Statistics(),
                        highlight: differing.contains("\(part.questionnaire.id)/\(question.id)"))
                },
                scale: (low, high), labels: report,
                legend: (labels.rangeLegend, labels.mean.lowercased(), labels.differsLegend, labels.noAnswers))
            out += "<figure>\n\(chart.svg())\n</figure>\n"
            var table = HTMLTable(className: "statements", columns: [
                .init(labels.statement), .init(labels.answersColumn, numeric: true), .init(labels.meanShort, numeric: true),
                .init(labels.rangeShort, numeric: true), .init(labels.spread, numeric: true),
                .init(labels.notApplicable, numeric: true),
            ] + (part.questionnaire.offersUnknown ? [.init(labels.unknown, numeric: true)] : []))
            for (question, aggregate) in statements {
                var text = HTMLText.inline(question.text.text(labels.language))
                if question.kern { text += " <span class=\"kern\">(\(HTMLText.inline(report.coreStatement)))</span>" }
                let statistics = aggregate.statistics
                let disclosure = part.disclosure(aggregate)
                let counts = part.privacy.showsSpread(count: aggregate.answered)
                table.rows.append([
                    text, "\(statistics.count)",
                    disclosure.showsMean ? statistics.mean.map(labels.number) ?? "—" : labels.withheld,
                    disclosure.showsSpread ? labels.range(statistics) : labels.withheld,
                    disclosure.showsSpread && statistics.count > 1 ? statistics.standardDeviation.map(labels.number) ?? "—" : "—",
                    counts ? "\(part.notApplicable(question, aggregate))" : labels.withheld,
                ] + (part.questionnaire.offersUnknown ? [counts ? "\(part.unknown(question, aggregate))" : labels.withheld] : []))
            }
            out += table.html()
        }
        return out
    }

    /// The statement a disagreement fact is about, as `questionnaire/theme.question`; the
    /// fact reads `spread(theme.question) = …`.
    private func level(_ level: Level?, among levels: [Level]) -> String {
        guard let level else { return "—" }
        let colour = BandColour.of(level, among: levels)
        return "<span class=\"level \(colour.className)\">\(HTMLText.inline(level.label.text(labels.language)))</span>"
    }

    // MARK: Findings and notes

    private func findings(_ brief: PanelBrief) -> String {
        let list = HTMLFindings(
            labels: report, why: { report.reasons(of: $0, in: brief.questionnaires) }, explain: explain,
            place: { brief.place(of: $0, labels: report) })
        var out = "<section class=\"findings\">\n"
        out += "<h2>\(HTMLText.inline(labels.strengths))</h2>\n" + list.list(brief.findings(.strength), none: report.none(.strength))
        out += "<h2>\(HTMLText.inline(labels.developmentPoints))</h2>\n"
        out += list.list(brief.findings(.developmentPoint), none: report.none(.developmentPoint), numbered: true)
        out += "<h2>\(HTMLText.inline(labels.questions))</h2>\n"
        out += "<h3>\(HTMLText.inline(labels.differences))</h3>\n<p class=\"small\">\(HTMLText.inline(labels.differencesNote(brief.settings)))</p>\n"
        out += list.list(brief.differences, none: labels.noDifferences)
        out += "<h3>\(HTMLText.inline(labels.otherQuestionsHeading))</h3>\n" + list.list(brief.otherQuestions, none: labels.noQuestions)
        return out + "</section>\n"
    }

    private func notes(_ brief: PanelBrief) -> String {
        var out = "<section class=\"notes\">\n<h2>\(HTMLText.inline(labels.notes))</h2>\n"
        out += "<p class=\"small\">\(HTMLText.inline(labels.notesNote(brief.minimumGroup)))</p>\n"
        let noted = brief.parts.filter(\.hasNotes)
        if noted.isEmpty { out += "<p class=\"muted\">\(HTMLText.inline(labels.noNotes))</p>\n" }
        for part in noted {
            out += "<h3>\(HTMLText.inline(part.questionnaire.title.text(labels.language)))</h3>\n"
            for theme in part.questionnaire.themes {
                let items = part.notes(theme)
                guard !items.isEmpty else { continue }
                out += "<h4>\(HTMLText.inline(theme.title.text(labels.language)))</h4>\n<ul class=\"notes\">\n"
                for (question, notes) in items {
                    out += "<li>\(HTMLText.inline(question.text.text(labels.language)))<ul>"
                    for entry in notes {
                        out += "<li><span class=\"small\">\(HTMLText.inline(labels.noteHeading(entry, question: question))):</span> <span class=\"user-text\">\(HTMLText.lines(entry.text))</span>"
                        if let authors = brief.authors(of: entry, labels: report) {
                            out += " <span class=\"author\">— \(HTMLText.inline(authors))</span>"
                        }
                        out += "</li>"
                    }
                    out += "</ul></li>\n"
                }
                out += "</ul>\n"
            }
        }
        return out + "</section>\n"
    }
}
