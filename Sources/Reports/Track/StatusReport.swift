public import Assessment
public import Diagnostics

/// The track status of every board in a region (`waarborg status`): one row per board,
/// as a terminal list, a Markdown table, CSV or JSON.
public struct StatusReport: Sendable {
    public var language: String
    private var nl: Bool { language == "nl" }
    private var dates: PlanLabels { PlanLabels(language: language) }

    public init(language: String = "nl") {
        self.language = language == "en" ? "en" : "nl"
    }

    // MARK: Words

    public func stepName(_ step: TrackStatus.Step) -> String {
        switch step {
        case .zelfassessment: nl ? "Zelfassessment" : "Self-assessment"
        case .gezamenlijk: nl ? "Gezamenlijk" : "Joint"
        case .plan: nl ? "Plan van aanpak" : "Action plan"
        case .panelgesprek: nl ? "Panelgesprek" : "Panel conversation"
        case .intentieverklaring: nl ? "Intentieverklaring" : "Declaration of intent"
        case .toetredingsgesprek: nl ? "Toetredingsgesprek" : "Accession conversation"
        case .toegetreden: nl ? "Toegetreden" : "Joined"
        case .evaluatie: nl ? "Jaarlijkse evaluatie" : "Yearly evaluation"
        }
    }

    public func stateText(_ state: TrackStatus.State) -> String {
        switch state {
        case .done(let date?): "✓ " + dates.date(date)
        case .done(nil): "✓"
        case .started(let errors):
            nl ? "bezig (\(errors) \(errors == 1 ? "fout" : "fouten"))" : "under way (\(errors) \(errors == 1 ? "error" : "errors"))"
        case .open: "—"
        case .notNeeded: nl ? "n.v.t." : "n/a"
        }
    }

    public func adviceText(_ advice: PanelVerslag.Advice?) -> String {
        advice?.rawValue ?? "—"
    }

    public func nextText(_ status: TrackStatus) -> String {
        guard let next = status.next else { return "—" }
        return stepName(next)
    }

    public func dueText(_ status: TrackStatus) -> String {
        guard let due = status.due else { return "—" }
        return dates.date(due) + (status.overdue ? (nl ? " (te laat)" : " (overdue)") : "")
    }

    private var columns: [String] {
        [nl ? "Bestuur" : "Board", nl ? "Ronde" : "Round"] + TrackStatus.Step.allCases.map(stepName)
            + [nl ? "Advies" : "Advice", nl ? "Volgende stap" : "Next step", nl ? "Uiterlijk" : "Due"]
    }

    private func cells(_ status: TrackStatus) -> [String] {
        [status.board, status.round.map(String.init) ?? "—"]
            + TrackStatus.Step.allCases.map { step in
                let text = stateText(status.state(step))
                return step == .zelfassessment && status.respondents > 0 ? text + " (\(status.respondents))" : text
            }
            + [adviceText(status.advice), nextText(status), dueText(status)]
    }

    // MARK: Formats

    public func markdown(_ rows: [TrackStatus], today: PlanDate) -> String {
        var table = MarkdownTable(columns: columns.map { MarkdownTable.Column($0) })
        table.rows = rows.map { cells($0).map(MarkdownText.cell) }
        let overdue = rows.filter(\.overdue).count
        var out = "# " + (nl ? "Stand van het traject" : "Track status") + "\n\n"
        out +=
            (nl
                ? "Op \(dates.longDate(today)): \(rows.count) besturen, \(overdue) met een stap over de termijn."
                : "On \(dates.longDate(today)): \(rows.count) boards, \(overdue) with a step past its term.") + "\n\n"
        return out + table.rendered()
    }

    public func terminal(_ rows: [TrackStatus], today: PlanDate) -> String {
        var out = (nl ? "Stand van het traject op \(dates.longDate(today))" : "Track status on \(dates.longDate(today))") + "\n"
        for status in rows {
            out +=
                "\n" + SafeText.line(status.board) + "  (" + SafeText.line(status.folder.split(separator: "/").last.map(String.init) ?? "")
                + (status.round.map { nl ? ", ronde \($0)" : ", round \($0)" } ?? "") + ")\n"
            let steps = TrackStatus.Step.allCases.filter { status.state($0) != .notNeeded }.map { step in
                "\(stepName(step)) \(stateText(status.state(step)))"
                    + (step == .zelfassessment && status.respondents > 0 ? " (\(status.respondents))" : "")
            }
            // Two lines: the self-assessment and plan, then the panel and after.
            out += "  " + steps.prefix(3).joined(separator: " · ") + "\n"
            if steps.count > 3 { out += "  " + steps.dropFirst(3).joined(separator: " · ") + "\n" }
            if let advice = status.advice { out += "  " + (nl ? "Advies panel: " : "Panel's advice: ") + advice.rawValue + "\n" }
            out +=
                "  " + (nl ? "Volgende stap: " : "Next step: ") + nextText(status)
                + (status.due == nil ? "" : (nl ? ", uiterlijk " : ", by ") + dueText(status)) + "\n"
        }
        return out
    }

    public func csv(_ rows: [TrackStatus], writer: CSVWriter) -> String {
        let steps = TrackStatus.Step.allCases
        let header = ["board", "folder", "round", "respondents"] + steps.map(\.rawValue) + ["advice", "next", "due", "overdue"]
        return writer.document(
            header: header,
            rows: rows.map { status in
                [.text(status.board), .text(status.folder), .number(status.round.map(Double.init)), .number(Double(status.respondents))]
                    + steps.map { step -> CSVCell in
                        if case .done(let date?) = status.state(step) { return .text(date.description) }
                        return .text(Self.word(status.state(step)))
                    }
                    + [
                        .text(status.advice?.rawValue), .text(status.next?.rawValue), .text(status.due?.description),
                        .text(status.overdue ? "ja" : "nee"),
                    ]
            })
    }

    public func json(_ rows: [TrackStatus], today: PlanDate) -> JSONValue {
        .object([
            ("format", "waarborg-status"), ("version", 1), ("today", .string(today.description)),
            (
                "boards",
                .array(
                    rows.map { status in
                        .object([
                            ("board", .string(status.board)), ("folder", .string(status.folder)),
                            ("round", .number(status.round.map(Double.init))), ("respondents", .number(Double(status.respondents))),
                            (
                                "steps",
                                .object(
                                    TrackStatus.Step.allCases.map { step in
                                        let state = status.state(step)
                                        var date: PlanDate?
                                        if case .done(let day) = state { date = day }
                                        var errors: Double?
                                        if case .started(let count) = state { errors = Double(count) }
                                        return (
                                            step.rawValue,
                                            .object([
                                                ("state", .string(Self.word(state))), ("date", .string(date?.description)),
                                                ("errors", .number(errors)),
                                            ])
                                        )
                                    })
                            ),
                            ("advice", .string(status.advice?.rawValue)), ("next", .string(status.next?.rawValue)),
                            ("due", .string(status.due?.description)), ("overdue", .bool(status.overdue)),
                        ])
                    })
            ),
        ])
    }

    /// A state as one word for CSV and JSON: `done`, `started`, `open`, `not_needed`.
    static func word(_ state: TrackStatus.State) -> String {
        switch state {
        case .done: "done"
        case .started: "started"
        case .open: "open"
        case .notNeeded: "not_needed"
        }
    }
}
