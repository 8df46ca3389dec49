public import Assessment

/// The progress report for the accession conversation (`waarborg voortgang`), in Markdown
/// and as a print-ready HTML page.
public struct ProgressReport: Sendable {
    public var language: String
    private var nl: Bool { language == "nl" }

    public init(language: String = "nl") {
        self.language = language == "en" ? "en" : "nl"
    }

    public func markdown(_ progress: AccessionProgress) -> String {
        let plan = PlanLabels(language: language)
        let panel = PanelLabels(language: language)
        let verslag = progress.verslag
        var out =
            "# " + (nl ? "Voortgang voor het toetredingsgesprek: " : "Progress for the accession conversation: ")
            + MarkdownText.inline(progress.board) + "\n\n"
        var facts: [(String, String)] = [
            (nl ? "Panelgesprek" : "Panel conversation", verslag.date.map(plan.longDate) ?? "—"),
            (nl ? "Advies" : "Advice", verslag.advice?.rawValue ?? "—"),
        ]
        if let term = verslag.term { facts.append((nl ? "Toetredingsgesprek uiterlijk" : "Accession conversation by", plan.longDate(term))) }
        facts.append((nl ? "Stand op" : "As of", plan.longDate(progress.today)))
        out += facts.map { "- **\($0.0):** \(MarkdownText.inline($0.1))\n" }.joined() + "\n"

        let done = progress.points.filter { $0.status == .afgerond }.count
        out += "## " + (nl ? "Afgesproken ontwikkelpunten" : "Agreed development points") + "\n\n"
        out +=
            (nl
                ? "\(done) van de \(progress.points.count) punten zijn afgerond volgens het plan van aanpak."
                : "\(done) of the \(progress.points.count) points are done according to the plan.") + "\n\n"
        var table = MarkdownTable(columns: [
            .init(nl ? "Nr." : "No.", alignment: .right), .init(nl ? "Ontwikkelpunt" : "Development point"),
            .init(nl ? "Trekker" : "Owner"), .init(nl ? "Gereed op" : "Due"), .init("Status"),
        ])
        for (index, item) in progress.points.enumerated() {
            let status = item.entry == nil ? (nl ? "niet in het plan" : "not in the plan") : plan.status(item.status)
            table.rows.append([
                "\(index + 1)", MarkdownText.cell(item.point.agreedText), MarkdownText.cell(item.point.owner ?? "—"),
                MarkdownText.cell(item.point.due.map(plan.date) ?? "—"),
                MarkdownText.cell(status + (item.overdue ? (nl ? " (over de datum)" : " (past its date)") : "")),
            ])
        }
        out += table.rendered() + "\n"
        let evidence = progress.points.enumerated().compactMap { index, item -> String? in
            guard let notes = item.entry?.notes, !notes.allSatisfy(\.isWhitespace) else { return nil }
            return "- **\(index + 1).** " + MarkdownText.inline(notes)
        }
        if !evidence.isEmpty {
            out += "### " + (nl ? "Wat het plan erover zegt" : "What the plan says") + "\n\n" + evidence.joined(separator: "\n") + "\n\n"
        }

        out += "## " + (nl ? "Verandering in het zelfassessment" : "Change in the self-assessment") + "\n\n"
        if let newer = progress.newerRound, !progress.changes.isEmpty {
            out +=
                (nl
                    ? "De scores van ronde \(newer) naast die van ronde \(progress.startRound), het jaar van het panelgesprek; een score over te weinig respondenten staat er niet (—)."
                    : "The scores of round \(newer) beside those of round \(progress.startRound), the year of the panel conversation; a score over too few respondents is left out (—).")
                + "\n\n"
            var changes = MarkdownTable(columns: [
                .init(nl ? "Waarborg" : "Safeguard"), .init(nl ? "Thema" : "Theme"), .init(String(progress.startRound), alignment: .right),
                .init(String(newer), alignment: .right), .init(nl ? "Verschil" : "Difference", alignment: .right),
            ])
            for item in progress.changes {
                let change = item.change
                changes.rows.append([
                    item.questionnaire.safeguard.map(String.init) ?? "—", MarkdownText.cell(item.theme.title.text(language)),
                    change.before.map(panel.number) ?? "—", change.now.map(panel.number) ?? "—",
                    change.comparable ? change.delta.map(panel.delta) ?? "—" : (nl ? "*niet vergelijkbaar*" : "*not comparable*"),
                ])
            }
            out += changes.rendered() + "\n"
        } else {
            out +=
                (nl
                    ? "Er is nog geen nieuwer zelfassessment dan dat van ronde \(progress.startRound); een nieuwe ronde in de map van het bestuur komt hier naast de oude te staan."
                    : "There is no self-assessment newer than that of round \(progress.startRound) yet; a new round in the board folder is shown here beside the old one.")
                + "\n\n"
        }

        out += "## " + (nl ? "Open punten" : "Open points") + "\n\n"
        let open = progress.open
        if open.isEmpty {
            out += (nl ? "Alle afgesproken punten zijn afgerond." : "Every agreed point is done.") + "\n"
        } else {
            out +=
                open.map { item in
                    "- " + MarkdownText.inline(item.point.agreedText) + " — " + MarkdownText.inline(item.point.owner ?? "—")
                        + (item.point.due.map { ", " + plan.date($0) } ?? "") + (item.overdue ? (nl ? " (over de datum)" : " (past its date)") : "")
                }.joined(separator: "\n") + "\n"
        }
        if !verslag.conditions.isEmpty {
            out += "\n## " + (nl ? "Voorwaarden van het panel" : "The panel's conditions") + "\n\n"
            out += verslag.conditions.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n") + "\n"
        }
        return out
    }

    public func html(_ progress: AccessionProgress) -> String {
        MarkdownHTML.document(
            markdown(progress), title: (nl ? "Voortgang " : "Progress ") + progress.board, language: language)
    }
}
