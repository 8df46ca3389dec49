public import Assessment
public import Questionnaire

/// The plan as Markdown: the assessment it rests on, then per safeguard a table with one
/// row per action (development point, goal and evaluation on its first row), and under
/// it the reasons and remarks.
///
/// Every text from the plan is escaped with `MarkdownText`; reasons are sentences.
public struct PlanMarkdown: PlanRenderer {
    public var labels: PlanLabels

    public init(language: String = "nl", set: QuestionnaireSet = .neutral) {
        self.labels = PlanLabels(language: language, set: set)
    }

    public func render(_ plan: ActionPlan, questionnaires: [Questionnaire]) -> String {
        var out = "# \(labels.title): \(MarkdownText.inline(plan.board))\n\n"
        out += header(plan)
        out += "\n> " + labels.intro + "\n"
        let sections = PlanSection.sections(of: plan, questionnaires: questionnaires, labels: labels)
        if sections.isEmpty { return out + "\n" + labels.noEntries + "\n" }
        for section in sections { out += "\n" + render(section) }
        return out
    }

    /// The plan as a part of another document, such as the panel brief: every heading one
    /// level deeper.
    public func appendix(_ plan: ActionPlan, questionnaires: [Questionnaire]) -> String {
        render(plan, questionnaires: questionnaires).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") ? "#" + line : String(line)
        }.joined(separator: "\n")
    }

    private func header(_ plan: ActionPlan) -> String {
        let basis = plan.basis
        var fields: [(String, String)] = [(labels.board, MarkdownText.inline(plan.board))]
        let assessment = labels.assessment(date: basis.date, respondents: basis.respondents)
        if !assessment.isEmpty { fields.append((labels.assessment, MarkdownText.inline(assessment))) }
        if !basis.questionnaires.isEmpty {
            fields.append((labels.questionnaires, basis.questionnaires.map { MarkdownText.inline("\($0.id) \($0.version)") }.joined(separator: ", ")))
        }
        let files = basis.answers.isEmpty ? basis.respondents ?? 0 : basis.answers.count
        fields.append((labels.answers, MarkdownText.inline(labels.answerFiles(files)) + ", digest " + MarkdownText.code(basis.digest)))
        return fields.map { "- **\($0.0):** \($0.1)\n" }.joined()
    }

    private func render(_ section: PlanSection) -> String {
        var out = "## \(MarkdownText.inline(section.heading))\n\n"
        var table = MarkdownTable(columns: [
            .init(labels.point), .init(labels.goal), .init(labels.criterion), .init(labels.action), .init(labels.owner),
            .init(labels.timeline), .init(labels.evaluation),
        ])
        for entry in section.entries {
            let actions = entry.actions.isEmpty ? [nil] : entry.actions.map(Optional.some)
            for (index, action) in actions.enumerated() {
                let first = index == 0
                table.rows.append([
                    first ? point(entry) : "",
                    first ? filled(entry.goal, entry) : "",
                    first ? filled(entry.successCriterion, entry) : "",
                    action.map { description($0, entry) } ?? todo(entry),
                    filled(action?.owner, entry),
                    action.flatMap { labels.timeline(start: $0.start, end: $0.end) }.map(MarkdownText.cell) ?? todo(entry),
                    first ? filled(entry.evaluation.map(labels.moment), entry) : "",
                ])
            }
        }
        out += table.rendered()
        let background = section.entries.filter { !$0.reason.isEmpty || !$0.covers.isEmpty || $0.notes != nil }
        if !background.isEmpty {
            out += "\n**\(labels.background)**\n\n"
            for entry in background {
                var parts = entry.reason.map(MarkdownText.inline)
                if !entry.covers.isEmpty { parts.append(labels.covers + " " + entry.covers.map(MarkdownText.code).joined(separator: ", ")) }
                if let notes = entry.notes { parts.append(labels.notes + ": " + MarkdownText.inline(notes)) }
                out += "- **\(MarkdownText.inline(entry.title))**: " + parts.joined(separator: "; ") + "\n"
            }
        }
        return out
    }

    /// `**Titel** (speerpunt · hoog · open)`, with a remark when the point has vanished.
    private func point(_ entry: PlanEntry) -> String {
        var tags: [String] = []
        if entry.speerpunt { tags.append(labels.speerpunt) }
        if let priority = entry.priority { tags.append(labels.priority(priority)) }
        tags.append(labels.status(entry.status))
        var out = "**\(MarkdownText.inline(entry.title))** (\(tags.joined(separator: " · ")))"
        if let vanished = entry.vanished { out += " — _\(MarkdownText.inline(labels.vanished(vanished)))_" }
        return out
    }

    private func description(_ action: PlanAction, _ entry: PlanEntry) -> String {
        var out = filled(action.description, entry)
        if let resources = action.resources { out += " (\(labels.resources): \(MarkdownText.inline(resources)))" }
        return out
    }

    /// Marks a field still to fill in; for a point that is done or dropped, only a dash.
    private func todo(_ entry: PlanEntry) -> String {
        entry.status.isPending ? "_\(labels.toComplete)_" : "—"
    }

    private func filled(_ text: String?, _ entry: PlanEntry) -> String {
        guard let text, !SafeText.collapsed(text).isEmpty else { return todo(entry) }
        return MarkdownText.cell(text)
    }
}
