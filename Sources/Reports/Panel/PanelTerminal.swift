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
        var lines = header(brief)
        lines.append("")
        lines += wrap(labels.conversationNote, first: "", rest: "").map { style.apply(.muted, $0) }
        if brief.organisations.count > 1 {
            lines += [""] + wrap(labels.severalBoards(brief.organisations), first: "", rest: "")
        }
        lines += [""] + heading(labels.whoAnswered) + whoAnswered(brief)
        if brief.parts.isEmpty {
            lines += ["", labels.report.noQuestionnaires]
            return lines.joined(separator: "\n") + "\n"
        }
        let layout = self.layout(brief)
        lines += [""] + heading(labels.report.overview)
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
        lines += wrap(labels.statisticsNote(brief.minimumGroup), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        if let note = labels.report.bandsNote(bands) {
            lines += wrap(note, first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        }
        if let kern = KernSection(brief, labels: labels) {
            lines += [""] + heading(kern.heading) + kern.terminal(style: style) { wrap($0, first: $1, rest: $2) }
        }
        for part in brief.parts {
            lines += [""] + safeguard(part, brief: brief, layout: layout)
        }
        lines += [""] + heading(labels.strengths) + findings(brief.findings(.strength), brief: brief, none: labels.report.none(.strength))
        lines += [""] + heading(labels.developmentPoints)
            + findings(brief.findings(.developmentPoint), brief: brief, none: labels.report.none(.developmentPoint), numbered: true)
        lines += [""] + heading(labels.questions)
        lines += [""] + [style.apply(.emphasis, "  " + labels.differences)]
        lines += wrap(labels.differencesNote(brief.settings), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        lines += [""] + findings(brief.differences, brief: brief, none: labels.noDifferences)
        lines += [""] + [style.apply(.emphasis, "  " + labels.otherQuestionsHeading)]
        lines += findings(brief.otherQuestions, brief: brief, none: labels.noQuestions)
        lines += [""] + heading(labels.notes)
        lines += wrap(labels.notesNote(brief.minimumGroup), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        let noted = brief.parts.filter(\.hasNotes)
        if noted.isEmpty { lines += wrap(labels.noNotes, first: "  ", rest: "  ") }
        for part in noted { lines += notes(part, brief: brief) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ brief: PanelBrief) -> [String] {
        let fields: [(String, String)] = [
            (labels.board, brief.boardName),
            (labels.respondentsLabel, labels.respondents(brief.respondents)),
            (labels.questionnaires, brief.questionnaires.map { "\($0.id) \($0.version)" }.joined(separator: ", ")),
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

    private func safeguard(_ part: PanelPart, brief: PanelBrief, layout: ScoreLayout) -> [String] {
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
        if brief.shownRoles.isEmpty {
            lines += detail(labels.noRoleShown(brief.minimumGroup))
        }
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
            if let change = part.change(theme.id) { lines += detail(labels.change(change)) }
            if brief.showsRegion, let region = part.region[theme.id] { lines += detail(labels.region(region)) }
        }
        if brief.benchmarkBoards > 0, !brief.showsRegion {
            lines += [""] + detail("\(labels.regionLabel): " + labels.regionTooFew(brief.benchmarkBoards, minimum: brief.minimumBoards))
        }
        if brief.hasPrevious, part.changes.contains(where: { !$0.comparable }) {
            lines += [""] + wrap(labels.notComparableNote, first: "  ", rest: "  ").map { style.apply(.muted, $0) }
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

    private func findings(_ found: [Finding], brief: PanelBrief, none: String, numbered: Bool = false) -> [String] {
        guard !found.isEmpty else { return wrap(none, first: "  ", rest: "  ") }
        var lines: [String] = []
        for (index, finding) in found.enumerated() {
            if index > 0 { lines.append("") }
            let marker = numbered ? "\(index + 1). " : "• "
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
        var lines = [""] + wrap(SafeText.line(part.questionnaire.title.text(language)), first: "  ", rest: "  ")
            .map { style.apply(.emphasis, $0) }
        for theme in part.questionnaire.themes {
            let noted = part.notes(theme)
            guard !noted.isEmpty else { continue }
            lines += wrap(SafeText.line(theme.title.text(language)), first: "    ", rest: "    ").map { style.apply(.muted, $0) }
            for (question, notes) in noted {
                lines += wrap(SafeText.line(question.text.text(language)), first: "    • ", rest: "      ")
                for entry in notes {
                    lines += wrap(SafeText.terminal(entry.text).trimmingNewlines, first: "      \(labels.noteHeading(entry, question: question)): ", rest: "        ")
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
