public import Assessment
public import Questionnaire

/// The panel brief as a Markdown document: who answered, the board's scores per safeguard
/// and theme with the respondents' spread, per role where groups are large enough, change
/// and region, the statements, the findings and questions, and the notes without names.
///
/// Every text from a file is escaped with `MarkdownText`; the reasons' facts are code spans.
public struct PanelMarkdown: PanelRenderer {
    public var labels: PanelLabels
    /// Whether each finding shows the rules and expressions behind it (`--explain`).
    public var explain: Bool

    public init(language: String = "nl", set: QuestionnaireSet = .neutral, explain: Bool = false) {
        self.labels = PanelLabels(language: language, set: set)
        self.explain = explain
    }

    public func render(_ brief: PanelBrief) -> String {
        var out = header(brief)
        out += "> " + labels.conversationNote + "\n"
        if brief.organisations.count > 1 { out += "\n" + labels.severalBoards(brief.organisations) + "\n" }
        out += "\n" + whoAnswered(brief)
        guard !brief.parts.isEmpty else { return out + "\n" + labels.report.noQuestionnaires + "\n" }
        out += "\n" + overview(brief)
        if let kern = KernSection(brief, labels: labels) { out += "\n" + kern.markdown() }
        for part in brief.parts { out += "\n" + safeguard(part, brief: brief) }
        out += "\n## \(labels.strengths)\n\n" + list(brief.findings(.strength), brief: brief, none: labels.report.none(.strength))
        out += "\n## \(labels.developmentPoints)\n\n" + developmentPoints(brief)
        out += "\n## \(labels.questions)\n"
        out += "\n### \(labels.differences)\n\n" + MarkdownText.inline(labels.differencesNote(brief.settings)) + "\n\n"
        out += list(brief.differences, brief: brief, none: labels.noDifferences)
        out += "\n### \(labels.otherQuestionsHeading)\n\n" + list(brief.otherQuestions, brief: brief, none: labels.noQuestions)
        out += "\n## \(labels.notes)\n\n" + MarkdownText.inline(labels.notesNote(brief.minimumGroup)) + "\n"
        let noted = brief.parts.filter(\.hasNotes)
        if noted.isEmpty { out += "\n" + labels.noNotes + "\n" }
        for part in noted { out += notes(part, brief: brief) }
        return out
    }

    private func header(_ brief: PanelBrief) -> String {
        var out = "# \(labels.title): \(MarkdownText.inline(brief.boardName))\n\n"
        let fields: [(String, String)] = [
            (labels.board, MarkdownText.inline(brief.boardName)),
            (labels.respondentsLabel, labels.respondents(brief.respondents)),
            (labels.questionnaires, MarkdownText.inline(brief.questionnaires.map { "\($0.id) \($0.version)" }.joined(separator: ", "))),
            (labels.previous, labels.previousGiven(brief.hasPrevious)),
            (labels.regionLabel, labels.regionGiven(brief.benchmarkBoards, minimum: brief.minimumBoards)),
        ]
        for (label, value) in fields { out += "- **\(label):** \(value)\n" }
        return out + "\n"
    }

    // MARK: Who answered

    private func whoAnswered(_ brief: PanelBrief) -> String {
        var table = MarkdownTable(columns: [
            .init(labels.role), .init(labels.count, alignment: .right), .init(labels.shownApart),
        ])
        for role in brief.orderedRoles {
            table.rows.append([
                MarkdownText.cell(brief.roleLabel(role, labels: labels.report)), "\(brief.roles[role] ?? 0)",
                brief.isShown(role: role) ? labels.report.yes : labels.report.no,
            ])
        }
        table.rows.append(["**\(labels.total)**", "**\(brief.respondents)**", ""])
        return "## \(labels.whoAnswered)\n\n" + table.rendered() + "\n" + labels.minimumGroupNote(brief.minimumGroup) + "\n"
    }

    // MARK: Scores

    private var statisticsColumns: [MarkdownTable.Column] {
        [
            .init(labels.score, alignment: .right), .init(labels.level), .init(labels.respondentsColumn, alignment: .right),
            .init(labels.lowest, alignment: .right), .init(labels.highest, alignment: .right),
            .init(labels.spread, alignment: .right),
        ]
    }

    /// Score, level, count, lowest, highest and spread; the last three only when `disclosure` shows them.
    private func statisticsCells(
        score: Double?, level: Level?, method: ScoringMethod, _ statistics: Statistics, _ disclosure: Disclosure, extrapolated: Bool = false
    ) -> [String] {
        let spread = disclosure.showsSpread
        return [
            score.map { labels.report.number($0, method: method) + (extrapolated ? "\\*" : "") } ?? (disclosure.showsMean ? labels.noScore : labels.withheld),
            level.map { MarkdownText.cell($0.label.text(labels.language)) } ?? "—",
            "\(statistics.count)",
            spread ? statistics.min.map { labels.report.number($0, method: method) } ?? "—" : labels.withheld,
            spread ? statistics.max.map { labels.report.number($0, method: method) } ?? "—" : labels.withheld,
            spread && statistics.count > 1 ? statistics.standardDeviation.map(labels.number) ?? "—" : "—",
        ]
    }

    private func overview(_ brief: PanelBrief) -> String {
        var table = MarkdownTable(columns: [.init(labels.safeguard)] + statisticsColumns)
        let bands = OverviewBands(brief.parts.map(\.questionnaire))
        var notes: [String] = []
        for part in brief.parts {
            table.rows.append(
                [MarkdownText.cell(part.questionnaire.title.text(labels.language))]
                    + statisticsCells(
                        score: part.card.score, level: bands.level(part.card.score, of: part.questionnaire, own: part.card.level),
                        method: part.questionnaire.scoring.method, part.aggregate.safeguard.statistics,
                        part.disclosure(part.aggregate.safeguard), extrapolated: part.aggregate.safeguard.extrapolated > 0))
            if let note = labels.extrapolatedMean(part.aggregate.safeguard) {
                notes.append("*\(MarkdownText.inline(part.questionnaire.title.text(labels.language)))*: " + MarkdownText.inline(note))
            }
        }
        var out = "## \(labels.report.overview)\n\n" + table.rendered()
        if !notes.isEmpty { out += "\n" + notes.map { "- \($0)\n" }.joined() }
        out += "\n" + labels.statisticsNote(brief.minimumGroup) + "\n"
        if let note = labels.report.bandsNote(bands) { out += "\n" + MarkdownText.inline(note) + "\n" }
        return out
    }

    private func safeguard(_ part: PanelPart, brief: PanelBrief) -> String {
        let questionnaire = part.questionnaire
        var out = "## \(MarkdownText.inline(questionnaire.title.text(labels.language)))\n\n"
        out += "\(labels.safeguardScore): "
        out += part.card.score.map { "**\(labels.report.number($0, method: questionnaire.scoring.method))**" } ?? labels.noScore
        if part.card.score != nil, part.aggregate.safeguard.extrapolated > 0 { out += "\\*" }
        if let level = part.card.level { out += " — " + MarkdownText.inline(level.label.text(labels.language)) }
        out += " (\(MarkdownText.inline(labels.report.questionnaireVersion(questionnaire))))\n"
        if let note = labels.extrapolatedMean(part.aggregate.safeguard) { out += "\n" + MarkdownText.inline(note) + "\n" }
        out += "\n### \(labels.themes)\n\n" + themes(part)
        out += "\n### \(labels.perRole)\n\n" + perRole(part, brief: brief)
        if brief.hasPrevious { out += "\n### \(labels.change)\n\n" + changes(part) }
        if brief.benchmarkBoards > 0 { out += "\n### \(labels.region)\n\n" + region(part, brief: brief) }
        out += "\n### \(labels.statements)\n" + statements(part)
        return out
    }

    private func themes(_ part: PanelPart) -> String {
        var table = MarkdownTable(columns: [.init(labels.theme)] + statisticsColumns)
        var notes: [String] = []
        for (theme, score, aggregate) in part.scoredThemes {
            table.rows.append(
                [MarkdownText.cell(theme.title.text(labels.language))]
                    + statisticsCells(
                        score: score.score, level: score.level, method: score.method, aggregate.statistics, part.disclosure(aggregate),
                        extrapolated: aggregate.extrapolated > 0))
            if let note = labels.extrapolatedMean(aggregate) {
                notes.append("*\(MarkdownText.inline(theme.title.text(labels.language)))*: " + MarkdownText.inline(note))
            }
        }
        return table.rendered() + (notes.isEmpty ? "" : "\n" + notes.map { "- \($0)\n" }.joined())
    }

    private func perRole(_ part: PanelPart, brief: PanelBrief) -> String {
        let roles = brief.shownRoles
        guard !roles.isEmpty else { return labels.noRoleShown(brief.minimumGroup) + "\n" }
        var table = MarkdownTable(columns: [.init(labels.theme)] + roles.map { role in
            .init(MarkdownText.cell(labels.roleWithCount(brief.roleLabel(role, labels: labels.report), brief.roles[role] ?? 0)), alignment: .right)
        })
        var rows = [(MarkdownText.cell(labels.safeguardScore), part.aggregate.safeguard, part.questionnaire.scoring.method)]
        rows += part.scoredThemes.map { (MarkdownText.cell($0.theme.title.text(labels.language)), $0.aggregate, $0.score.method) }
        for (name, aggregate, method) in rows {
            let disclosure = part.disclosure(aggregate)
            table.rows.append([name] + roles.map { role in
                guard disclosure.shows(role: role) else { return labels.withheld }
                return aggregate.byRole[role]?.mean.map { labels.report.number($0, method: method) } ?? "—"
            })
        }
        return table.rendered()
    }

    private func changes(_ part: PanelPart) -> String {
        guard !part.changes.isEmpty else { return labels.noPreviousPart + "\n" }
        var table = MarkdownTable(columns: [
            .init(labels.theme), .init(labels.before, alignment: .right), .init(labels.now, alignment: .right),
            .init(labels.difference, alignment: .right),
        ])
        var incomparable = false
        for (theme, _, _) in part.scoredThemes {
            guard let change = part.change(theme.id) else { continue }
            incomparable = incomparable || !change.comparable
            table.rows.append([
                MarkdownText.cell(theme.title.text(labels.language)),
                change.before.map(labels.number) ?? "—",
                change.now.map(labels.number) ?? "—",
                change.comparable ? change.delta.map(labels.delta) ?? "—" : "*\(labels.notComparable)*",
            ])
        }
        var out = table.rendered() + "\n" + labels.changeNote + "\n"
        if incomparable { out += "\n" + labels.notComparableNote + "\n" }
        return out
    }

    private func region(_ part: PanelPart, brief: PanelBrief) -> String {
        guard brief.showsRegion else {
            return labels.regionTooFew(brief.benchmarkBoards, minimum: brief.minimumBoards).capitalisedFirst + ".\n"
        }
        var table = MarkdownTable(columns: [
            .init(labels.theme), .init(labels.boardColumn, alignment: .right), .init(labels.regionMean, alignment: .right),
            .init(labels.regionSpread, alignment: .right), .init(labels.boardsColumn, alignment: .right),
        ])
        for (theme, score, _) in part.scoredThemes {
            let region = part.region[theme.id]
            table.rows.append([
                MarkdownText.cell(theme.title.text(labels.language)),
                score.score.map(labels.number) ?? "—",
                region.map { labels.number($0.mean) } ?? "—",
                region?.standardDeviation.map(labels.number) ?? "—",
                "\(region?.boards ?? 0)",
            ])
        }
        return table.rendered() + "\n" + labels.regionNote(brief.minimumBoards) + "\n"
    }

    private func statements(_ part: PanelPart) -> String {
        var out = ""
        for (theme, _, _) in part.scoredThemes {
            let statements = part.statements(theme)
            guard !statements.isEmpty else { continue }
            out += "\n#### \(MarkdownText.inline(theme.title.text(labels.language)))\n\n"
            var table = MarkdownTable(columns: [
                .init(labels.statement), .init(labels.answersColumn, alignment: .right), .init(labels.meanShort, alignment: .right),
                .init(labels.rangeShort, alignment: .right), .init(labels.spread, alignment: .right),
                .init(labels.notApplicable, alignment: .right),
            ] + (part.questionnaire.offersUnknown ? [.init(labels.unknown, alignment: .right)] : []))
            for (question, aggregate) in statements {
                var text = MarkdownText.cell(question.text.text(labels.language))
                if question.kern { text += " *(\(labels.report.coreStatement))*" }
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
            out += table.rendered()
        }
        return out
    }

    // MARK: Findings

    private func list(_ found: [Finding], brief: PanelBrief, none: String) -> String {
        guard !found.isEmpty else { return none + "\n" }
        var out = ""
        for finding in found {
            out += "- **\(MarkdownText.inline(finding.title.text(labels.language)))**\n"
            out += "  - *\(MarkdownText.inline(brief.place(of: finding, labels: labels.report)))*\n"
            if let text = finding.text { out += "  - " + MarkdownText.inline(text.text(labels.language)) + "\n" }
            out += why(finding, brief: brief, prefix: "  - \(labels.why): ")
        }
        return out
    }

    private func developmentPoints(_ brief: PanelBrief) -> String {
        let found = brief.findings(.developmentPoint)
        guard !found.isEmpty else { return labels.report.none(.developmentPoint) + "\n" }
        var out = ""
        for (index, finding) in found.enumerated() {
            if index > 0 { out += "\n" }
            out += "### \(index + 1). \(MarkdownText.inline(finding.title.text(labels.language)))\n\n"
            var place = brief.place(of: finding, labels: labels.report)
            if let priority = finding.priority {
                place = "\(labels.report.priority) \(labels.report.priority(priority)) · " + place
            }
            out += "*\(MarkdownText.inline(place.capitalisedFirst))*\n"
            if let text = finding.text {
                out += "\n" + MarkdownText.lines(text.text(labels.language), separator: "\n\n") + "\n"
            }
            if !finding.actions.isEmpty {
                out += "\n**\(labels.actions)**\n\n"
                for action in finding.actions { out += "- " + MarkdownText.inline(action.text(labels.language)) + "\n" }
            }
            out += "\n" + why(finding, brief: brief, prefix: "**\(labels.why):** ")
        }
        return out
    }

    /// Why a finding arose in sentences, then with `--explain` its rules and expressions as code.
    private func why(_ finding: Finding, brief: PanelBrief, prefix: String) -> String {
        var out = ""
        let sentences = labels.report.reasons(of: finding, in: brief.questionnaires)
        if !sentences.isEmpty { out += prefix + MarkdownText.inline(sentences.joined(separator: " ")) + "\n" }
        if explain {
            for reason in finding.reasons {
                out += "  - " + MarkdownText.inline(labels.rule(reason.rule))
                    + (reason.expressions.isEmpty ? "" : ": " + reason.expressions.map(MarkdownText.code).joined(separator: ", ")) + "\n"
            }
        }
        return out
    }

    // MARK: Notes

    private func notes(_ part: PanelPart, brief: PanelBrief) -> String {
        var out = "\n### \(MarkdownText.inline(part.questionnaire.title.text(labels.language)))\n"
        for theme in part.questionnaire.themes {
            let noted = part.notes(theme)
            guard !noted.isEmpty else { continue }
            out += "\n#### \(MarkdownText.inline(theme.title.text(labels.language)))\n\n"
            for (question, notes) in noted {
                out += "- \(MarkdownText.inline(question.text.text(labels.language)))\n"
                for entry in notes {
                    out += "  - \(MarkdownText.inline(labels.noteHeading(entry, question: question))): " + MarkdownText.inline(entry.text)
                    if let authors = brief.authors(of: entry, labels: labels.report) { out += " — *\(MarkdownText.inline(authors))*" }
                    out += "\n"
                }
            }
        }
        return out
    }
}
