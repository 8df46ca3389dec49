public import Diagnostics
import Questionnaire

/// Checks that a plan is complete and realistic, and that it answers the board's
/// development points.
///
/// Errors: a goal, success criterion, action, owner, start, end or evaluation moment
/// missing; an action that ends before it starts; a development point of priority *hoog*
/// the plan does not address; a plan drafted from other answers. Warnings: dates that have
/// passed while the work is still open, other development points the plan leaves out,
/// entries that refer to no development point, no speerpunt or more than six, a success
/// criterion that names only a future score (`ScoreOnlyCriterion`). Entries with status `vervallen` are not
/// checked for completeness.
public struct PlanChecker: Sendable {
    /// The day against which "in the past" is judged.
    public var today: PlanDate

    public init(today: PlanDate) {
        self.today = today
    }

    /// The plan on its own: completeness and dates.
    public func check(_ plan: ActionPlan) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for entry in plan.entries where entry.status != .vervallen {
            out += check(entry)
        }
        out += checkSpeerpunten(plan)
        return out.sortedByLocation()
    }

    /// The plan on its own and against the board's findings; `basis` describes the answers
    /// the findings come from, so a plan drafted from other answers is reported.
    public func check(_ plan: ActionPlan, against findings: [Finding], basis: PlanBasis?) -> [Diagnostic] {
        var out = check(plan)
        if let basis, basis.digest != plan.basis.digest {
            out.append(.otherAnswers(plan.basis, basis))
        }
        let points = findings.filter { $0.kind == .developmentPoint }
        let entriesAt = plan.locations.key("entries")
        for finding in points {
            let matching = plan.entries.filter { PlanKey.matches($0, finding) }
            if matching.contains(where: { $0.status != .vervallen }) { continue }
            let title = finding.title.text(finding.title.primaryLanguage)
            let id = PlanKey.id(of: finding)
            if let dropped = matching.first {
                out.append(.dropped(title, id: dropped.id, priority: finding.priority, at: dropped.locations.value("status")))
            } else {
                out.append(.notAddressed(title, id: id, priority: finding.priority, at: entriesAt))
            }
        }
        // A board may also take up a point for discussion (a low theme without an action)
        // in its plan: such an entry refers to a finding too.
        let discussed = findings.filter { $0.kind == .conversationPoint }
        for entry in plan.entries where entry.status.isPending && entry.vanished == nil {
            if !points.contains(where: { PlanKey.matches(entry, $0) }), !discussed.contains(where: { PlanKey.matches(entry, $0) }) {
                out.append(.noFinding(entry))
            }
        }
        return out.sortedByLocation()
    }

    /// The panel brief opens with 3–6 speerpunten: a warning when the plan marks none of its
    /// active entries, or more than six.
    private func checkSpeerpunten(_ plan: ActionPlan) -> [Diagnostic] {
        let active = plan.entries.filter { $0.status != .vervallen }
        let marked = active.filter(\.speerpunt)
        if !active.isEmpty, marked.isEmpty {
            return [.noSpeerpunten(at: plan.locations.key("entries"))]
        }
        if marked.count > Self.maximumSpeerpunten {
            let seventh = marked[Self.maximumSpeerpunten]
            return [.tooManySpeerpunten(marked.count, at: seventh.locations.value("speerpunt"))]
        }
        return []
    }

    /// At most this many speerpunten; the panel brief's main part opens with 3–6.
    static let maximumSpeerpunten = 6

    // MARK: One entry

    private func check(_ entry: PlanEntry) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let at = entry.locations
        switch (entry.goal, entry.successCriterion) {
        case (nil, nil): out.append(.noGoal(entry, criterion: true, at: at.key("goal")))
        case (nil, _): out.append(.noGoal(entry, criterion: false, at: at.key("goal")))
        case (_, nil): out.append(.noCriterion(entry, at: at.key("success_criterion") ?? at.key("goal")))
        default: break
        }
        if let criterion = entry.successCriterion, ScoreOnlyCriterion.matches(criterion) {
            out.append(.scoreOnly(entry, at: at.value("success_criterion")))
        }
        if entry.actions.isEmpty { out.append(.noActions(entry, at: at.key("actions"))) }
        for action in entry.actions { out += check(action, of: entry) }
        if entry.status == .open {
            // Started actions under an open point: one reminder per entry, at the first start.
            let started = entry.actions.compactMap { action -> (PlanDate, PlanAction)? in
                guard let start = action.start, start < today, !(action.end.map { $0 < today } ?? false) else { return nil }
                return (start, action)
            }
            if let (start, first) = started.min(by: { $0.0 < $1.0 }) {
                out.append(.startPassed(start, more: started.count - 1, entry, today: today, at: first.locations.value("start")))
            }
        }
        switch entry.evaluation {
        case nil:
            out.append(.noEvaluation(entry, at: at.key("evaluation")))
        case .date(let date) where entry.status.isPending && date < today:
            out.append(.evaluationPassed(entry, date: date, today: today, at: at.value("evaluation")))
        default:
            break
        }
        if let vanished = entry.vanished, entry.status.isPending {
            out.append(.vanished(entry, since: vanished, at: at.key("vanished")))
        }
        return out
    }

    private func check(_ action: PlanAction, of entry: PlanEntry) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let at = action.locations
        if action.description == nil {
            out.append(.missing("description", Message(nl: "wat er moet gebeuren", en: "what is to be done"), entry, at: at.key("description")))
        }
        if action.owner == nil {
            out.append(.missing("owner", Message(nl: "wie het uitvoert", en: "who carries it out"), entry, at: at.key("owner")))
        }
        if action.start == nil {
            out.append(
                .missing("start", Message(nl: "wanneer het begint, als 2027-03-01", en: "when it starts, as 2027-03-01"), entry, at: at.key("start")))
        }
        if action.end == nil {
            out.append(
                .missing("end", Message(nl: "wanneer het klaar is, als 2027-06-30", en: "when it is done, as 2027-06-30"), entry, at: at.key("end")))
        }
        if let start = action.start, let end = action.end, end < start {
            out.append(.endBeforeStart(start: start, end: end, at: at.value("end")))
        }
        guard entry.status.isPending, let end = action.end, end < today else { return out }
        out.append(.endPassed(end, entry, today: today, at: at.value("end")))
        return out
    }
}

fileprivate extension Diagnostic {
    static func noGoal(_ entry: PlanEntry, criterion: Bool, at location: FileLocation?) -> Diagnostic {
        .error(
            Message(
                nl: "‘\(entry.id)’ heeft geen doel" + (criterion ? " en geen succescriterium" : "")
                    + "; schrijf wat het bestuur wil bereiken, en wanneer (SMART)",
                en: "'\(entry.id)' has no goal" + (criterion ? " and no success criterion" : "")
                    + "; write what the board wants to reach, and by when (SMART)"),
            at: location)
    }

    static func noCriterion(_ entry: PlanEntry, at location: FileLocation?) -> Diagnostic {
        .error(
            Message(
                nl: "het doel van ‘\(entry.id)’ heeft geen succescriterium; schrijf waaraan het bestuur ziet dat het doel bereikt is",
                en: "the goal of '\(entry.id)' has no success criterion; write how the board will know the goal is reached"),
            at: location)
    }

    static func scoreOnly(_ entry: PlanEntry, at location: FileLocation?) -> Diagnostic {
        .warning(
            Message(
                nl: "het succescriterium van ‘\(entry.id)’ noemt alleen een toekomstige score; schrijf wat het bestuur ziet als het doel "
                    + "bereikt is, bijvoorbeeld: elke starter heeft in oktober een inductiearrangement met de naam van de begeleider",
                en: "the success criterion of '\(entry.id)' names only a future score; write what the board will see when the goal "
                    + "is reached, for example: elke starter heeft in oktober een inductiearrangement met de naam van de begeleider"),
            at: location)
    }

    static func noSpeerpunten(at location: FileLocation?) -> Diagnostic {
        .warning(
            Message(
                nl: "wijs 3–6 speerpunten aan: geen enkel punt heeft ‘speerpunt: true’; de panelbrief en het plan beginnen ermee",
                en: "mark 3–6 speerpunten: no entry has 'speerpunt: true'; the panel brief and the rendered plan open with them"),
            at: location)
    }

    static func tooManySpeerpunten(_ count: Int, at location: FileLocation?) -> Diagnostic {
        .warning(
            Message(
                nl: "\(count) punten zijn speerpunt, meer dan zes; houd de 3–6 die het bestuur het liefst met het panel bespreekt",
                en: "\(count) entries are speerpunten, more than six; keep the 3–6 the board most wants to discuss with the panel"),
            at: location)
    }

    static func noActions(_ entry: PlanEntry, at location: FileLocation?) -> Diagnostic {
        .error(
            Message(
                nl: "‘\(entry.id)’ heeft geen acties; voeg er minstens één toe met description, owner, start en end",
                en: "'\(entry.id)' has no actions; add at least one with description, owner, start and end"),
            at: location)
    }

    static func noEvaluation(_ entry: PlanEntry, at location: FileLocation?) -> Diagnostic {
        .error(
            Message(
                nl: "‘\(entry.id)’ heeft geen evaluatiemoment; schrijf een datum (2027-06-30) of een moment zoals \"na de eerste stageperiode\"",
                en: "'\(entry.id)' has no evaluation moment; write a date (2027-06-30) or a moment such as \"na de eerste stageperiode\""),
            at: location)
    }

    static func evaluationPassed(_ entry: PlanEntry, date: PlanDate, today: PlanDate, at location: FileLocation?) -> Diagnostic {
        .warning(
            Message(
                nl: "de evaluatie van ‘\(entry.id)’ op \(date) is voorbij (vandaag is het \(today)), terwijl de status ‘\(entry.status.rawValue)’ is",
                en: "the evaluation of '\(entry.id)' on \(date) has passed (today is \(today)) while its status is '\(entry.status.rawValue)'"),
            at: location)
    }

    static func vanished(_ entry: PlanEntry, since date: PlanDate, at location: FileLocation?) -> Diagnostic {
        .warning(
            Message(
                nl: "‘\(entry.id)’ volgt niet meer uit de antwoorden (verdwenen in het zelfassessment van \(date)); "
                    + "zet de status op ‘afgerond’ of ‘vervallen’, of houd het als eigen punt van het bestuur en haal ‘vanished’ weg",
                en: "'\(entry.id)' no longer follows from the answers (gone in the self-assessment of \(date)); "
                    + "set its status to 'afgerond' or 'vervallen', or keep it as the board's own point and remove 'vanished'"),
            at: location)
    }

    static func missing(_ field: String, _ what: Message, _ entry: PlanEntry, at location: FileLocation?) -> Diagnostic {
        .error(
            Message(
                nl: "een actie van ‘\(entry.id)’ heeft geen \(field): schrijf \(what.nl)",
                en: "an action of '\(entry.id)' has no \(field): write \(what.en)"),
            at: location)
    }

    static func endBeforeStart(start: PlanDate, end: PlanDate, at location: FileLocation?) -> Diagnostic {
        .error(
            Message(nl: "de actie eindigt op \(end), vóór ze begint op \(start)", en: "the action ends on \(end), before it starts on \(start)"),
            at: location)
    }

    static func endPassed(_ end: PlanDate, _ entry: PlanEntry, today: PlanDate, at location: FileLocation?) -> Diagnostic {
        .warning(
            Message(
                nl:
                    "de actie zou eindigen op \(end), en dat is voorbij (vandaag is het \(today)), terwijl ‘\(entry.id)’ nog ‘\(entry.status.rawValue)’ is; "
                    + "werk de status of de datum bij",
                en: "the action was to end on \(end), which has passed (today is \(today)), while '\(entry.id)' is still '\(entry.status.rawValue)'; "
                    + "update the status or the date"),
            at: location)
    }

    static func startPassed(_ start: PlanDate, more: Int, _ entry: PlanEntry, today: PlanDate, at location: FileLocation?) -> Diagnostic {
        let others =
            more == 0
            ? Message.empty
            : more == 1
                ? Message(nl: " (en nog 1 actie)", en: " (and 1 more action)")
                : Message(nl: " (en nog \(more) acties)", en: " (and \(more) more actions)")
        return .warning(
            Message(
                nl: "‘\(entry.id)’ is nog ‘open’, maar de acties zouden beginnen op \(start)\(others.nl) en vandaag is het \(today); "
                    + "zet de status op ‘lopend’ of verschuif de datums",
                en: "'\(entry.id)' is still 'open', but its actions were to start on \(start)\(others.en) and today is \(today); "
                    + "set its status to 'lopend' or move the dates"),
            at: location)
    }

    static func otherAnswers(_ plan: PlanBasis, _ given: PlanBasis) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        let missing = plan.answers.filter { !given.answers.contains($0) }
        let added = given.answers.filter { !plan.answers.contains($0) }
        if !missing.isEmpty {
            let list = missing.joined(separator: ", ")
            notes.append(
                .init(Message(nl: "gebruikt voor het concept, maar nu niet gegeven: \(list)", en: "drafted from, but not given now: \(list)")))
        }
        if !added.isEmpty {
            let list = added.joined(separator: ", ")
            notes.append(
                .init(Message(nl: "nu gegeven, maar niet gebruikt voor het concept: \(list)", en: "given now, but not drafted from: \(list)")))
        }
        if missing.isEmpty, added.isEmpty {
            notes.append(
                .init(
                    Message(
                        nl: "dezelfde bestanden, maar de antwoorden zijn veranderd sinds het plan werd opgesteld",
                        en: "the same files, but their answers have changed since the plan was drafted")))
        }
        notes.append(
            .init(
                Message(
                    nl: "werk het plan bij met: waarborg plan update ANTWOORDEN… --out PLAN",
                    en: "bring the plan up to date with: waarborg plan update ANSWERS… --out PLAN")))
        return .error(
            Message(
                nl: "het plan is opgesteld op grond van andere antwoorden dan deze (digest \(given.digest))",
                en: "the plan was drafted from other answers than these (digest \(given.digest))"),
            at: plan.locations.value("digest"), notes: notes)
    }

    static func notAddressed(_ title: String, id: String, priority: Priority?, at location: FileLocation?) -> Diagnostic {
        let text = Message(
            nl: "het plan pakt ontwikkelpunt ‘\(id)’ niet op" + (priority.map { " (prioriteit \($0.rawValue))" } ?? "") + ": \(title)",
            en: "the plan does not address development point '\(id)'" + (priority.map { " (priority \($0.rawValue))" } ?? "") + ": \(title)")
        return priority == .hoog
            ? .error(
                text
                    + Message(
                        nl: "; voeg een punt met dit id toe, of noem het onder ‘covers’ van het punt dat het oppakt",
                        en: "; add an entry with this id, or name it under 'covers' of the entry that takes care of it"),
                at: location)
            : .warning(text, at: location)
    }

    static func dropped(_ title: String, id: String, priority: Priority?, at location: FileLocation?) -> Diagnostic {
        let text = Message(
            nl: "‘\(id)’ is ‘vervallen’, maar het ontwikkelpunt volgt nog steeds uit de antwoorden"
                + (priority.map { " (prioriteit \($0.rawValue))" } ?? "") + ": \(title)",
            en: "'\(id)' is 'vervallen', but the development point still follows from the answers"
                + (priority.map { " (priority \($0.rawValue))" } ?? "") + ": \(title)")
        return priority == .hoog ? .error(text, at: location) : .warning(text, at: location)
    }

    static func noFinding(_ entry: PlanEntry) -> Diagnostic {
        .warning(
            Message(
                nl: "‘\(entry.id)’ verwijst naar geen enkel ontwikkelpunt van deze antwoorden; prima voor een eigen punt van het bestuur, "
                    + "controleer anders het id (waarborg plan update markeert punten die verdwenen zijn)",
                en: "'\(entry.id)' refers to no development point of these answers; fine for a point of the board's own, "
                    + "else check the id (waarborg plan update marks points that are gone)"),
            at: entry.locations.value("id"))
    }
}
