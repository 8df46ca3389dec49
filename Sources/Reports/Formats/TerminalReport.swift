public import Assessment
public import Questionnaire

/// The report for reading in a terminal: scores with bars and levels per safeguard and
/// theme, then strengths, development points, questions for the panel, and the notes.
///
/// Lines fit `width` columns (80 by default); colour only when `colour` is set. Every text
/// from a file passes through `SafeText`, so it cannot steer the terminal.
public struct TerminalReport: ReportRenderer {
    public var labels: Labels
    public var style: TerminalStyle
    public var width: Int
    /// Whether each finding shows the rules and expressions behind it (`--explain`).
    public var explain: Bool
    public var limits: FindingLimits

    /// Columns of a bar.
    static let barWidth = 16
    /// Columns of a score: `12,00*`.
    static let scoreWidth = 6

    public init(
        language: String = "nl", colour: Bool = false, width: Int = 80, set: QuestionnaireSet = .neutral, explain: Bool = false,
        limits: FindingLimits = FindingLimits()
    ) {
        self.labels = Labels(language: language, set: set)
        self.explain = explain
        self.limits = limits
        self.style = TerminalStyle(colour: colour)
        self.width = Swift.max(60, width)
    }

    public func render(_ assessments: [RespondentAssessment]) -> String {
        assessments.map(block).joined(separator: separator) + "\n"
    }

    /// One respondent's report, without the rule between respondents.
    public func block(_ assessment: RespondentAssessment) -> String {
        render(assessment).joined(separator: "\n")
    }

    /// What stands between two respondents' reports: a rule across the width.
    public var separator: String {
        "\n\n" + style.apply(.muted, String(repeating: "═", count: width)) + "\n\n"
    }

    // MARK: One respondent

    private func render(_ assessment: RespondentAssessment) -> [String] {
        var lines = header(assessment)
        lines.append("")
        lines += wrap(labels.conversationNote, first: "", rest: "").map { style.apply(.muted, $0) }
        if assessment.parts.isEmpty {
            lines += ["", labels.noQuestionnaires]
            return lines
        }
        let layout = ScoreLayout(assessment: assessment, labels: labels, width: width)
        if assessment.parts.count > 1 {
            lines += [""] + heading(labels.overview) + overview(assessment, layout: layout)
        }
        if let kern = KernSection(assessment, labels: labels) {
            lines += [""] + heading(kern.heading) + kern.terminal(style: style) { wrap($0, first: $1, rest: $2) }
        }
        for part in assessment.parts {
            lines += [""] + safeguard(part, layout: layout)
        }
        let points = FindingSelection(assessment.findings(.developmentPoint), limits: limits)
        lines += [""] + heading(labels.developmentPoints) + findings(points.shown, kind: .developmentPoint, of: assessment)
        if !points.more.isEmpty {
            lines += [""] + wrap(labels.moreDevelopmentPoints(points.more.count), first: "  ", rest: "  ")
        }
        if !points.shown.isEmpty {
            lines += [""] + wrap(labels.planNote, first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        }
        let conversation = assessment.findings(.conversationPoint)
        if !conversation.isEmpty {
            lines +=
                [""] + heading(labels.conversationPoints)
                + wrap(labels.conversationPointsNote, first: "  ", rest: "  ").map { style.apply(.muted, $0) }
                + [""] + findings(conversation, kind: .conversationPoint, of: assessment)
        }
        lines += [""] + heading(labels.strengths) + findings(assessment.findings(.strength), kind: .strength, of: assessment)
        lines += [""] + heading(labels.panelQuestions) + findings(assessment.findings(.panelQuestion), kind: .panelQuestion, of: assessment)
        let noted = assessment.parts.filter { !$0.notedAnswers.isEmpty }
        if !noted.isEmpty {
            lines += [""] + heading(labels.notes)
            for part in noted { lines += notes(part) }
        }
        if !points.more.isEmpty {
            lines += [""] + heading(labels.moreDevelopmentPoints) + findings(points.more, kind: .conversationPoint, of: assessment)
        }
        return lines
    }

    private func header(_ assessment: RespondentAssessment) -> [String] {
        let respondent = assessment.respondent
        var fields: [(String, String)] = [
            (labels.respondent, respondent.name),
            (labels.role, labels.roleLabel(respondent.role, in: assessment.questionnaires)),
            (labels.board, respondent.organisation),
        ]
        if let school = respondent.school { fields.append((labels.school, school)) }
        fields.append((labels.answersFile, assessment.path))
        let labelWidth = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
        var lines = [style.apply(.heading, labels.reportTitle)]
        for (label, value) in fields {
            let prefix = TextWrapper.padded(label, to: labelWidth) + "  "
            let wrapped = wrap(SafeText.line(value), first: prefix, rest: String(repeating: " ", count: labelWidth + 2))
            lines += wrapped.enumerated().map { index, line in
                index == 0 ? style.apply(.muted, prefix) + String(line.dropFirst(prefix.count)) : line
            }
        }
        return lines
    }

    // MARK: Scores

    private func overview(_ assessment: RespondentAssessment, layout: ScoreLayout) -> [String] {
        var lines: [String] = []
        let bands = OverviewBands(assessment.questionnaires)
        for part in assessment.parts {
            let questionnaire = part.questionnaire
            lines += layout.row(
                name: SafeText.line(questionnaire.title.text(labels.language)), score: part.card.score,
                method: questionnaire.scoring.method, extrapolated: part.card.extrapolated,
                range: ScoreRange(questionnaire: questionnaire, card: part.card),
                level: bands.level(part.card.score, of: questionnaire, own: part.card.level),
                levels: bands.levels(of: questionnaire), style: style)
        }
        var notes: [String] = []
        if labels.set.average {
            let overall = assessment.overall
            let ranges = assessment.parts.filter { !overall.leftOut.contains($0.questionnaire.id) }
                .compactMap { ScoreRange(questionnaire: $0.questionnaire, card: $0.card) }
            let range = ranges.isEmpty ? nil : ScoreRange(lower: ranges.map(\.lower).min()!, upper: ranges.map(\.upper).max()!)
            lines += layout.row(
                name: labels.average, score: overall.score, method: .mean, extrapolated: overall.extrapolated, range: range,
                level: nil, levels: [], style: style, nameTone: .emphasis)
            notes.append(labels.averageNote(assessment))
        }
        if assessment.parts.contains(where: \.card.extrapolated) { notes.append(labels.extrapolatedTotal) }
        if let note = labels.bandsNote(bands) { notes.append(note) }
        for note in notes {
            lines += wrap(note, first: "    ", rest: "    ").map { style.apply(.muted, $0) }
        }
        return lines
    }

    private func safeguard(_ part: ResponseAssessment, layout: ScoreLayout) -> [String] {
        let questionnaire = part.questionnaire
        var lines = heading(SafeText.line(questionnaire.title.text(labels.language)))
        lines += wrap(labels.questionnaireVersion(questionnaire), first: "  ", rest: "  ").map { style.apply(.muted, $0) }
        if part.digestDiffers {
            lines += wrap(labels.digestDiffers(questionnaire), first: "  ", rest: "  ")
        }
        lines += layout.row(
            name: labels.safeguardScore, score: part.card.score, method: questionnaire.scoring.method,
            extrapolated: part.card.extrapolated, range: ScoreRange(questionnaire: questionnaire, card: part.card),
            level: part.card.level, levels: questionnaire.scoring.levels, style: style, nameTone: .emphasis)
        if part.card.extrapolated {
            lines += wrap(labels.extrapolatedTotal, first: "    ", rest: "    ").map { style.apply(.muted, $0) }
        }
        if let reason = part.card.noScore {
            lines += wrap(labels.reason(reason), first: "    ", rest: "    ").map { style.apply(.muted, $0) }
        }
        lines.append("")
        for (theme, score) in part.themes {
            let counts = ThemeCounts(score)
            if counts.shown == 0 && score.questions.allSatisfy({ $0.status == .unscored }) { continue }
            lines += layout.row(
                name: SafeText.line(theme.title.text(labels.language)), score: score.score, method: score.method,
                extrapolated: score.extrapolated, range: ScoreRange(theme: theme, score: score), level: score.level,
                levels: questionnaire.levels(for: theme), style: style)
            var details = [labels.counts(counts)]
            if score.extrapolated { details.append(labels.extrapolated(counts)) }
            if let reason = score.noScore { details.append(labels.reason(reason)) }
            for detail in details {
                lines += wrap(detail, first: "    ", rest: "    ").map { style.apply(.muted, $0) }
            }
        }
        return lines
    }

    // MARK: Findings

    /// Development points in full, numbered; other findings as a title with where and why.
    private func findings(_ found: [Finding], kind: Finding.Kind, of assessment: RespondentAssessment) -> [String] {
        guard !found.isEmpty else { return wrap(labels.none(kind), first: "  ", rest: "  ") }
        var lines: [String] = []
        for (index, finding) in found.enumerated() {
            if index > 0, kind == .developmentPoint { lines.append("") }
            let marker = kind == .developmentPoint ? "\(index + 1). " : "• "
            let indent = String(repeating: " ", count: 2 + marker.count)
            lines += wrap(SafeText.line(finding.title.text(labels.language)), first: "  " + marker, rest: indent)
                .map { style.apply(.emphasis, $0) }
            var place = labels.place(of: finding, in: assessment)
            if let priority = finding.priority {
                place = "\(labels.priority) \(labels.priority(priority)) · " + place
            }
            lines += wrap(SafeText.line(place), first: indent, rest: indent).map { style.apply(.muted, $0) }
            if kind == .developmentPoint, let text = finding.text {
                lines += wrap(SafeText.terminal(text.text(labels.language)), first: indent, rest: indent)
            }
            let why = labels.reasons(of: finding, in: assessment)
            if kind != .strength, !why.isEmpty {
                lines += wrap(
                    SafeText.line((kind == .developmentPoint ? labels.why + ": " : "") + why.joined(separator: " ")), first: indent, rest: indent)
            }
            if kind == .developmentPoint, !finding.actions.isEmpty {
                lines.append(indent + style.apply(.emphasis, labels.actions))
                for action in finding.actions {
                    lines += wrap(SafeText.line(action.text(labels.language)), first: indent + "  • ", rest: indent + "    ")
                }
            }
            if explain { lines += explanations(finding, indent: indent) }
        }
        return lines
    }

    /// With `--explain`: the rules and expressions behind a finding.
    private func explanations(_ finding: Finding, indent: String) -> [String] {
        labels.explanations(of: finding).flatMap { line in
            wrap(SafeText.line(line), first: indent + "  • ", rest: indent + "    ").map { style.apply(.muted, $0) }
        }
    }

    // MARK: Notes

    private func notes(_ part: ResponseAssessment) -> [String] {
        let language = labels.language
        var lines =
            [""]
            + wrap(SafeText.line(part.questionnaire.title.text(language)), first: "  ", rest: "  ")
            .map { style.apply(.emphasis, $0) }
        var currentTheme: String?
        for (question, answer) in part.notedAnswers {
            if question.id.theme != currentTheme, let theme = part.questionnaire.theme(question.id.theme) {
                currentTheme = question.id.theme
                lines += wrap(SafeText.line(theme.title.text(language)), first: "    ", rest: "    ").map { style.apply(.muted, $0) }
            }
            lines += wrap(SafeText.line(question.text.text(language)), first: "    • ", rest: "      ")
            var fields: [(String, String)] = []
            fields.append((labels.answer, labels.answer(answer, to: question)))
            if let note = answer.note, !SafeText.collapsed(note).isEmpty { fields.append((labels.note, note)) }
            if let evidence = answer.evidence, !SafeText.collapsed(evidence).isEmpty { fields.append((labels.evidence, evidence)) }
            for (label, value) in fields {
                let prefix = "      " + label + ": "
                lines += wrap(SafeText.terminal(value).trimmingNewlines, first: prefix, rest: "        ")
            }
        }
        return lines
    }

    // MARK: Helpers

    private func heading(_ text: String) -> [String] {
        let lines = wrap(text, first: "", rest: "")
        let underline = String(repeating: "─", count: Swift.min(width, lines.map { DisplayWidth.of($0) }.max() ?? 0))
        return lines.map { style.apply(.heading, $0) } + [style.apply(.muted, underline)]
    }

    private func wrap(_ text: String, first: String, rest: String) -> [String] {
        TextWrapper.wrap(text, width: width, first: first, rest: rest)
    }
}
