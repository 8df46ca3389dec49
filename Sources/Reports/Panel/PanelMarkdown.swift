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
        render(brief, plan: nil)
    }

    /// The brief: the first page (who answered, the safeguards at a glance, the
    /// speerpunten), the questions for the panel, the plan van aanpak when one is given,
    /// per safeguard its themes and development points, then the appendices.
    public func render(_ brief: PanelBrief, plan: ActionPlan?) -> String {
        var out = header(brief)
        out += "> " + labels.conversationNote + "\n"
        if brief.organisations.count > 1 { out += "\n" + labels.severalBoards(brief.organisations) + "\n" }
        guard !brief.parts.isEmpty else {
            return out + "\n" + labels.report.noQuestionnaires + "\n\n" + anchor(PanelLabels.Anchor.about)
                + "## \(labels.aboutBrief)\n\n" + whoAnswered(brief)
        }
        let agenda = PanelAgenda(brief)
        let selection = FindingSelection(agenda.developmentPoints, limits: FindingLimits())
        out += "\n" + contents(brief, plan: plan, agenda: agenda, selection: selection)
        out += "\n" + anchor(PanelLabels.Anchor.overview) + overview(brief)
        out += "\n" + anchor(PanelLabels.Anchor.speerpunten) + "## \(labels.speerpunten)\n\n" + speerpunten(agenda, brief: brief)
        out += "\n" + anchor(PanelLabels.Anchor.questions) + "## \(labels.panelQuestions)\n\n" + questions(agenda, brief: brief)
        if let plan {
            out += "\n" + anchor(PanelLabels.Anchor.plan) + "## \(labels.planHeading)\n\n" + planOverview(plan, agenda: agenda, brief: brief)
        }
        for part in brief.parts { out += "\n" + safeguard(part, brief: brief, agenda: agenda, selection: selection) }

        out += "\n" + anchor(PanelLabels.Anchor.appendices) + "## \(labels.appendices)\n"
        var letters = Self.letters.makeIterator()
        if let kern = KernSection(brief, labels: labels) {
            out += "\n" + anchor(PanelLabels.Anchor.kern) + "### \(labels.appendix(letters.next()!, labels.kernHeading))\n"
            out += kern.markdown().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        }
        out += "\n" + anchor(PanelLabels.Anchor.statements) + "### \(labels.appendix(letters.next()!, labels.allStatements))\n"
        for part in brief.parts { out += "\n#### \(MarkdownText.inline(part.questionnaire.title.text(labels.language)))\n" + statements(part) }
        out += "\n" + anchor(PanelLabels.Anchor.notes) + "### \(labels.appendix(letters.next()!, labels.notes))\n\n"
        out += MarkdownText.inline(labels.notesNote(brief.minimumGroup)) + "\n"
        let noted = brief.parts.filter(\.hasNotes)
        if noted.isEmpty { out += "\n" + labels.noNotes + "\n" }
        for part in noted { out += notes(part, brief: brief) }
        if !selection.more.isEmpty || !agenda.moreQuestions.isEmpty {
            out += "\n" + anchor(PanelLabels.Anchor.more) + "### \(labels.appendix(letters.next()!, labels.moreFindings))\n"
            if !selection.more.isEmpty {
                out += "\n#### \(labels.developmentPoints)\n\n" + developmentPoints(selection.more[...], agenda: agenda, brief: brief)
            }
            if !agenda.moreQuestions.isEmpty {
                out += "\n#### \(labels.panelQuestions)\n\n" + questionList(agenda.moreQuestions, agenda: agenda, brief: brief)
            }
        }
        if let plan {
            out += "\n" + anchor(PanelLabels.Anchor.fullPlan) + "### \(labels.appendix(letters.next()!, labels.fullPlan))\n\n"
            let questionnaires = brief.questionnaires
            out += PlanMarkdown(language: labels.language, set: labels.report.set).render(plan, questionnaires: questionnaires)
                .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).map { line in
                    line.hasPrefix("#") ? "###" + line : String(line)
                }.joined(separator: "\n")
        }
        out += "\n" + anchor(PanelLabels.Anchor.about) + "### \(labels.appendix(letters.next()!, labels.aboutBrief))\n\n" + whoAnswered(brief)
        return out
    }

    static let letters = "ABCDEFGHIJ"

    /// An anchor a link in the contents or on the first page points to.
    private func anchor(_ id: String) -> String { "<a id=\"\(id)\"></a>\n\n" }

    // MARK: Contents and the first page

    private func contents(_ brief: PanelBrief, plan: ActionPlan?, agenda: PanelAgenda, selection: FindingSelection) -> String {
        typealias Anchor = PanelLabels.Anchor
        var items: [(String, String)] = [
            (labels.atAGlance, Anchor.overview), (labels.speerpunten, Anchor.speerpunten), (labels.panelQuestions, Anchor.questions),
        ]
        if plan != nil { items.append((labels.planHeading, Anchor.plan)) }
        items += brief.parts.map { ($0.questionnaire.title.text(labels.language), Anchor.safeguard($0.questionnaire)) }
        var out = "## \(labels.contents)\n\n"
        for (index, item) in items.enumerated() { out += "\(index + 1). [\(MarkdownText.inline(item.0))](#\(item.1))\n" }
        var letters = Self.letters.makeIterator()
        var appendices: [(String, String)] = []
        if KernSection(brief, labels: labels) != nil { appendices.append((labels.kernHeading, Anchor.kern)) }
        appendices += [(labels.allStatements, Anchor.statements), (labels.notes, Anchor.notes)]
        if !selection.more.isEmpty || !agenda.moreQuestions.isEmpty { appendices.append((labels.moreFindings, Anchor.more)) }
        if plan != nil { appendices.append((labels.fullPlan, Anchor.fullPlan)) }
        appendices.append((labels.aboutBrief, Anchor.about))
        out += "\n**[\(labels.appendices)](#\(Anchor.appendices))**: "
        out += appendices.map { "[\(labels.appendix(letters.next()!, $0.0))](#\($0.1))" }.joined(separator: " · ") + "\n"
        return out
    }

    private func speerpunten(_ agenda: PanelAgenda, brief: PanelBrief) -> String {
        guard !agenda.speerpunten.isEmpty else { return labels.noSpeerpunten + "\n" }
        var out = MarkdownText.inline(labels.speerpuntenNote) + "\n\n"
        for (index, item) in agenda.speerpunten.enumerated() {
            let link = speerpuntLink(item, agenda: agenda)
            out += "\(index + 1). **[\(MarkdownText.inline(item.finding.title.text(labels.language)))](#\(link))** — "
            out +=
                "*\(MarkdownText.inline(labels.source(item.source)) + " · " + MarkdownText.inline(brief.place(of: item.finding, labels: labels.report)))*"
            let why = labels.oneLine(item, in: brief)
            if !why.isEmpty { out += ". " + MarkdownText.inline(why) }
            out += "\n"
        }
        return out
    }

    private func speerpuntLink(_ item: PanelAgenda.Speerpunt, agenda: PanelAgenda) -> String {
        if let number = agenda.number(ofDevelopmentPoint: item.finding) { return PanelLabels.Anchor.developmentPoint(number) }
        if let number = agenda.number(ofQuestion: item.finding) { return PanelLabels.Anchor.question(number) }
        return PanelLabels.Anchor.questions
    }

    // MARK: Questions and the plan

    private func questions(_ agenda: PanelAgenda, brief: PanelBrief) -> String {
        guard !agenda.questions.isEmpty else { return labels.noQuestions + "\n" }
        var out = MarkdownText.inline(labels.questionsNote) + "\n\n" + questionList(agenda.shownQuestions, agenda: agenda, brief: brief)
        if !agenda.moreQuestions.isEmpty { out += "\n" + labels.moreQuestionsPointer(agenda.moreQuestions.count) + "\n" }
        return out
    }

    private func questionList(_ questions: ArraySlice<Finding>, agenda: PanelAgenda, brief: PanelBrief) -> String {
        var out = ""
        for question in questions {
            let number = agenda.number(ofQuestion: question) ?? 0
            out +=
                "\(number). <a id=\"\(PanelLabels.Anchor.question(number))\"></a>**\(MarkdownText.inline(question.title.text(labels.language)))**\n"
            out += "   - *\(MarkdownText.inline(brief.place(of: question, labels: labels.report)))*\n"
            let statements = brief.statements(behind: question, language: labels.language)
            if !statements.isEmpty {
                out += "   - \(labels.about): " + statements.map { "‘\(MarkdownText.inline($0))’" }.joined(separator: "; ") + "\n"
            }
            if let text = question.text { out += "   - " + MarkdownText.inline(text.text(labels.language)) + "\n" }
            if let point = agenda.developmentPoint(of: question) {
                // Its reasons are the development point's: a link says more than repeating them.
                out += "   - [\(labels.belongsTo(developmentPoint: point))](#\(PanelLabels.Anchor.developmentPoint(point)))\n"
            } else if question.text == nil {
                // A question's own text already says why; the reasons stay in JSON and `--explain`.
                out += why(question, brief: brief, prefix: "   - \(labels.why): ")
            }
        }
        return out
    }

    private func planOverview(_ plan: ActionPlan, agenda: PanelAgenda, brief: PanelBrief) -> String {
        let planLabels = PlanLabels(language: labels.language, set: labels.report.set)
        var out = MarkdownText.inline(labels.planOverviewNote) + "\n\n"
        let sections = PlanSection.sections(of: plan, questionnaires: brief.questionnaires, labels: planLabels)
        for section in sections {
            out += "**\(MarkdownText.inline(section.heading))**\n\n"
            for entry in section.entries {
                let line = labels.planOverviewLine(entry, planLabels)
                out += "- **\(MarkdownText.inline(entry.title))** (\(MarkdownText.inline(line.tags))): "
                out += line.goal.map(MarkdownText.inline) ?? "*\(labels.goalMissing)*"
                out += " — " + MarkdownText.inline(line.tail) + "\n"
            }
            out += "\n"
        }
        out += "**\(labels.planOpenHeading)**\n\n"
        let open = agenda.planQuestions
        if open.isEmpty { return out + labels.planNothingOpen + "\n" }
        for question in open {
            let number = agenda.number(ofQuestion: question) ?? 0
            out += "- [\(MarkdownText.inline(question.title.text(labels.language)))](#\(PanelLabels.Anchor.question(number)))\n"
        }
        return out
    }

    private func header(_ brief: PanelBrief) -> String {
        var out = "# \(labels.title): \(MarkdownText.inline(brief.boardName))\n\n"
        let fields: [(String, String)] = [
            (labels.board, MarkdownText.inline(brief.boardName)),
            (labels.respondentsLabel, MarkdownText.inline(labels.whoAnsweredLine(brief))),
            (labels.questionnaires, MarkdownText.inline(labels.questionnaireList(brief.questionnaires))),
            (labels.previous, labels.previousGiven(brief.hasPrevious)),
            (labels.regionLabel, labels.regionGiven(brief.benchmarkBoards, minimum: brief.minimumBoards)),
        ]
        for (label, value) in fields { out += "- **\(label):** \(value)\n" }
        return out + "\n" + MarkdownText.inline(labels.privacyPointer) + "\n\n"
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
        return table.rendered() + "\n" + labels.minimumGroupNote(brief.minimumGroup) + "\n\n" + labels.statisticsNote(brief.minimumGroup) + "\n"
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
            score.map { labels.report.number($0, method: method) + (extrapolated ? "\\*" : "") }
                ?? (disclosure.showsMean ? labels.noScore : labels.withheld),
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
        var out = "## \(labels.atAGlance)\n\n" + table.rendered()
        if !notes.isEmpty { out += "\n" + notes.map { "- \($0)\n" }.joined() }
        if brief.hasPrevious {
            out += "\n" + labels.changeNote
            if brief.parts.contains(where: { $0.changes.contains { !$0.comparable } }) { out += " " + labels.notComparableNote }
            out += "\n"
        }
        if let note = labels.report.bandsNote(bands) { out += "\n" + MarkdownText.inline(note) + "\n" }
        return out
    }

    private func safeguard(_ part: PanelPart, brief: PanelBrief, agenda: PanelAgenda, selection: FindingSelection) -> String {
        let questionnaire = part.questionnaire
        var out = anchor(PanelLabels.Anchor.safeguard(questionnaire)) + "## \(MarkdownText.inline(questionnaire.title.text(labels.language)))\n\n"
        out += "\(labels.safeguardScore): "
        out += part.card.score.map { "**\(labels.report.number($0, method: questionnaire.scoring.method))**" } ?? labels.noScore
        if part.card.score != nil, part.aggregate.safeguard.extrapolated > 0 { out += "\\*" }
        if let level = part.card.level { out += " — " + MarkdownText.inline(level.label.text(labels.language)) }
        out += " (\(MarkdownText.inline(labels.report.questionnaireVersion(questionnaire))))\n"
        if let note = labels.extrapolatedMean(part.aggregate.safeguard) { out += "\n" + MarkdownText.inline(note) + "\n" }
        out += "\n### \(labels.themes)\n\n" + themes(part, previous: brief.hasPrevious, consensus: brief.hasConsensus)
        if !brief.shownRoles.isEmpty { out += "\n### \(labels.perRole)\n\n" + perRole(part, brief: brief) }
        if brief.benchmarkBoards > 0 { out += "\n### \(labels.region)\n\n" + region(part, brief: brief) }
        let points = selection.shown.filter { $0.questionnaire == questionnaire.id }
        if !points.isEmpty { out += "\n### \(labels.developmentPoints)\n\n" + developmentPoints(points[...], agenda: agenda, brief: brief) }
        let more = selection.more.filter { $0.questionnaire == questionnaire.id }.count
        if more > 0 { out += "\n" + labels.moreDevelopmentPointsPointer(more) + "\n" }
        let strengths = brief.findings(.strength).filter { $0.questionnaire == questionnaire.id }
        if !strengths.isEmpty {
            out += "\n### \(labels.strengths)\n\n" + strengths.map { "- " + MarkdownText.inline($0.title.text(labels.language)) + "\n" }.joined()
        }
        return out
    }

    /// The themes' figures, with the score last time and the difference when an earlier
    /// self-assessment was given.
    private func themes(_ part: PanelPart, previous: Bool, consensus: Bool) -> String {
        let change = labels.changeColumns
        var table = MarkdownTable(
            columns: [.init(labels.theme)] + statisticsColumns
                + (consensus ? [.init(labels.consensusColumn, alignment: .right)] : [])
                + (previous ? [.init(change.before, alignment: .right), .init(change.delta, alignment: .right)] : []))
        var notes: [String] = []
        for (theme, score, aggregate) in part.scoredThemes {
            var changeCells: [String] = []
            if previous {
                let change = part.change(theme.id)
                changeCells = [
                    change?.before.map(labels.number) ?? "—",
                    change.map { $0.comparable ? $0.delta.map(labels.delta) ?? "—" : "*\(labels.notComparable)*" } ?? "—",
                ]
            }
            table.rows.append(
                [MarkdownText.cell(theme.title.text(labels.language))]
                    + statisticsCells(
                        score: score.score, level: score.level, method: score.method, aggregate.statistics, part.disclosure(aggregate),
                        extrapolated: aggregate.extrapolated > 0)
                    + (consensus ? [part.consensus[theme.id].map(labels.number) ?? "—"] : []) + changeCells)
            if let note = labels.extrapolatedMean(aggregate) {
                notes.append("*\(MarkdownText.inline(theme.title.text(labels.language)))*: " + MarkdownText.inline(note))
            }
        }
        return table.rendered() + (notes.isEmpty ? "" : "\n" + notes.map { "- \($0)\n" }.joined())
    }

    private func perRole(_ part: PanelPart, brief: PanelBrief) -> String {
        let roles = brief.shownRoles
        guard !roles.isEmpty else { return labels.noRoleShown(brief.minimumGroup) + "\n" }
        var table = MarkdownTable(
            columns: [.init(labels.theme)]
                + roles.map { role in
                    .init(
                        MarkdownText.cell(labels.roleWithCount(brief.roleLabel(role, labels: labels.report), brief.roles[role] ?? 0)),
                        alignment: .right)
                })
        var rows = [(MarkdownText.cell(labels.safeguardScore), part.aggregate.safeguard, part.questionnaire.scoring.method)]
        rows += part.scoredThemes.map { (MarkdownText.cell($0.theme.title.text(labels.language)), $0.aggregate, $0.score.method) }
        for (name, aggregate, method) in rows {
            let disclosure = part.disclosure(aggregate)
            table.rows.append(
                [name]
                    + roles.map { role in
                        guard disclosure.shows(role: role) else { return labels.withheld }
                        return aggregate.byRole[role]?.mean.map { labels.report.number($0, method: method) } ?? "—"
                    })
        }
        return table.rendered()
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
            out += "\n##### \(MarkdownText.inline(theme.title.text(labels.language)))\n\n"
            var table = MarkdownTable(
                columns: [
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
                table.rows.append(
                    [
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

    private func developmentPoints(_ found: ArraySlice<Finding>, agenda: PanelAgenda, brief: PanelBrief) -> String {
        var out = ""
        for (index, finding) in found.enumerated() {
            if index > 0 { out += "\n" }
            let number = agenda.number(ofDevelopmentPoint: finding) ?? index + 1
            out +=
                "<a id=\"\(PanelLabels.Anchor.developmentPoint(number))\"></a>**\(number). \(MarkdownText.inline(finding.title.text(labels.language)))**\n\n"
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
                out +=
                    "  - " + MarkdownText.inline(labels.rule(reason.rule))
                    + (reason.expressions.isEmpty ? "" : ": " + reason.expressions.map(MarkdownText.code).joined(separator: ", ")) + "\n"
            }
        }
        return out
    }

    // MARK: Notes

    private func notes(_ part: PanelPart, brief: PanelBrief) -> String {
        var out = "\n#### \(MarkdownText.inline(part.questionnaire.title.text(labels.language)))\n"
        for theme in part.questionnaire.themes {
            let noted = part.notes(theme)
            guard !noted.isEmpty else { continue }
            out += "\n##### \(MarkdownText.inline(theme.title.text(labels.language)))\n\n"
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
