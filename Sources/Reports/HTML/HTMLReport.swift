public import Assessment
public import Questionnaire

/// A respondent's report as one self-contained HTML page: the scores of the safeguards and
/// their themes as bar charts in the band colours, each followed by its table, then the
/// findings with their reasons and the notes and evidence given.
///
/// No script and no resource from outside; every text from a file is escaped with
/// `HTMLText`, in the page and in the charts alike. Several answers files give one page
/// with a part per respondent.
public struct HTMLReport: ReportRenderer {
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
        let title: String
        if assessments.count == 1, let only = assessments.first {
            title = "\(labels.reportTitle): \(only.respondent.name)"
        } else {
            title = labels.reportTitle
        }
        let body = assessments.map(render).joined(separator: "<hr>\n")
        return HTMLPage.document(language: labels.language, title: title, body: body)
    }

    // MARK: One respondent

    private func render(_ assessment: RespondentAssessment) -> String {
        let respondent = assessment.respondent
        var out = "<article>\n<h1>\(HTMLText.inline(labels.reportTitle)): \(HTMLText.inline(respondent.name))</h1>\n"
        var fields: [(String, String)] = [
            (labels.respondent, respondent.name),
            (labels.role, labels.roleLabel(respondent.role, in: assessment.questionnaires)),
            (labels.board, respondent.organisation),
        ]
        if let school = respondent.school { fields.append((labels.school, school)) }
        fields.append((labels.answersFile, assessment.path))
        out += "<dl class=\"meta\">\n" + fields.map { "<dt>\(HTMLText.inline($0.0))</dt><dd>\(HTMLText.inline($0.1))</dd>\n" }.joined() + "</dl>\n"
        out += "<p class=\"lead\">\(HTMLText.inline(labels.conversationNote))</p>\n"
        guard !assessment.parts.isEmpty else { return out + "<p>\(HTMLText.inline(labels.noQuestionnaires))</p>\n</article>\n" }
        if assessment.parts.count > 1 { out += overview(assessment) }
        if let kern = KernSection(assessment, labels: labels) { out += kern.html() }
        for part in assessment.parts { out += safeguard(part) }
        let findings = HTMLFindings(
            labels: labels, why: { labels.reasons(of: $0, in: assessment) }, explain: explain,
            place: { labels.place(of: $0, in: assessment) })
        let points = FindingSelection(assessment.findings(.developmentPoint), limits: limits)
        out += "<section class=\"findings\">\n"
        out += "<h2>\(HTMLText.inline(labels.developmentPoints))</h2>\n"
        out += findings.list(points.shown, none: labels.none(.developmentPoint), numbered: true)
        if !points.more.isEmpty { out += "<p>\(HTMLText.inline(labels.moreDevelopmentPoints(points.more.count)))</p>\n" }
        if !points.shown.isEmpty { out += "<p class=\"lead\">\(HTMLText.inline(labels.planNote))</p>\n" }
        let conversation = assessment.findings(.conversationPoint)
        if !conversation.isEmpty {
            out +=
                "<h2>\(HTMLText.inline(labels.conversationPoints))</h2>\n<p class=\"small\">\(HTMLText.inline(labels.conversationPointsNote))</p>\n"
            out += findings.list(conversation, none: labels.none(.conversationPoint))
        }
        out += "<h2>\(HTMLText.inline(labels.strengths))</h2>\n" + findings.list(assessment.findings(.strength), none: labels.none(.strength))
        out +=
            "<h2>\(HTMLText.inline(labels.panelQuestions))</h2>\n"
            + findings.list(assessment.findings(.panelQuestion), none: labels.none(.panelQuestion))
        out += "</section>\n"
        let noted = assessment.parts.filter { !$0.notedAnswers.isEmpty }
        if !noted.isEmpty {
            out += "<section class=\"notes\">\n<h2>\(HTMLText.inline(labels.notes))</h2>\n"
            for part in noted { out += notes(part) }
            out += "</section>\n"
        }
        if !points.more.isEmpty {
            out += "<section class=\"appendix\">\n<h2>\(HTMLText.inline(labels.moreDevelopmentPoints))</h2>\n"
            out += findings.list(points.more, none: "", full: false) + "</section>\n"
        }
        return out + "</article>\n"
    }

    // MARK: Scores

    private func overview(_ assessment: RespondentAssessment) -> String {
        var out = "<section class=\"overview\">\n<h2>\(HTMLText.inline(labels.overview))</h2>\n"
        let bands = OverviewBands(assessment.questionnaires)
        let means = assessment.parts.filter { $0.questionnaire.scoring.method == .mean }
        if let first = means.first {
            let ranges = means.compactMap { ScoreRange(questionnaire: $0.questionnaire, card: $0.card) }
            let chart = BarChart(
                label: labels.overview,
                rows: means.map { part in
                    BarChart.Row(
                        label: labels.safeguardName(part.questionnaire), value: part.card.score,
                        display: part.card.score.map { labels.number($0) + (part.card.extrapolated ? labels.extrapolatedMark : "") }
                            ?? labels.noScore,
                        colour: BandColour.of(
                            bands.level(part.card.score, of: part.questionnaire, own: part.card.level),
                            among: bands.levels(of: part.questionnaire)))
                },
                scale: (ranges.map(\.lower).min() ?? 1, ranges.map(\.upper).max() ?? 4),
                levels: bands.levels(of: first.questionnaire), labels: labels, markerLegend: nil)
            out += "<figure>\n\(chart.svg())\n</figure>\n"
        }
        var table = HTMLTable(columns: [.init(labels.safeguard), .init(labels.score, numeric: true), .init(labels.level)])
        for part in assessment.parts {
            let questionnaire = part.questionnaire
            table.rows.append([
                HTMLText.inline(questionnaire.title.text(labels.language)),
                part.card.score.map {
                    labels.number($0, method: questionnaire.scoring.method) + (part.card.extrapolated ? labels.extrapolatedMark : "")
                }
                    ?? labels.noScore,
                level(bands.level(part.card.score, of: questionnaire, own: part.card.level), among: bands.levels(of: questionnaire)),
            ])
        }
        var notes: [String] = []
        if labels.set.average {
            let overall = assessment.overall
            table.rows.append([
                HTMLText.inline(labels.average),
                overall.score.map { labels.number($0) + (overall.extrapolated ? labels.extrapolatedMark : "") } ?? labels.noScore, "—",
            ])
            table.rowClasses[assessment.parts.count] = "total"
            notes.append("\(labels.average): \(labels.averageNote(assessment)).")
        }
        out += table.html()
        if assessment.parts.contains(where: \.card.extrapolated) { notes.append(labels.extrapolatedTotal) }
        if let note = labels.bandsNote(bands) { notes.append(note) }
        out += notes.map { "<p class=\"small\">\(HTMLText.inline($0))</p>\n" }.joined()
        return out + "</section>\n"
    }

    private func safeguard(_ part: ResponseAssessment) -> String {
        let questionnaire = part.questionnaire
        var out = "<section class=\"safeguard\">\n<h2>\(HTMLText.inline(questionnaire.title.text(labels.language)))</h2>\n"
        out += "<p class=\"score\">\(HTMLText.inline(labels.safeguardScore)): <strong>"
        out += part.card.score.map { labels.number($0, method: questionnaire.scoring.method) } ?? labels.noScore
        if part.card.extrapolated { out += labels.extrapolatedMark }
        out += "</strong> " + level(part.card.level, among: questionnaire.scoring.levels)
        out += " <span class=\"small\">(\(HTMLText.inline(labels.questionnaireVersion(questionnaire))))</span></p>\n"
        if part.card.extrapolated { out += "<p class=\"small\">\(HTMLText.inline(labels.extrapolatedTotal))</p>\n" }
        if let reason = part.card.noScore {
            out += "<p class=\"muted\">\(HTMLText.inline(labels.reason(reason)))</p>\n"
        }
        if part.digestDiffers { out += "<p>\(HTMLText.inline(labels.digestDiffers(questionnaire)))</p>\n" }
        let themes = part.themes.filter { theme, score in
            !(ThemeCounts(score).shown == 0 && score.questions.allSatisfy { $0.status == .unscored })
        }
        let rows = themes.map { theme, score in
            BarChart.Row(
                label: theme.title.text(labels.language), value: score.score,
                display: score.score.map { labels.number($0, method: score.method) + (score.extrapolated ? labels.extrapolatedMark : "") }
                    ?? labels.noScore,
                colour: BandColour.of(score.level, among: questionnaire.levels(for: theme)))
        }
        let ranges = themes.compactMap { ScoreRange(theme: $0.theme, score: $0.score) }
        if !rows.isEmpty, let first = themes.first, !ranges.isEmpty, Set(themes.map(\.score.method)).count == 1 {
            let chart = BarChart(
                label: "\(labels.safeguardName(questionnaire)): \(labels.theme.lowercased())", rows: rows,
                scale: (ranges.map(\.lower).min()!, ranges.map(\.upper).max()!),
                levels: questionnaire.levels(for: first.theme), labels: labels, markerLegend: nil)
            out += "<figure>\n\(chart.svg())\n</figure>\n"
        }
        var table = HTMLTable(
            columns: [
                .init(labels.theme), .init(labels.score, numeric: true), .init(labels.level),
                .init(labels.answeredColumn, numeric: true), .init(labels.notApplicableColumn, numeric: true),
            ] + (questionnaire.offersUnknown ? [.init(labels.unknownColumn, numeric: true)] : []) + [
                .init(labels.openColumn, numeric: true)
            ])
        var remarks: [String] = []
        for (theme, score) in themes {
            let counts = ThemeCounts(score)
            var scoreText = score.score.map { labels.number($0, method: score.method) } ?? labels.noScore
            if score.extrapolated, score.score != nil { scoreText += labels.extrapolatedMark }
            table.rows.append(
                [
                    HTMLText.inline(theme.title.text(labels.language)), scoreText,
                    level(score.level, among: questionnaire.levels(for: theme)),
                    "\(counts.answered)", "\(counts.notApplicable)",
                ] + (questionnaire.offersUnknown ? ["\(counts.unknown)"] : []) + ["\(counts.unanswered)"])
            let name = "<em>\(HTMLText.inline(theme.title.text(labels.language)))</em>: "
            if score.extrapolated { remarks.append(name + HTMLText.inline(labels.extrapolated(counts))) }
            if let reason = score.noScore { remarks.append(name + HTMLText.inline(labels.reason(reason))) }
        }
        out += table.html()
        if !remarks.isEmpty { out += "<ul class=\"small\">" + remarks.map { "<li>\($0)</li>" }.joined() + "</ul>\n" }
        return out + "</section>\n"
    }

    private func level(_ level: Level?, among levels: [Level]) -> String {
        guard let level else { return "—" }
        let colour = BandColour.of(level, among: levels)
        return "<span class=\"level \(colour.className)\">\(HTMLText.inline(level.label.text(labels.language)))</span>"
    }

    // MARK: Notes

    private func notes(_ part: ResponseAssessment) -> String {
        let language = labels.language
        var out = "<h3>\(HTMLText.inline(part.questionnaire.title.text(language)))</h3>\n"
        var currentTheme: String?
        var open = false
        for (question, answer) in part.notedAnswers {
            if question.id.theme != currentTheme, let theme = part.questionnaire.theme(question.id.theme) {
                if open { out += "</ul>\n" }
                currentTheme = question.id.theme
                out += "<h4>\(HTMLText.inline(theme.title.text(language)))</h4>\n<ul class=\"notes\">\n"
                open = true
            }
            out += "<li>\(HTMLText.inline(question.text.text(language)))<ul>"
            out +=
                "<li><span class=\"author\">\(HTMLText.inline(labels.answer)):</span> <span class=\"user-text\">\(HTMLText.lines(labels.answer(answer, to: question)))</span></li>"
            if let note = answer.note, !SafeText.collapsed(note).isEmpty {
                out +=
                    "<li><span class=\"author\">\(HTMLText.inline(labels.note)):</span> <span class=\"user-text\">\(HTMLText.lines(note.trimmingNewlines))</span></li>"
            }
            if let evidence = answer.evidence, !SafeText.collapsed(evidence).isEmpty {
                out +=
                    "<li><span class=\"author\">\(HTMLText.inline(labels.evidence)):</span> <span class=\"user-text\">\(HTMLText.lines(evidence.trimmingNewlines))</span></li>"
            }
            out += "</ul></li>\n"
        }
        if open { out += "</ul>\n" }
        return out
    }
}
