public import Assessment
public import Questionnaire

/// The panel brief for reading in a terminal: who answered, per safeguard and theme the
/// board's score with a bar and the respondents' spread, per role, change and region as
/// lines beneath, then the findings, the questions and the notes.
///
/// Lines fit `width` columns (80 by default); colour only when `colour` is set. Every text
/// from a file passes through `SafeText`, so it cannot steer the terminal.
public struct PanelTerminal: PanelRenderer {
    public var labels: PanelLabels
    public var style: TerminalStyle
    public var width: Int

    /// Whether each finding shows the rules and expressions behind it (`--explain`).
    public var explain: Bool = false

    public init(language: String = "nl", colour: Bool = false, width: Int = 80, set: QuestionnaireSet = .neutral, explain: Bool = false) {
        self.explain = explain
        self.labels = PanelLabels(language: language, set: set)
        self.style = TerminalStyle(colour: colour)
        self.width = Swift.max(60, width)
    }

    public func render(_ brief: PanelBrief) -> String {
        render(brief, plan: nil)
    }

    /// The brief: who answered, the safeguards at a glance, the speerpunten, the questions
    /// for the panel, the plan van aanpak when one is given, per safeguard its themes and
    /// development points, then the appendices.
    public func render(_ brief: PanelBrief, plan: ActionPlan?) -> String {
        var lines = header(brief)
        lines.append("")
        lines += wrap(labels.conversationNote + " " + labels.privacyPointer, first: "", rest: "").map { style.apply(.muted, $0) }
        if brief.organisations.count > 1 {
            lines += [""] + wrap(labels.severalBoards(brief.organisations), first: "", rest: "")
        }
        if brief.parts.isEmpty {
            lines += ["", labels.report.noQuestionnaires, ""] + heading(labels.aboutBrief) + whoAnswered(brief)
            lines += wrap(labels.statisticsNote(brief.minimumGroup), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
            return lines.joined(separator: "\n") + "\n"
        }
        let agenda = PanelAgenda(brief)
        let selection = FindingSelection(agenda.developmentPoints, limits: FindingLimits())
        let layout = self.layout(brief)
        lines += [""] + heading(labels.atAGlance)
        let bands = OverviewBands(brief.parts.map(\.questionnaire))
        for part in brief.parts {
            lines += layout.row(
                name: SafeText.line(part.questionnaire.title.text(labels.language)), score: part.card.score,
                method: part.questionnaire.scoring.method, extrapolated: part.aggregate.safeguard.extrapolated > 0,
                range: ScoreRange(questionnaire: part.questionnaire, card: part.card),
                level: bands.level(part.card.score, of: part.questionnaire, own: part.card.level),
                levels: bands.levels(of: part.questionnaire), style: style)
            lines += detail(statistics(part.aggregate.safeguard, part: part))
            if let note = labels.extrapolatedMean(part.aggregate.safeguard) { lines += detail(note) }
        }
        if let note = labels.report.bandsNote(bands) {
            lines += wrap(note, first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        }
        lines += [""] + heading(labels.speerpunten) + speerpunten(agenda, brief: brief)
        lines += [""] + heading(labels.panelQuestions) + questions(agenda, brief: brief)
        if let plan { lines += [""] + heading(labels.planHeading) + planOverview(plan, agenda: agenda, brief: brief) }
        for part in brief.parts {
            lines += [""] + safeguard(part, brief: brief, layout: layout, agenda: agenda, selection: selection)
        }

        var letters = PanelMarkdown.letters.makeIterator()
        func appendix(_ title: String) -> [String] { [""] + heading(labels.appendix(letters.next()!, title)) }
        if let kern = KernSection(brief, labels: labels) {
            lines += appendix(kern.heading) + kern.terminal(style: style) { wrap($0, first: $1, rest: $2) }
        }
        lines += appendix(labels.allStatements)
        for part in brief.parts { lines += statements(part) }
        lines += appendix(labels.notes)
        lines += wrap(labels.notesNote(brief.minimumGroup), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        let noted = brief.parts.filter(\.hasNotes)
        if noted.isEmpty { lines += wrap(labels.noNotes, first: "  ", rest: "  ") }
        for part in noted { lines += notes(part, brief: brief) }
        if !selection.more.isEmpty || !agenda.moreQuestions.isEmpty {
            lines += appendix(labels.moreFindings)
            lines += findings(selection.more, brief: brief, none: labels.report.none(.developmentPoint)) { agenda.number(ofDevelopmentPoint: $0) }
            if !agenda.moreQuestions.isEmpty, !selection.more.isEmpty { lines.append("") }
            lines += questionList(Array(agenda.moreQuestions), agenda: agenda, brief: brief)
        }
        if let plan {
            lines += appendix(labels.fullPlan)
            lines += PlanTerminal(language: labels.language, width: width, set: labels.report.set)
                .render(plan, questionnaires: brief.questionnaires).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        lines += appendix(labels.aboutBrief) + whoAnswered(brief)
        lines += wrap(labels.statisticsNote(brief.minimumGroup), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: The agenda

    private func speerpunten(_ agenda: PanelAgenda, brief: PanelBrief) -> [String] {
        guard !agenda.speerpunten.isEmpty else { return wrap(labels.noSpeerpunten, first: "  ", rest: "  ") }
        var lines = wrap(labels.speerpuntenNote, first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        for (index, item) in agenda.speerpunten.enumerated() {
            let marker = "  \(index + 1). ", indent = String(repeating: " ", count: marker.count)
            lines.append("")
            lines += wrap(SafeText.line(item.finding.title.text(labels.language)), first: marker, rest: indent).map { style.apply(.emphasis, $0) }
            lines += wrap(
                SafeText.line(labels.source(item.source) + " · " + brief.place(of: item.finding, labels: labels.report)), first: indent, rest: indent
            )
            .map { style.apply(.muted, $0) }
            let why = labels.oneLine(item, in: brief)
            if !why.isEmpty { lines += wrap(SafeText.line(why), first: indent, rest: indent) }
        }
        return lines
    }

    private func questions(_ agenda: PanelAgenda, brief: PanelBrief) -> [String] {
        guard !agenda.questions.isEmpty else { return wrap(labels.noQuestions, first: "  ", rest: "  ") }
        var lines = wrap(labels.questionsNote, first: "  ", rest: "  ").map { style.apply(.muted, $0) } + [""]
        lines += questionList(Array(agenda.shownQuestions), agenda: agenda, brief: brief)
        if !agenda.moreQuestions.isEmpty { lines += [""] + wrap(labels.moreQuestionsPointer(agenda.moreQuestions.count), first: "  ", rest: "  ") }
        return lines
    }

    private func questionList(_ questions: [Finding], agenda: PanelAgenda, brief: PanelBrief) -> [String] {
        var lines: [String] = []
        for (index, question) in questions.enumerated() {
            if index > 0 { lines.append("") }
            let marker = "  \(agenda.number(ofQuestion: question) ?? index + 1). ", indent = String(repeating: " ", count: marker.count)
            lines += wrap(SafeText.line(question.title.text(labels.language)), first: marker, rest: indent).map { style.apply(.emphasis, $0) }
            lines += wrap(SafeText.line(brief.place(of: question, labels: labels.report)), first: indent, rest: indent).map {
                style.apply(.muted, $0)
            }
            let statements = brief.statements(behind: question, language: labels.language)
            if !statements.isEmpty {
                lines += wrap(SafeText.line(labels.about + ": " + statements.map { "‘\($0)’" }.joined(separator: "; ")), first: indent, rest: indent)
            }
            if let point = agenda.developmentPoint(of: question) {
                lines += wrap(labels.belongsTo(developmentPoint: point) + ".", first: indent, rest: indent)
            } else if question.text == nil {
                let sentences = labels.report.reasons(of: question, in: brief.questionnaires)
                if !sentences.isEmpty {
                    lines += wrap(SafeText.line(labels.why + ": " + sentences.joined(separator: " ")), first: indent, rest: indent)
                }
            }
            if explain {
                for line in labels.report.explanations(of: question) {
                    lines += wrap(SafeText.line(line), first: indent + "  • ", rest: indent + "    ").map { style.apply(.muted, $0) }
                }
            }
        }
        return lines
    }

    private func planOverview(_ plan: ActionPlan, agenda: PanelAgenda, brief: PanelBrief) -> [String] {
        let planLabels = PlanLabels(language: labels.language, set: labels.report.set)
        var lines = wrap(labels.planOverviewNote, first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        for section in PlanSection.sections(of: plan, questionnaires: brief.questionnaires, labels: planLabels) {
            lines += [""] + wrap(SafeText.line(section.heading), first: "  ", rest: "  ").map { style.apply(.emphasis, $0) }
            for entry in section.entries {
                let line = labels.planOverviewLine(entry, planLabels)
                lines += wrap(
                    SafeText.line("\(entry.title) (\(line.tags)): \(line.goal ?? labels.goalMissing) — \(line.tail)"), first: "  • ", rest: "    ")
            }
        }
        lines += [""] + wrap(labels.planOpenHeading, first: "  ", rest: "  ").map { style.apply(.emphasis, $0) }
        let open = agenda.planQuestions
        if open.isEmpty { return lines + wrap(labels.planNothingOpen, first: "  ", rest: "  ") }
        for question in open {
            let number = agenda.number(ofQuestion: question) ?? 0
            lines += wrap(
                SafeText.line("\(question.title.text(labels.language)) (\(labels.panelQuestions.lowercased()) \(number))"), first: "  • ",
                rest: "    ")
        }
        return lines
    }

    /// Per statement one line: its text, then the answers' count, mean and range where shown.
    private func statements(_ part: PanelPart) -> [String] {
        var lines =
            [""] + wrap(SafeText.line(part.questionnaire.title.text(labels.language)), first: "  ", rest: "  ").map { style.apply(.emphasis, $0) }
        for (theme, _, _) in part.scoredThemes {
            let statements = part.statements(theme)
            guard !statements.isEmpty else { continue }
            lines += wrap(SafeText.line(theme.title.text(labels.language)), first: "    ", rest: "    ").map { style.apply(.muted, $0) }
            for (question, aggregate) in statements {
                let disclosure = part.disclosure(aggregate)
                var figures = ["\(aggregate.statistics.count) \(labels.answersColumn.lowercased())"]
                if disclosure.showsMean, let mean = aggregate.statistics.mean {
                    figures.append("\(labels.meanShort.lowercased()) \(labels.number(mean))")
                }
                if disclosure.showsSpread { figures.append("\(labels.rangeShort.lowercased()) \(labels.range(aggregate.statistics))") }
                var text = SafeText.line(question.text.text(labels.language))
                if question.kern { text += " (\(labels.report.coreStatement))" }
                lines += wrap(text, first: "    • ", rest: "      ")
                lines += wrap(figures.joined(separator: " · "), first: "      ", rest: "      ").map { style.apply(.muted, $0) }
            }
        }
        return lines
    }

    private func header(_ brief: PanelBrief) -> [String] {
        let fields: [(String, String)] = [
            (labels.board, brief.boardName),
            (labels.respondentsLabel, labels.whoAnsweredLine(brief)),
            (labels.questionnaires, labels.questionnaireList(brief.questionnaires)),
            (labels.previous, labels.previousGiven(brief.hasPrevious)),
            (labels.regionLabel, labels.regionGiven(brief.benchmarkBoards, minimum: brief.minimumBoards)),
        ]
        let labelWidth = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
        var lines = [style.apply(.heading, labels.title)]
        for (label, value) in fields {
            let prefix = TextWrapper.padded(label, to: labelWidth) + "  "
            let wrapped = wrap(SafeText.line(value), first: prefix, rest: String(repeating: " ", count: labelWidth + 2))
            lines += wrapped.enumerated().map { index, line in
                index == 0 ? style.apply(.muted, prefix) + String(line.dropFirst(prefix.count)) : line
            }
        }
        return lines
    }

    private func whoAnswered(_ brief: PanelBrief) -> [String] {
        let table = TextTable(columns: [.init(.fill), .init(.fixed(5), alignment: .right), .init(.fit)], indent: "  ")
        var rows: [[TextTable.Cell]] = brief.orderedRoles.map { role in
            [
                TextTable.Cell(SafeText.line(brief.roleLabel(role, labels: labels.report))),
                TextTable.Cell("\(brief.roles[role] ?? 0)"),
                brief.isShown(role: role) ? TextTable.Cell(labels.shownApart.lowercased(), tone: .muted) : "",
            ]
        }
        rows.append([TextTable.Cell(labels.total, tone: .emphasis), TextTable.Cell("\(brief.respondents)", tone: .emphasis), ""])
        return table.render(rows, width: width, style: style)
            + wrap(labels.minimumGroupNote(brief.minimumGroup), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
    }

    // MARK: Scores

    /// A layout wide enough for every level label of the brief's questionnaires.
    private func layout(_ brief: PanelBrief) -> ScoreLayout {
        var levels = brief.questionnaires.flatMap { questionnaire in
            questionnaire.scoring.levels + questionnaire.themes.flatMap { $0.levels ?? [] }
        }
        levels += Level.defaults
        let widest = levels.map { DisplayWidth.of(SafeText.line($0.label.text(labels.language))) }.max() ?? 0
        return ScoreLayout(labels: labels.report, width: width, levelWidth: Swift.min(24, widest))
    }

    private func safeguard(_ part: PanelPart, brief: PanelBrief, layout: ScoreLayout, agenda: PanelAgenda, selection: FindingSelection) -> [String] {
        let questionnaire = part.questionnaire
        var lines = heading(SafeText.line(questionnaire.title.text(labels.language)))
        lines += wrap(labels.report.questionnaireVersion(questionnaire), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        lines += layout.row(
            name: labels.safeguardScore, score: part.card.score, method: questionnaire.scoring.method,
            extrapolated: part.aggregate.safeguard.extrapolated > 0,
            range: ScoreRange(questionnaire: questionnaire, card: part.card), level: part.card.level,
            levels: questionnaire.scoring.levels, style: style, nameTone: .emphasis)
        lines += detail(statistics(part.aggregate.safeguard, part: part))
        if let note = labels.extrapolatedMean(part.aggregate.safeguard) { lines += detail(note) }
        lines += perRole(part.aggregate.safeguard, part: part, brief: brief, method: questionnaire.scoring.method)
        if brief.hasPrevious, part.changes.isEmpty { lines += detail(labels.noPreviousPart) }
        lines.append("")
        for (theme, score, aggregate) in part.scoredThemes {
            lines += layout.row(
                name: SafeText.line(theme.title.text(labels.language)), score: score.score, method: score.method,
                extrapolated: aggregate.extrapolated > 0, range: ScoreRange(theme: theme, score: score), level: score.level,
                levels: questionnaire.levels(for: theme), style: style)
            lines += detail(statistics(aggregate, part: part))
            if let note = labels.extrapolatedMean(aggregate) { lines += detail(note) }
            lines += perRole(aggregate, part: part, brief: brief, method: score.method)
            if let joint = part.consensus[theme.id] { lines += detail(labels.consensusLine(joint)) }
            if let change = part.change(theme.id) { lines += detail(labels.change(change)) }
            if brief.showsRegion, let region = part.region[theme.id] { lines += detail(labels.region(region)) }
        }
        if brief.benchmarkBoards > 0, !brief.showsRegion {
            lines += [""] + detail("\(labels.regionLabel): " + labels.regionTooFew(brief.benchmarkBoards, minimum: brief.minimumBoards))
        }
        if brief.hasPrevious, part.changes.contains(where: { !$0.comparable }) {
            lines += [""] + wrap(labels.notComparableNote, first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        }
        let points = selection.shown.filter { $0.questionnaire == questionnaire.id }
        if !points.isEmpty {
            lines += ["", style.apply(.emphasis, "  " + labels.developmentPoints)]
            lines += findings(points, brief: brief, none: "") { agenda.number(ofDevelopmentPoint: $0) }
        }
        let more = selection.more.filter { $0.questionnaire == questionnaire.id }.count
        if more > 0 { lines += [""] + wrap(labels.moreDevelopmentPointsPointer(more), first: "  ", rest: "  ") }
        let strengths = brief.findings(.strength).filter { $0.questionnaire == questionnaire.id }
        if !strengths.isEmpty {
            lines += ["", style.apply(.emphasis, "  " + labels.strengths)]
            for strength in strengths { lines += wrap(SafeText.line(strength.title.text(labels.language)), first: "  • ", rest: "    ") }
        }
        return lines
    }

    /// The count, and lowest, highest and spread where the privacy rule shows them.
    private func statistics(_ scores: ScoreAggregate, part: PanelPart) -> String {
        labels.statistics(scores.statistics, shown: part.disclosure(scores).showsSpread)
    }

    /// `Per rol: Schoolleider (3) 3,10 · Werkplekbegeleider (4) 2,80`, for shown roles only.
    private func perRole(_ aggregate: ScoreAggregate, part: PanelPart, brief: PanelBrief, method: ScoringMethod) -> [String] {
        let disclosure = part.disclosure(aggregate)
        let parts = brief.shownRoles.compactMap { role -> String? in
            guard disclosure.shows(role: role), let mean = aggregate.byRole[role]?.mean else { return nil }
            let name = labels.roleWithCount(SafeText.line(brief.roleLabel(role, labels: labels.report)), brief.roles[role] ?? 0)
            return "\(name) \(labels.report.number(mean, method: method))"
        }
        guard !parts.isEmpty else { return [] }
        return detail("\(labels.perRole): " + parts.joined(separator: " · "))
    }

    // MARK: Findings

    /// Development points with their number in the brief.
    private func findings(_ found: [Finding], brief: PanelBrief, none: String, number: (Finding) -> Int?) -> [String] {
        guard !found.isEmpty else { return wrap(none, first: "  ", rest: "  ") }
        var lines: [String] = []
        for (index, finding) in found.enumerated() {
            if index > 0 { lines.append("") }
            let marker = "\(number(finding) ?? index + 1). "
            let indent = String(repeating: " ", count: 2 + marker.count)
            lines += wrap(SafeText.line(finding.title.text(labels.language)), first: "  " + marker, rest: indent)
                .map { style.apply(.emphasis, $0) }
            var place = brief.place(of: finding, labels: labels.report)
            if let priority = finding.priority {
                place = "\(labels.report.priority) \(labels.report.priority(priority)) · " + place
            }
            lines += wrap(SafeText.line(place), first: indent, rest: indent).map { style.apply(.muted, $0) }
            if let text = finding.text {
                lines += wrap(SafeText.terminal(text.text(labels.language)), first: indent, rest: indent)
            }
            if !finding.actions.isEmpty {
                lines.append(indent + style.apply(.emphasis, labels.actions))
                for action in finding.actions {
                    lines += wrap(SafeText.line(action.text(labels.language)), first: indent + "  • ", rest: indent + "    ")
                }
            }
            let sentences = labels.report.reasons(of: finding, in: brief.questionnaires)
            if !sentences.isEmpty {
                lines += wrap(SafeText.line(labels.why + ": " + sentences.joined(separator: " ")), first: indent, rest: indent)
            }
            if explain {
                for line in labels.report.explanations(of: finding) {
                    lines += wrap(SafeText.line(line), first: indent + "  • ", rest: indent + "    ").map { style.apply(.muted, $0) }
                }
            }
        }
        return lines
    }

    // MARK: Notes

    private func notes(_ part: PanelPart, brief: PanelBrief) -> [String] {
        let language = labels.language
        var lines =
            [""]
            + wrap(SafeText.line(part.questionnaire.title.text(language)), first: "  ", rest: "  ")
            .map { style.apply(.emphasis, $0) }
        for theme in part.questionnaire.themes {
            let noted = part.notes(theme)
            guard !noted.isEmpty else { continue }
            lines += wrap(SafeText.line(theme.title.text(language)), first: "    ", rest: "    ").map { style.apply(.muted, $0) }
            for (question, notes) in noted {
                lines += wrap(SafeText.line(question.text.text(language)), first: "    • ", rest: "      ")
                for entry in notes {
                    lines += wrap(
                        SafeText.terminal(entry.text).trimmingNewlines, first: "      \(labels.noteHeading(entry, question: question)): ",
                        rest: "        ")
                    if let authors = brief.authors(of: entry, labels: labels.report) {
                        lines += wrap(SafeText.line(authors), first: "        ", rest: "        ").map { style.apply(.muted, $0) }
                    }
                }
            }
        }
        return lines
    }

    // MARK: Helpers

    private func detail(_ text: String) -> [String] {
        wrap(text, first: "    ", rest: "    ").map { style.apply(.muted, $0) }
    }

    private func heading(_ text: String) -> [String] {
        let lines = wrap(text, first: "", rest: "")
        let underline = String(repeating: "─", count: Swift.min(width, lines.map { DisplayWidth.of($0) }.max() ?? 0))
        return lines.map { style.apply(.heading, $0) } + [style.apply(.muted, underline)]
    }

    private func wrap(_ text: String, first: String, rest: String) -> [String] {
        TextWrapper.wrap(text, width: width, first: first, rest: rest)
    }
}
