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

    /// The brief: the first page (who answered, the speerpunten, the safeguards at a
    /// glance), the questions for the panel, the plan van aanpak when one is given, per
    /// safeguard its themes and development points, then the appendices, each on a new
    /// page when printed.
    public func render(_ brief: PanelBrief, plan: ActionPlan?) -> String {
        typealias Anchor = PanelLabels.Anchor
        var out = "<h1>\(HTMLText.inline(labels.title)): \(HTMLText.inline(brief.boardName))</h1>\n"
        let fields: [(String, String)] = [
            (labels.board, brief.boardName),
            (labels.respondentsLabel, labels.whoAnsweredLine(brief)),
            (labels.questionnaires, labels.questionnaireList(brief.questionnaires)),
            (labels.previous, labels.previousGiven(brief.hasPrevious)),
            (labels.regionLabel, labels.regionGiven(brief.benchmarkBoards, minimum: brief.minimumBoards)),
        ]
        out += "<dl class=\"meta\">\n" + fields.map { "<dt>\(HTMLText.inline($0.0))</dt><dd>\(HTMLText.inline($0.1))</dd>\n" }.joined() + "</dl>\n"
        out += "<p class=\"lead\">\(HTMLText.inline(labels.conversationNote)) \(HTMLText.inline(labels.privacyPointer))</p>\n"
        if brief.organisations.count > 1 { out += "<p><strong>\(HTMLText.inline(labels.severalBoards(brief.organisations)))</strong></p>\n" }
        guard !brief.parts.isEmpty else {
            out += "<p>\(HTMLText.inline(report.noQuestionnaires))</p>\n"
            out +=
                "<section class=\"about\">\n<h2 id=\"\(Anchor.about)\">\(HTMLText.inline(labels.aboutBrief))</h2>\n" + whoAnswered(brief)
                + "</section>\n"
            return HTMLPage.document(language: labels.language, title: "\(labels.title): \(brief.boardName)", body: out)
        }
        let agenda = PanelAgenda(brief)
        let selection = FindingSelection(agenda.developmentPoints, limits: FindingLimits())
        let appendices = self.appendices(brief, plan: plan, agenda: agenda, selection: selection)
        out += contents(brief, plan: plan, appendices: appendices)
        out += "<section class=\"front\">\n" + overview(brief)
        out += "<h2 id=\"\(Anchor.speerpunten)\">\(HTMLText.inline(labels.speerpunten))</h2>\n" + speerpunten(agenda, brief: brief) + "</section>\n"
        out +=
            "<section class=\"questions\">\n<h2 id=\"\(Anchor.questions)\">\(HTMLText.inline(labels.panelQuestions))</h2>\n"
            + questions(agenda, brief: brief) + "</section>\n"
        if let plan { out += planOverview(plan, agenda: agenda, brief: brief) }
        for part in brief.parts { out += safeguard(part, brief: brief, agenda: agenda, selection: selection) }
        out += "<h2 id=\"\(Anchor.appendices)\" class=\"appendices\">\(HTMLText.inline(labels.appendices))</h2>\n"
        for appendix in appendices { out += appendix.html }
        return HTMLPage.document(
            language: labels.language, title: "\(labels.title): \(brief.boardName)", body: out,
            extraStyle: (plan == nil ? "" : PlanHTML.style) + Self.style)
    }

    /// The brief's own additions to the shared sheet: a first page, appendices on a new page.
    static let style = """
        nav.toc { font-size: .9rem; margin: 0 0 1rem; }
        nav.toc ol { margin: .2rem 0; padding-left: 1.4rem; columns: 2; column-gap: 2rem; }
        nav.toc p { margin: .2rem 0; }
        ol.speerpunten { padding-left: 1.4rem; }
        ol.speerpunten > li { margin: 0 0 .55rem; }
        ol.speerpunten .title { font-weight: 600; }
        ol.speerpunten .place { font-size: .85rem; color: \(HTMLStyle.muted); }
        ul.plan-overview > li { margin: 0 0 .4rem; }
        h2.appendices { break-before: page; }
        section.appendix + section.appendix { break-before: page; }
        @page wide { size: A4 landscape; }
        section.appendix.wide { page: wide; }
        @media print {
          @page { size: A4 portrait; margin: 12mm 12mm; }
          section.questions { break-before: page; }
          section.safeguard { break-before: auto; }
          h1 { margin-bottom: .5rem; }
          h2 { margin-top: 1.4rem; }
          section.front h2 { margin-top: 1rem; }
          section.front figure svg { max-width: 26rem; }
          section.safeguard figure svg { max-width: 32rem; }
          section.front table { margin-bottom: .4rem; }
          section.front p.small { margin: .2rem 0; }
          .findings > li { margin-bottom: .6rem; }
        }

        """

    /// One appendix: its anchor, title and content.
    private struct Appendix {
        var anchor: String
        var title: String
        var html: String
    }

    private func appendices(_ brief: PanelBrief, plan: ActionPlan?, agenda: PanelAgenda, selection: FindingSelection) -> [Appendix] {
        typealias Anchor = PanelLabels.Anchor
        var parts: [(String, String, String)] = []
        if let kern = KernSection(brief, labels: labels) { parts.append((Anchor.kern, labels.kernHeading, kern.html(heading: false))) }
        parts.append(
            (
                Anchor.statements, labels.allStatements,
                brief.parts.map { part in
                    "<h3>\(HTMLText.inline(part.questionnaire.title.text(labels.language)))</h3>\n" + statements(part, brief: brief)
                }.joined()
            ))
        parts.append((Anchor.notes, labels.notes, notes(brief)))
        if !selection.more.isEmpty || !agenda.moreQuestions.isEmpty {
            var html = ""
            if !selection.more.isEmpty {
                html += "<h3>\(HTMLText.inline(labels.developmentPoints))</h3>\n" + developmentPoints(selection.more, agenda: agenda, brief: brief)
            }
            if !agenda.moreQuestions.isEmpty {
                html +=
                    "<h3>\(HTMLText.inline(labels.panelQuestions))</h3>\n" + questionList(Array(agenda.moreQuestions), agenda: agenda, brief: brief)
            }
            parts.append((Anchor.more, labels.moreFindings, html))
        }
        if let plan {
            parts.append(
                (
                    Anchor.fullPlan, labels.fullPlan,
                    PlanHTML(language: labels.language, set: report.set).tables(plan, questionnaires: brief.questionnaires)
                ))
        }
        parts.append((Anchor.about, labels.aboutBrief, whoAnswered(brief)))
        var letters = PanelMarkdown.letters.makeIterator()
        return parts.map { anchor, title, html in
            let heading = labels.appendix(letters.next()!, title)
            // The full plan's wide table prints on a landscape page of its own.
            let wide = anchor == Anchor.fullPlan ? " wide" : ""
            return Appendix(
                anchor: anchor, title: heading,
                html: "<section class=\"appendix\(wide)\">\n<h2 id=\"\(anchor)\">\(HTMLText.inline(heading))</h2>\n" + html + "</section>\n")
        }
    }

    private func contents(_ brief: PanelBrief, plan: ActionPlan?, appendices: [Appendix]) -> String {
        typealias Anchor = PanelLabels.Anchor
        var items: [(String, String)] = [
            (labels.atAGlance, Anchor.overview), (labels.speerpunten, Anchor.speerpunten), (labels.panelQuestions, Anchor.questions),
        ]
        if plan != nil { items.append((labels.planHeading, Anchor.plan)) }
        items += brief.parts.map { ($0.questionnaire.title.text(labels.language), Anchor.safeguard($0.questionnaire)) }
        var out = "<nav class=\"toc\" aria-labelledby=\"toc\">\n<p id=\"toc\"><strong>\(HTMLText.inline(labels.contents))</strong></p>\n<ol>"
        out += items.map { "<li><a href=\"#\(HTMLText.escaped($0.1))\">\(HTMLText.inline($0.0))</a></li>" }.joined() + "</ol>\n"
        out += "<p><a href=\"#\(Anchor.appendices)\">\(HTMLText.inline(labels.appendices))</a>: "
        out += appendices.map { "<a href=\"#\($0.anchor)\">\(HTMLText.inline($0.title))</a>" }.joined(separator: " · ") + "</p>\n</nav>\n"
        return out
    }

    private func speerpunten(_ agenda: PanelAgenda, brief: PanelBrief) -> String {
        guard !agenda.speerpunten.isEmpty else { return "<p class=\"muted\">\(HTMLText.inline(labels.noSpeerpunten))</p>\n" }
        var out = "<p class=\"small\">\(HTMLText.inline(labels.speerpuntenNote))</p>\n<ol class=\"speerpunten\">\n"
        for item in agenda.speerpunten {
            let link =
                agenda.number(ofDevelopmentPoint: item.finding).map(PanelLabels.Anchor.developmentPoint)
                ?? agenda.number(ofQuestion: item.finding).map(PanelLabels.Anchor.question) ?? PanelLabels.Anchor.questions
            out += "<li><a class=\"title\" href=\"#\(link)\">\(HTMLText.inline(item.finding.title.text(labels.language)))</a>"
            out +=
                " <span class=\"place\">— \(HTMLText.inline(labels.source(item.source) + " · " + brief.place(of: item.finding, labels: report)))</span>"
            let why = labels.oneLine(item, in: brief)
            if !why.isEmpty { out += "<br>\(HTMLText.inline(why))" }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    // MARK: Questions and the plan

    private var findingList: HTMLFindings {
        HTMLFindings(labels: report, why: { _ in [] }, explain: explain, place: { _ in "" })
    }

    private func questions(_ agenda: PanelAgenda, brief: PanelBrief) -> String {
        guard !agenda.questions.isEmpty else { return "<p class=\"muted\">\(HTMLText.inline(labels.noQuestions))</p>\n" }
        var out =
            "<p class=\"small\">\(HTMLText.inline(labels.questionsNote))</p>\n"
            + questionList(Array(agenda.shownQuestions), agenda: agenda, brief: brief)
        if !agenda.moreQuestions.isEmpty {
            out +=
                "<p class=\"small\"><a href=\"#\(PanelLabels.Anchor.more)\">\(HTMLText.inline(labels.moreQuestionsPointer(agenda.moreQuestions.count)))</a></p>\n"
        }
        return out
    }

    private func questionList(_ questions: [Finding], agenda: PanelAgenda, brief: PanelBrief) -> String {
        let list = HTMLFindings(
            labels: report, why: { report.reasons(of: $0, in: brief.questionnaires) }, explain: explain,
            place: { question in
                let statements = brief.statements(behind: question, language: labels.language)
                return brief.place(of: question, labels: report)
                    + (statements.isEmpty ? "" : " — \(labels.about): " + statements.map { "‘\($0)’" }.joined(separator: "; "))
            },
            anchor: { agenda.number(ofQuestion: $0).map(PanelLabels.Anchor.question) },
            number: { agenda.number(ofQuestion: $0) },
            instead: { question in
                agenda.developmentPoint(of: question).map { point in
                    "<a href=\"#\(PanelLabels.Anchor.developmentPoint(point))\">\(HTMLText.inline(labels.belongsTo(developmentPoint: point)))</a>"
                }
            })
        return list.list(questions, none: labels.noQuestions, numbered: true, full: false)
    }

    private func developmentPoints(_ points: [Finding], agenda: PanelAgenda, brief: PanelBrief) -> String {
        let list = HTMLFindings(
            labels: report, why: { report.reasons(of: $0, in: brief.questionnaires) }, explain: explain,
            place: { brief.place(of: $0, labels: report) },
            anchor: { agenda.number(ofDevelopmentPoint: $0).map(PanelLabels.Anchor.developmentPoint) },
            number: { agenda.number(ofDevelopmentPoint: $0) })
        return list.list(points, none: report.none(.developmentPoint), numbered: true)
    }

    private func planOverview(_ plan: ActionPlan, agenda: PanelAgenda, brief: PanelBrief) -> String {
        let planLabels = PlanLabels(language: labels.language, set: report.set)
        var out = "<section class=\"plan-overview\">\n<h2 id=\"\(PanelLabels.Anchor.plan)\">\(HTMLText.inline(labels.planHeading))</h2>\n"
        out += "<p class=\"small\">\(HTMLText.inline(labels.planOverviewNote))</p>\n"
        for section in PlanSection.sections(of: plan, questionnaires: brief.questionnaires, labels: planLabels) {
            out += "<h3>\(HTMLText.inline(section.heading))</h3>\n<ul class=\"plan-overview\">\n"
            for entry in section.entries {
                let line = labels.planOverviewLine(entry, planLabels)
                out += "<li><strong>\(HTMLText.inline(entry.title))</strong> <span class=\"small\">(\(HTMLText.inline(line.tags)))</span>: "
                out += line.goal.map(HTMLText.inline) ?? "<em>\(HTMLText.inline(labels.goalMissing))</em>"
                out += " <span class=\"small\">— \(HTMLText.inline(line.tail))</span></li>\n"
            }
            out += "</ul>\n"
        }
        out += "<h3>\(HTMLText.inline(labels.planOpenHeading))</h3>\n"
        let open = agenda.planQuestions
        if open.isEmpty {
            out += "<p class=\"muted\">\(HTMLText.inline(labels.planNothingOpen))</p>\n"
        } else {
            out +=
                "<ul>\n"
                + open.map { question in
                    let number = agenda.number(ofQuestion: question) ?? 0
                    return
                        "<li><a href=\"#\(PanelLabels.Anchor.question(number))\">\(HTMLText.inline(question.title.text(labels.language)))</a></li>\n"
                }.joined() + "</ul>\n"
        }
        return out + "</section>\n"
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
        return table.html() + "<p class=\"small\">\(HTMLText.inline(labels.minimumGroupNote(brief.minimumGroup)))</p>\n"
            + "<p class=\"small\">\(HTMLText.inline(labels.statisticsNote(brief.minimumGroup)))</p>\n"
    }

    // MARK: Scores

    private func overview(_ brief: PanelBrief) -> String {
        var out = "<h2 id=\"\(PanelLabels.Anchor.overview)\">\(HTMLText.inline(labels.atAGlance))</h2>\n"
        let bands = OverviewBands(brief.parts.map(\.questionnaire))
        let means = brief.parts.filter { $0.questionnaire.scoring.method == .mean }
        if let first = means.first {
            let ranges = means.compactMap { ScoreRange(questionnaire: $0.questionnaire, card: $0.card) }
            let chart = BarChart(
                label: report.overview,
                rows: means.map { part in
                    BarChart.Row(
                        label: part.questionnaire.title.text(labels.language), value: part.card.score,
                        display: part.card.score.map {
                            labels.number($0) + (part.aggregate.safeguard.extrapolated > 0 ? report.extrapolatedMark : "")
                        }
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
        if let note = report.bandsNote(bands) { out += "<p class=\"small\">\(HTMLText.inline(note))</p>\n" }
        if brief.hasPrevious {
            var note = labels.changeNote
            if brief.parts.contains(where: { $0.changes.contains { !$0.comparable } }) { note += " " + labels.notComparableNote }
            out += "<p class=\"small\">\(HTMLText.inline(note))</p>\n"
        }
        return out
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
            score.map { report.number($0, method: method) + (extrapolated ? report.extrapolatedMark : "") }
                ?? (disclosure.showsMean ? labels.noScore : labels.withheld),
            self.level(level, among: levels),
            "\(statistics.count)",
            spread ? statistics.min.map { report.number($0, method: method) } ?? "—" : labels.withheld,
            spread ? statistics.max.map { report.number($0, method: method) } ?? "—" : labels.withheld,
            spread && statistics.count > 1 ? statistics.standardDeviation.map(labels.number) ?? "—" : "—",
        ]
    }

    private func safeguard(_ part: PanelPart, brief: PanelBrief, agenda: PanelAgenda, selection: FindingSelection) -> String {
        let questionnaire = part.questionnaire
        var out =
            "<section class=\"safeguard\">\n<h2 id=\"\(HTMLText.escaped(PanelLabels.Anchor.safeguard(questionnaire)))\">\(HTMLText.inline(questionnaire.title.text(labels.language)))</h2>\n"
        out += "<p class=\"score\">\(HTMLText.inline(labels.safeguardScore)): <strong>"
        out += part.card.score.map { report.number($0, method: questionnaire.scoring.method) } ?? labels.noScore
        if part.card.score != nil, part.aggregate.safeguard.extrapolated > 0 { out += report.extrapolatedMark }
        out += "</strong> " + level(part.card.level, among: questionnaire.scoring.levels)
        out += " <span class=\"small\">(\(HTMLText.inline(report.questionnaireVersion(questionnaire))) · "
        out +=
            "\(HTMLText.inline(labels.statistics(part.aggregate.safeguard.statistics, shown: part.disclosure(part.aggregate.safeguard).showsSpread))))</span></p>\n"
        if let note = labels.extrapolatedMean(part.aggregate.safeguard) { out += "<p class=\"small\">\(HTMLText.inline(note))</p>\n" }
        out += themes(part, brief: brief)
        if !brief.shownRoles.isEmpty { out += perRole(part, brief: brief) }
        if brief.benchmarkBoards > 0 { out += region(part, brief: brief) }
        let points = selection.shown.filter { $0.questionnaire == questionnaire.id }
        if !points.isEmpty {
            out += "<h3>\(HTMLText.inline(labels.developmentPoints))</h3>\n" + developmentPoints(points, agenda: agenda, brief: brief)
        }
        let more = selection.more.filter { $0.questionnaire == questionnaire.id }.count
        if more > 0 {
            out +=
                "<p class=\"small\"><a href=\"#\(PanelLabels.Anchor.more)\">\(HTMLText.inline(labels.moreDevelopmentPointsPointer(more)))</a></p>\n"
        }
        let strengths = brief.findings(.strength).filter { $0.questionnaire == questionnaire.id }
        if !strengths.isEmpty {
            out +=
                "<h3>\(HTMLText.inline(labels.strengths))</h3>\n<ul>\n"
                + strengths.map { "<li>\(HTMLText.inline($0.title.text(labels.language)))</li>\n" }.joined() + "</ul>\n"
        }
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
        // With an earlier self-assessment, the score last time and the difference as two more columns.
        let previous = brief.hasPrevious, change = labels.changeColumns
        let consensus = brief.hasConsensus
        var table = HTMLTable(
            columns: [.init(labels.theme)] + statisticsColumns
                + (consensus ? [.init(labels.consensusColumn, numeric: true)] : [])
                + (previous ? [.init(change.before, numeric: true), .init(change.delta, numeric: true)] : []))
        var notes: [String] = []
        for (theme, score, aggregate) in themes {
            var changeCells: [String] = []
            if previous {
                let change = part.change(theme.id)
                changeCells = [
                    change?.before.map(labels.number) ?? "—",
                    change.map { $0.comparable ? $0.delta.map(labels.delta) ?? "—" : "<em>\(HTMLText.inline(labels.notComparable))</em>" } ?? "—",
                ]
            }
            table.rows.append(
                [HTMLText.inline(theme.title.text(labels.language))]
                    + statisticsCells(
                        score: score.score, level: score.level, levels: questionnaire.levels(for: theme), method: score.method,
                        aggregate.statistics, part.disclosure(aggregate), extrapolated: aggregate.extrapolated > 0)
                    + (consensus ? [part.consensus[theme.id].map(labels.number) ?? "—"] : []) + changeCells)
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
        var table = HTMLTable(
            columns: [.init(labels.theme)]
                + roles.map { role in
                    .init(labels.roleWithCount(brief.roleLabel(role, labels: report), brief.roles[role] ?? 0), numeric: true)
                })
        var rows = [(labels.safeguardScore, part.aggregate.safeguard, part.questionnaire.scoring.method)]
        rows += part.scoredThemes.map { ($0.theme.title.text(labels.language), $0.aggregate, $0.score.method) }
        for (name, aggregate, method) in rows {
            let disclosure = part.disclosure(aggregate)
            table.rows.append(
                [HTMLText.inline(name)]
                    + roles.map { role in
                        guard disclosure.shows(role: role) else { return labels.withheld }
                        return aggregate.byRole[role]?.mean.map { report.number($0, method: method) } ?? "—"
                    })
        }
        return out + table.html()
    }

    private func region(_ part: PanelPart, brief: PanelBrief) -> String {
        let heading = "<h3>\(HTMLText.inline(labels.region))</h3>\n"
        guard brief.showsRegion else {
            return heading
                + "<p class=\"muted\">\(HTMLText.inline(labels.regionTooFew(brief.benchmarkBoards, minimum: brief.minimumBoards).capitalisedFirst)).</p>\n"
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
        var out = ""
        let differing = Set(
            brief.differences.flatMap { finding in
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
            var table = HTMLTable(
                className: "statements",
                columns: [
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
                table.rows.append(
                    [
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

    private func notes(_ brief: PanelBrief) -> String {
        var out = "<p class=\"small\">\(HTMLText.inline(labels.notesNote(brief.minimumGroup)))</p>\n"
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
                        out +=
                            "<li><span class=\"small\">\(HTMLText.inline(labels.noteHeading(entry, question: question))):</span> <span class=\"user-text\">\(HTMLText.lines(entry.text))</span>"
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
        return out
    }
}
