import Questionnaire

/// Questions for the panel about a plan: what it leaves unaddressed and where its timeline
/// looks unrealistic, as findings of kind `panelQuestion` that sit beside the board's own.
///
/// Each has a reason `builtin:plan_…` with facts, as every finding does. Questions about
/// the plan as a whole have questionnaire `plan` and no safeguard.
public struct PlanReview: Sendable {
    /// The questionnaire of a question about the plan as a whole.
    public static let planScope = "plan"
    /// Fewer actions than this are never called crowded into one month or one owner.
    public static let minimumActions = 3
    /// "One month", in days between the first and the last date.
    public static let month = 31

    /// The day against which deadlines count as passed; nil leaves that question out.
    public var today: PlanDate?

    public init(today: PlanDate? = nil) {
        self.today = today
    }

    /// The panel questions for the plan given the board's findings (any kinds; only
    /// development points are looked up in the plan).
    public func findings(for plan: ActionPlan, findings: [Finding]) -> [Finding] {
        var out: [Finding] = []
        for finding in findings where finding.kind == .developmentPoint {
            let matching = plan.entries.filter { PlanKey.matches($0, finding) }
            guard !matching.contains(where: { $0.status != .vervallen }) else { continue }
            out.append(matching.isEmpty ? unaddressed(finding) : dropped(finding, entry: matching[0]))
        }
        let active = plan.activeEntries
        for entry in active {
            if let question = incomplete(entry) { out.append(question) }
            if let question = earlyEvaluation(entry) { out.append(question) }
        }
        out += timeline(active)
        return out
    }

    // MARK: What the plan leaves out

    private func unaddressed(_ finding: Finding) -> Finding {
        let id = PlanKey.id(of: finding)
        return question(
            about: finding,
            nl:
                "Het plan van aanpak gaat niet in op ‘\(finding.title.text("nl"))’\(Self.priorityNL(finding.priority)). Hoe wil het bestuur daarmee verder?",
            en:
                "The action plan does not address ‘\(finding.title.text("en"))’\(Self.priorityEN(finding.priority)). How does the board want to take this on?",
            rule: .planUnaddressed, facts: ["\(id): geen punt in het plan"])
    }

    private func dropped(_ finding: Finding, entry: PlanEntry) -> Finding {
        question(
            about: finding,
            nl: "Het bestuur laat ‘\(entry.title)’ vervallen, terwijl het nog uit de antwoorden volgt. Waarom?",
            en: "The board has dropped ‘\(entry.title)’, while it still follows from the answers. Why?",
            rule: .planDropped, facts: ["\(entry.id): status = vervallen"])
    }

    private func incomplete(_ entry: PlanEntry) -> Finding? {
        var nl: [String] = [], en: [String] = [], facts: [String] = []
        if entry.goal == nil {
            nl.append("een doel")
            en.append("a goal")
            facts.append("\(entry.id): geen doel")
        }
        if !entry.actions.contains(where: { $0.owner != nil && $0.end != nil }) {
            nl.append("een actie met eigenaar en einddatum")
            en.append("an action with owner and end date")
            facts.append("\(entry.id): geen actie met eigenaar en einde")
        }
        guard !facts.isEmpty else { return nil }
        return question(
            about: entry,
            nl: "Bij ‘\(entry.title)’ ontbreekt nog \(nl.joined(separator: " en ")). Wie pakt dit op, en wanneer?",
            en: "‘\(entry.title)’ still lacks \(en.joined(separator: " and ")). Who takes it on, and when?",
            rule: .planIncomplete, facts: facts)
    }

    private func earlyEvaluation(_ entry: PlanEntry) -> Finding? {
        guard let evaluation = entry.evaluation?.date, let last = entry.actions.compactMap(\.end).max(), evaluation < last
        else { return nil }
        return question(
            about: entry,
            nl:
                "‘\(entry.title)’ wordt geëvalueerd op \(Self.dateNL(evaluation)), voordat de laatste actie klaar is (\(Self.dateNL(last))). Wat wordt er dan geëvalueerd?",
            en:
                "‘\(entry.title)’ is evaluated on \(Self.dateEN(evaluation)), before its last action ends (\(Self.dateEN(last))). What will be evaluated then?",
            rule: .planEarlyEvaluation, facts: ["evaluation = \(evaluation) < \(last) = laatste einde"])
    }

    // MARK: Timeline of the plan as a whole

    private func timeline(_ entries: [PlanEntry]) -> [Finding] {
        var out: [Finding] = []
        let withoutEvaluation = entries.filter { $0.evaluation == nil }
        if !withoutEvaluation.isEmpty {
            let titles = withoutEvaluation.map { "‘\($0.title)’" }.joined(separator: ", ")
            out.append(
                planQuestion(
                    nl:
                        "Voor \(Self.count(withoutEvaluation.count, "ontwikkelpunt", "ontwikkelpunten")) is geen evaluatiemoment gepland (\(titles)). Wanneer kijkt het bestuur terug op het resultaat?",
                    en:
                        "\(Self.count(withoutEvaluation.count, "development point has", "development points have")) no evaluation moment (\(titles)). When will the board look back on the result?",
                    rule: .planNoEvaluation, facts: withoutEvaluation.map { "\($0.id): geen evaluatie" }))
        }
        let actions = entries.flatMap(\.actions)
        let dated = actions.compactMap { action -> (PlanDate, PlanDate)? in
            guard let end = action.end else { return nil }
            return (action.start ?? end, end)
        }
        if dated.count >= Self.minimumActions, let first = dated.map(\.0).min(), let last = dated.map(\.1).max(),
            let firstEnd = dated.map(\.1).min()
        {
            if first.days(to: last) <= Self.month {
                out.append(
                    planQuestion(
                        nl:
                            "Alle acties van het plan vallen binnen één maand (\(Self.dateNL(first)) tot \(Self.dateNL(last))). Is dat haalbaar naast het gewone werk, en wat gebeurt er daarna?",
                        en:
                            "All actions of the plan fall within one month (\(Self.dateEN(first)) to \(Self.dateEN(last))). Is that feasible beside the daily work, and what happens after?",
                        rule: .planOneMonth, facts: ["\(dated.count) acties, van \(first) tot \(last)"]))
            } else if firstEnd.days(to: last) <= Self.month {
                out.append(
                    planQuestion(
                        nl:
                            "Alle acties moeten binnen één maand klaar zijn (\(Self.dateNL(firstEnd)) tot \(Self.dateNL(last))). Is die piek haalbaar?",
                        en: "All actions are due within one month (\(Self.dateEN(firstEnd)) to \(Self.dateEN(last))). Is that peak feasible?",
                        rule: .planOneDeadline, facts: ["\(dated.count) acties, einde van \(firstEnd) tot \(last)"]))
            }
        }
        let owners = actions.compactMap(\.owner).map(OwnerName.normalised)
        if owners.count >= Self.minimumActions, owners.count == actions.count, Set(owners).count == 1,
            let owner = actions.first?.owner
        {
            out.append(
                planQuestion(
                    nl: "Alle acties liggen bij één eigenaar (\(owner)). Wie neemt het over als die uitvalt, en hoe zijn de scholen betrokken?",
                    en: "All actions have one owner (\(owner)). Who takes over if they drop out, and how are the schools involved?",
                    rule: .planOneOwner, facts: ["\(actions.count) acties, eigenaar = \(owner)"]))
        }
        if let today {
            let overdue = entries.filter(\.status.isPending).flatMap { entry in
                entry.actions.compactMap { action in action.end.flatMap { $0 < today ? "\(entry.id): einde \($0)" : nil } }
            }
            if !overdue.isEmpty {
                out.append(
                    planQuestion(
                        nl:
                            "\(Self.count(overdue.count, "actie had", "acties hadden")) al klaar moeten zijn, terwijl het ontwikkelpunt nog open staat. Wat is er gebeurd, en wat is de nieuwe planning?",
                        en:
                            "\(Self.count(overdue.count, "action was", "actions were")) due already while the development point is still open. What happened, and what is the new timeline?",
                        rule: .planOverdue, facts: overdue + ["vandaag = \(today)"]))
            }
        }
        return out
    }

    // MARK: Making findings

    private func question(about finding: Finding, nl: String, en: String, rule: FindingRule.BuiltinRule, facts: [String]) -> Finding {
        Finding(
            kind: .panelQuestion, questionnaire: finding.questionnaire, safeguard: finding.safeguard, theme: finding.theme,
            title: LocalizedText(translations: ["nl": nl, "en": en], primaryLanguage: "nl"),
            reasons: [Reason(rule: .builtin(rule), details: facts)])
    }

    private func question(about entry: PlanEntry, nl: String, en: String, rule: FindingRule.BuiltinRule, facts: [String]) -> Finding {
        Finding(
            kind: .panelQuestion, questionnaire: entry.questionnaire ?? Self.planScope, safeguard: entry.safeguard,
            theme: entry.theme, title: LocalizedText(translations: ["nl": nl, "en": en], primaryLanguage: "nl"),
            reasons: [Reason(rule: .builtin(rule), details: facts)])
    }

    private func planQuestion(nl: String, en: String, rule: FindingRule.BuiltinRule, facts: [String]) -> Finding {
        Finding(
            kind: .panelQuestion, questionnaire: Self.planScope, safeguard: nil, theme: nil,
            title: LocalizedText(translations: ["nl": nl, "en": en], primaryLanguage: "nl"),
            reasons: [Reason(rule: .builtin(rule), details: facts)])
    }

    // MARK: Words

    static let monthsNL = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ]
    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    static func dateNL(_ date: PlanDate) -> String { "\(date.day) \(monthsNL[date.month - 1]) \(date.year)" }
    static func dateEN(_ date: PlanDate) -> String { "\(date.day) \(monthsEN[date.month - 1]) \(date.year)" }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    static func priorityNL(_ priority: Priority?) -> String { priority.map { " (prioriteit \($0.rawValue))" } ?? "" }

    static func priorityEN(_ priority: Priority?) -> String {
        switch priority {
        case .hoog?: " (priority high)"
        case .midden?: " (priority medium)"
        case .laag?: " (priority low)"
        case nil: ""
        }
    }
}

/// Owner names compared loosely: case and surrounding spaces do not make another person.
private enum OwnerName {
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
