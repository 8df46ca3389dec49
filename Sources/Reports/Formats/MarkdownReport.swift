public import Assessment
public import Questionnaire

/// The report as a Markdown document a board can paste into its plan: a heading per
/// safeguard with a table of its themes, then the findings with their reasons, and the
/// notes and evidence given with the answers.
///
/// Every text from a file is escaped with `MarkdownText`, so a note or a name cannot add
/// links, images, HTML or headings of its own; the expressions of `--explain` are code spans.
public struct MarkdownReport: ReportRenderer {
    public var labels: Labels
    /// Whether each finding shows the rules and expressions behind it (`--explain`).
    public var explain: Bool
    public var limits: FindingLimits

    public init(language: String = "nl", set: QuestionnaireSet = .neutral, explain: Bool = false, limits: FindingLimits = FindingLimits()) {
        self.labels = Labels(language: language, set: set)
        self.explain = explain
        self.limits = limits
    }

    public func render(_ assessments: [RespondentAssessment]) -> String {
        assessments.map(block).joined(separator: Self.separator)
    }

    /// One respondent's report as a Markdown document.
    public func block(_ assessment: RespondentAssessment) -> String { render(assessment) }

    /// What stands between two respondents' reports.
    public static let separator = "\n---\n\n"

    // MARK: One respondent

    private func render(_ assessment: RespondentAssessment) -> String {
        var out = header(assessment)
        out += "> " + labels.conversationNote + "\n"
        guard !assessment.parts.isEmpty else { return out + "\n" + labels.noQuestionnaires + "\n" }
        if assessment.parts.count > 1 { out += "\n" + overview(assessment) }
        if let kern = KernSection(assessment, labels: labels) { out += "\n" + kern.markdown() }
        for part in assessment.parts { out += "\n" + safeguard(part) }
        let points = FindingSelection(assessment.findings(.developmentPoint), limits: limits)
        out += "\n## \(labels.developmentPoints)\n\n" + developmentPoints(points, of: assessment)
        let conversation = assessment.findings(.conversationPoint)
        if !conversation.isEmpty {
            out += "\n## \(labels.conversationPoints)\n\n\(labels.conversationPointsNote)\n\n" + list(conversation, of: assessment)
        }
        out += "\n## \(labels.strengths)\n\n" + list(assessment.findings(.strength), of: assessment, none: .strength)
        out += "\n## \(labels.panelQuestions)\n\n" + list(assessment.findings(.panelQuestion), of: assessment, none: .panelQuestion)
        let noted = assessment.parts.filter { !$0.notedAnswers.isEmpty }
        if !noted.isEmpty {
            out += "\n## \(labels.notes)\n"
            for part in noted { out += notes(part) }
        }
        out += moreDevelopmentPoints(points.more, of: assessment)
        return out
    }

    private func header(_ assessment: RespondentAssessment) -> String {
        let respondent = assessment.respondent
        var out = "# \(labels.reportTitle): \(MarkdownText.inline(respondent.name))\n\n"
        var fields: [(String, String)] = [
            (labels.respondent, MarkdownText.inline(respondent.name)),
            (labels.role, MarkdownText.inline(labels.roleLabel(respondent.role, in: assessment.questionnaires))),
            (labels.board, MarkdownText.inline(respondent.organisation)),
        ]
        if let school = respondent.school { fields.append((labels.school, MarkdownText.inline(school))) }
        fields.append((labels.answersFile, MarkdownText.inline(assessment.path)))
        for (label, value) in fields { out += "- **\(label):** \(value)\n" }
        return out + "\n"
    }

    // MARK: Scores

    private func overview(_ assessment: RespondentAssessment) -> String {
        var table = MarkdownTable(columns: [
            .init(labels.safeguard), .init(labels.score, alignment: .right), .init(labels.level),
        ])
        let bands = OverviewBands(assessment.questionnaires)
        for part in assessment.parts {
            let questionnaire = part.questionnaire
            table.rows.append([
                MarkdownText.cell(questionnaire.title.text(labels.language)),
                score(part.card.score, method: questionnaire.scoring.method, extrapolated: part.card.extrapolated),
                level(bands.level(part.card.score, of: questionnaire, own: part.card.level)),
            ])
        }
        var notes: [String] = []
        if labels.set.average {
            let overall = assessment.overall
            table.rows.append([
                "**\(labels.average)**", score(overall.score, method: .mean, strong: true, extrapolated: overall.extrapolated), "—",
            ])
            notes.append("\(labels.average): \(MarkdownText.inline(labels.averageNote(assessment))).")
        }
        if assessment.parts.contains(where: \.card.extrapolated) { notes.append(MarkdownText.inline(labels.extrapolatedTotal)) }
        if let note = labels.bandsNote(bands) { notes.append(MarkdownText.inline(note)) }
        return "## \(labels.overview)\n\n" + table.rendered() + notes.map { "\n\($0)\n" }.joined()
    }

    private func safeguard(_ part: ResponseAssessment) -> String {
        let questionnaire = part.questionnaire
        var out = "## \(MarkdownText.inline(questionnaire.title.text(labels.language)))\n\n"
        out +=
            "\(labels.safeguardScore): \(score(part.card.score, method: questionnaire.scoring.method, strong: true, extrapolated: part.card.extrapolated))"
        if let level = part.card.level { out += " — " + MarkdownText.inline(level.label.text(labels.language)) }
        out += " (\(MarkdownText.inline(labels.questionnaireVersion(questionnaire))))\n"
        if part.card.extrapolated { out += "\n" + MarkdownText.inline(labels.extrapolatedTotal) + "\n" }
        if let reason = part.card.noScore {
            out += "\n" + MarkdownText.inline(labels.reason(reason)) + "\n"
        }
        if part.digestDiffers { out += "\n" + MarkdownText.inline(labels.digestDiffers(questionnaire)) + "\n" }
        var table = MarkdownTable(
            columns: [
                .init(labels.theme), .init(labels.score, alignment: .right), .init(labels.level),
                .init(labels.answeredColumn, alignment: .right), .init(labels.notApplicableColumn, alignment: .right),
            ] + (questionnaire.offersUnknown ? [.init(labels.unknownColumn, alignment: .right)] : []) + [
                .init(labels.openColumn, alignment: .right)
            ])
        var remarks: [String] = []
        for (theme, themeScore) in part.themes {
            let counts = ThemeCounts(themeScore)
            if counts.shown == 0 && themeScore.questions.allSatisfy({ $0.status == .unscored }) { continue }
            let title = MarkdownText.cell(theme.title.text(labels.language))
            var scoreText = score(themeScore.score, method: themeScore.method)
            if themeScore.extrapolated, themeScore.score != nil { scoreText += "\\*" }
            table.rows.append(
                [
                    title, scoreText, level(themeScore.level), "\(counts.answered)", "\(counts.notApplicable)",
                ] + (questionnaire.offersUnknown ? ["\(counts.unknown)"] : []) + ["\(counts.unanswered)"])
            let name = MarkdownText.inline(theme.title.text(labels.language))
            if themeScore.extrapolated {
                remarks.append("*\(name)*: " + MarkdownText.inline(labels.extrapolated(counts)))
            }
            if let reason = themeScore.noScore {
                remarks.append("*\(name)*: " + MarkdownText.inline(labels.reason(reason)))
            }
        }
        out += "\n" + table.rendered()
        if !remarks.isEmpty { out += "\n" + remarks.map { "- \($0)\n" }.joined() }
        return out
    }

    private func score(_ value: Double?, method: ScoringMethod, strong: Bool = false, extrapolated: Bool = false) -> String {
        guard let value else { return labels.noScore }
        let text = labels.number(value, method: method)
        return (strong ? "**\(text)**" : text) + (extrapolated ? "\\*" : "")
    }

    private func level(_ level: Level?) -> String {
        level.map { MarkdownText.cell($0.label.text(labels.language)) } ?? "—"
    }

    // MARK: Findings

    /// Strengths, conversation points or panel questions: one item each, with its why.
    private func list(_ found: [Finding], of assessment: RespondentAssessment, none kind: Finding.Kind = .conversationPoint) -> String {
        guard !found.isEmpty else { return labels.none(kind) + "\n" }
        var out = ""
        for finding in found {
            out += "- **\(MarkdownText.inline(finding.title.text(labels.language)))** — "
            out += "*\(MarkdownText.inline(labels.place(of: finding, in: assessment)))*"
            let why = labels.reasons(of: finding, in: assessment)
            if finding.kind != .strength, !why.isEmpty { out += "  \n  " + MarkdownText.inline(why.joined(separator: " ")) }
            out += explanation(finding, indent: "  ")
            out += "\n"
        }
        return out
    }

    private func developmentPoints(_ selection: FindingSelection, of assessment: RespondentAssessment) -> String {
        guard !selection.shown.isEmpty else { return labels.none(.developmentPoint) + "\n" }
        var out = ""
        for (index, finding) in selection.shown.enumerated() {
            if index > 0 { out += "\n" }
            out += "### \(index + 1). \(MarkdownText.inline(finding.title.text(labels.language)))\n\n"
            var place = labels.place(of: finding, in: assessment)
            if let priority = finding.priority {
                place = "\(labels.priority) \(labels.priority(priority)) · " + place
            }
            out += "*\(MarkdownText.inline(place.capitalisedFirst))*\n"
            if let text = finding.text {
                out += "\n" + MarkdownText.lines(text.text(labels.language), separator: "\n\n") + "\n"
            }
            let why = labels.reasons(of: finding, in: assessment)
            if !why.isEmpty { out += "\n**\(labels.why):** " + MarkdownText.inline(why.joined(separator: " ")) + "\n" }
            if !finding.actions.isEmpty {
                out += "\n**\(labels.actions)**\n\n"
                for action in finding.actions { out += "- " + MarkdownText.inline(action.text(labels.language)) + "\n" }
            }
            out += explanation(finding, indent: "")
        }
        if !selection.more.isEmpty { out += "\n" + labels.moreDevelopmentPoints(selection.more.count) + "\n" }
        return out + "\n> " + labels.planNote + "\n"
    }

    /// The appendix: development points past the limits, one line each.
    private func moreDevelopmentPoints(_ more: [Finding], of assessment: RespondentAssessment) -> String {
        guard !more.isEmpty else { return "" }
        return "\n## \(labels.moreDevelopmentPoints)\n\n" + list(more, of: assessment)
    }

    /// With `--explain`: the rules and expressions behind a finding, as code.
    private func explanation(_ finding: Finding, indent: String) -> String {
        guard explain else { return "" }
        return finding.reasons.map { reason in
            "\n\(indent)- " + MarkdownText.inline(labels.rule(reason.rule))
                + (reason.expressions.isEmpty ? "" : ": " + reason.expressions.map(MarkdownText.code).joined(separator: ", "))
        }.joined()
    }

    // MARK: Notes

    private func notes(_ part: ResponseAssessment) -> String {
        let language = labels.language
        var out = "\n### \(MarkdownText.inline(part.questionnaire.title.text(language)))\n"
        var currentTheme: String?
        for (question, answer) in part.notedAnswers {
            if question.id.theme != currentTheme, let theme = part.questionnaire.theme(question.id.theme) {
                currentTheme = question.id.theme
                out += "\n#### \(MarkdownText.inline(theme.title.text(language)))\n\n"
            }
            out += "- \(MarkdownText.inline(question.text.text(language)))\n"
            out += "  - \(labels.answer): \(MarkdownText.inline(labels.answer(answer, to: question)))\n"
            if let note = answer.note, !SafeText.collapsed(note).isEmpty {
                out += "  - \(labels.note): \(MarkdownText.inline(note))\n"
            }
            if let evidence = answer.evidence, !SafeText.collapsed(evidence).isEmpty {
                out += "  - \(labels.evidence): \(MarkdownText.inline(evidence))\n"
            }
        }
        return out
    }
}
