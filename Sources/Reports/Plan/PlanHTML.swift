public import Assessment
public import Questionnaire

/// The plan as one self-contained HTML page to print or hand in: the same content as the
/// Markdown form, with a development point's cells spanning the rows of its actions.
///
/// No scripts, no external resources; every text from the plan is escaped with
/// `HTMLText`.
public struct PlanHTML: PlanRenderer {
    public var labels: PlanLabels

    public init(language: String = "nl", set: QuestionnaireSet = .neutral) {
        self.labels = PlanLabels(language: language, set: set)
    }

    public func render(_ plan: ActionPlan, questionnaires: [Questionnaire]) -> String {
        let title = "\(labels.title): \(plan.board)"
        var body = "<h1>\(HTMLText.inline(title))</h1>\n"
        body += header(plan)
        body += "<p class=\"lead\">\(HTMLText.inline(labels.intro))</p>\n"
        let sections = PlanSection.sections(of: plan, questionnaires: questionnaires, labels: labels)
        if sections.isEmpty { body += "<p>\(HTMLText.inline(labels.noEntries))</p>\n" }
        for section in sections { body += render(section) }
        return Self.document(language: labels.language, title: title, body: body)
    }

    /// The plan as a section of another page, such as the panel brief: its tables under one heading.
    public func section(_ plan: ActionPlan, questionnaires: [Questionnaire]) -> String {
        var body = "<section class=\"plan-in-brief\">\n<h2>\(HTMLText.inline(labels.title))</h2>\n"
        body += header(plan)
        let sections = PlanSection.sections(of: plan, questionnaires: questionnaires, labels: labels)
        if sections.isEmpty { body += "<p>\(HTMLText.inline(labels.noEntries))</p>\n" }
        for section in sections {
            body += render(section, level: 3)
        }
        return body + "</section>\n"
    }

    /// The plan's header and tables without a heading of its own, for an appendix of the
    /// panel brief.
    public func tables(_ plan: ActionPlan, questionnaires: [Questionnaire]) -> String {
        var body = header(plan)
        let sections = PlanSection.sections(of: plan, questionnaires: questionnaires, labels: labels)
        if sections.isEmpty { body += "<p>\(HTMLText.inline(labels.noEntries))</p>\n" }
        for section in sections { body += render(section, level: 3) }
        return body
    }

    /// The reports' page (`HTMLPage`) with the plan's own table style added.
    static func document(language: String, title: String, body: String) -> String {
        HTMLPage.document(language: language, title: title, body: body, extraStyle: style, mainClass: "plan")
    }

    private func header(_ plan: ActionPlan) -> String {
        let basis = plan.basis
        var fields: [(String, String)] = [(labels.board, HTMLText.inline(plan.board))]
        let assessment = labels.assessment(date: basis.date, respondents: basis.respondents)
        if !assessment.isEmpty { fields.append((labels.assessment, HTMLText.inline(assessment))) }
        if !basis.questionnaires.isEmpty {
            fields.append((labels.questionnaires, HTMLText.inline(basis.questionnaires.map { "\($0.id) \($0.version)" }.joined(separator: ", "))))
        }
        let files = basis.answers.isEmpty ? basis.respondents ?? 0 : basis.answers.count
        fields.append((labels.answers, HTMLText.inline(labels.answerFiles(files)) + ", digest <code>\(HTMLText.inline(basis.digest))</code>"))
        return "<dl class=\"meta\">\n" + fields.map { "<dt>\(HTMLText.inline($0.0))</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
    }

    private func render(_ section: PlanSection, level: Int = 2) -> String {
        var out = "<section>\n<h\(level)>\(HTMLText.inline(section.heading))</h\(level)>\n<table class=\"plan\">\n<thead><tr>"
        for column in [labels.point, labels.goal, labels.criterion, labels.action, labels.owner, labels.timeline, labels.evaluation] {
            out += "<th scope=\"col\">\(HTMLText.inline(column))</th>"
        }
        out += "</tr></thead>\n"
        for entry in section.entries {
            let actions = entry.actions.isEmpty ? [nil] : entry.actions.map(Optional.some)
            let span = actions.count > 1 ? " rowspan=\"\(actions.count)\"" : ""
            out += "<tbody class=\"status-\(entry.status.rawValue)\">\n"
            for (index, action) in actions.enumerated() {
                out += "<tr>"
                if index == 0 {
                    out += "<td\(span)>\(point(entry))</td>"
                    out += "<td\(span)>\(filled(entry.goal, entry))</td>"
                    out += "<td\(span)>\(filled(entry.successCriterion, entry))</td>"
                }
                out += "<td>\(action.map { description($0, entry) } ?? todo(entry))</td>"
                out += "<td>\(filled(action?.owner, entry))</td>"
                out +=
                    "<td class=\"when\">\(action.flatMap { labels.timeline(start: $0.start, end: $0.end) }.map(HTMLText.inline) ?? todo(entry))</td>"
                if index == 0 { out += "<td\(span)>\(filled(entry.evaluation.map(labels.moment), entry))</td>" }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>\n"
        let background = section.entries.filter { !$0.reason.isEmpty || !$0.covers.isEmpty || $0.notes != nil }
        if !background.isEmpty {
            out += "<h3>\(HTMLText.inline(labels.background))</h3>\n<ul class=\"background\">\n"
            for entry in background {
                var parts = entry.reason.map { HTMLText.inline($0) }
                if !entry.covers.isEmpty {
                    parts.append(
                        HTMLText.inline(labels.covers) + " " + entry.covers.map { "<code>\(HTMLText.inline($0))</code>" }.joined(separator: ", "))
                }
                if let notes = entry.notes { parts.append(HTMLText.inline(labels.notes) + ": " + HTMLText.lines(notes)) }
                out += "<li><strong>\(HTMLText.inline(entry.title))</strong>: " + parts.joined(separator: "; ") + "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    private func point(_ entry: PlanEntry) -> String {
        var out = "<strong>\(HTMLText.inline(entry.title))</strong><br>"
        if entry.speerpunt { out += "<span class=\"tag speerpunt\">\(HTMLText.inline(labels.speerpunt))</span> " }
        if let priority = entry.priority {
            out +=
                "<span class=\"tag \(Self.tone(priority))\">\(HTMLText.inline(labels.report.priority)) \(HTMLText.inline(labels.priority(priority)))</span> "
        }
        out += "<span class=\"tag muted\">\(HTMLText.inline(labels.status(entry.status)))</span>"
        if let vanished = entry.vanished { out += "<span class=\"vanished\">\(HTMLText.inline(labels.vanished(vanished)))</span>" }
        return out
    }

    /// A high priority asks for attention, in the reports' colour for the lowest band.
    static func tone(_ priority: Priority) -> String {
        switch priority {
        case .hoog: BandColour.attention.className
        case .midden: BandColour.developing.className
        case .laag: BandColour.neutral.className
        }
    }

    private func description(_ action: PlanAction, _ entry: PlanEntry) -> String {
        var out = filled(action.description, entry)
        if let resources = action.resources {
            out += "<span class=\"resources\">\(HTMLText.inline(labels.resources)): \(HTMLText.lines(resources))</span>"
        }
        return out
    }

    /// Marks a field still to fill in; for a point that is done or dropped, only a dash.
    private func todo(_ entry: PlanEntry) -> String {
        entry.status.isPending ? "<span class=\"todo\">\(HTMLText.inline(labels.toComplete))</span>" : "—"
    }

    private func filled(_ text: String?, _ entry: PlanEntry) -> String {
        guard let text, !SafeText.collapsed(text).isEmpty else { return todo(entry) }
        return HTMLText.lines(text)
    }

    /// Added to the reports' sheet: room for seven columns, ruled cells, tags, and a
    /// landscape page in print.
    static let style = """
        main.plan { max-width: 80rem; }
        table.plan th, table.plan td { border: 1px solid \(HTMLStyle.rule); }
        table.plan td.when { white-space: nowrap; }
        table.plan tbody.status-afgerond, table.plan tbody.status-vervallen { color: \(HTMLStyle.muted); }
        .tag { display: inline-block; padding: 0 .5rem; margin-top: .2rem; border: 1px solid currentColor; border-radius: .8rem; font-size: .8rem; white-space: nowrap; }
        .tag.speerpunt { font-weight: bold; }
        .todo { color: \(BandColour.attention.strong); font-style: italic; }
        .vanished { display: block; font-size: .85rem; color: \(HTMLStyle.muted); font-style: italic; }
        .resources { display: block; font-size: .85rem; color: \(HTMLStyle.muted); }
        ul.background { padding-left: 1.2rem; }
        @media print {
          @page { size: A4 landscape; margin: 14mm 12mm; }
          table.plan tbody { break-inside: avoid; }
        }

        """
}
