/// Where one board stands in the accession track (`docs/track.md`): which steps are done,
/// with their dates, which is next and by when, and whether that is overdue.
public struct TrackStatus: Sendable {
    public enum Step: String, Sendable, Hashable, CaseIterable {
        case zelfassessment
        case gezamenlijk
        case plan
        case panelgesprek
        case intentieverklaring
        case toetredingsgesprek
        case toegetreden
        case evaluatie
    }

    public enum State: Sendable, Hashable {
        /// Done, on the day when a file says it.
        case done(PlanDate?)
        /// Begun but not finished: the plan or verslag still has errors (how many).
        case started(errors: Int)
        case open
        /// Does not apply to this board (an intentieverklaring after the advice toetreden).
        case notNeeded
    }

    /// How long each step may take; the project group's agreements (`docs/track.md`).
    public struct Terms: Sendable, Hashable {
        /// The plan van aanpak, after the self-assessment.
        public var planWeeks = 8
        /// The panel conversation, after the self-assessment.
        public var panelWeeks = 16
        /// Signing the intentieverklaring, after the panel conversation.
        public var signWeeks = 6
        /// The yearly quality evaluation: a new self-assessment this long after the last.
        public var evaluationMonths = 12

        public init() {}
    }

    public var board: String
    /// The board folder's path.
    public var folder: String
    /// The round the track stands in.
    public var round: Int?
    public var respondents: Int
    public var steps: [(step: Step, state: State)]
    public var advice: PanelVerslag.Advice?
    public var next: Step?
    public var due: PlanDate?
    public var overdue: Bool

    public func state(_ step: Step) -> State { steps.first { $0.step == step }?.state ?? .open }

    public init(_ track: BoardTrack, today: PlanDate, terms: Terms = Terms()) {
        board = track.name
        folder = track.folder.path
        let current = track.rounds.last
        // The round with the panel's verslag, unless the panel said "not yet" and the board
        // has started a new round since.
        var round = track.rounds.last { $0.verslag != nil } ?? current
        if round?.verslag?.advice == .nietNu, let current, let at = round, current.year > at.year { round = current }
        self.round = round?.year
        respondents = round?.answers.count ?? 0
        let verslag = round?.verslagProblems == 0 ? round?.verslag : nil
        advice = verslag?.advice
        let file = track.file ?? BoardFile()
        let selfAssessment = round?.date
        let joined = file.joined ?? (advice == .toetreden ? verslag?.date : nil)
        let aspirant = advice == .aspirant
        let evaluated = joined.flatMap { joined in track.rounds.compactMap(\.date).filter { $0 > joined }.max() }

        func fileState(exists: Bool, errors: Int, date: PlanDate?) -> State {
            !exists ? .open : errors > 0 ? .started(errors: errors) : .done(date)
        }
        steps = [
            (.zelfassessment, respondents > 0 ? .done(selfAssessment) : .open),
            (.gezamenlijk, round?.consensus != nil ? .done((round?.consensus?.updated).flatMap { PlanDate(String($0.prefix(10))) }) : .open),
            (.plan, fileState(exists: round?.plan != nil, errors: round?.planErrors ?? 0, date: nil)),
            (.panelgesprek, fileState(exists: round?.verslag != nil, errors: round?.verslagProblems ?? 0, date: round?.verslag?.date)),
            (.intentieverklaring, aspirant ? file.signed.map { .done($0) } ?? .open : advice == nil ? .open : .notNeeded),
            (.toetredingsgesprek, aspirant ? file.accessionMeeting.map { .done($0) } ?? .open : advice == nil ? .open : .notNeeded),
            (.toegetreden, joined.map { .done($0) } ?? .open),
            (.evaluatie, evaluated.map { .done($0) } ?? .open),
        ]

        // The next step and its day.
        var next: Step?
        var due: PlanDate?
        if let joined {
            next = .evaluatie
            due = (evaluated ?? selfAssessment ?? joined).adding(months: terms.evaluationMonths)
        } else if respondents == 0 {
            next = .zelfassessment
        } else if let verslag, let advice {
            switch advice {
            case .aspirant where file.signed == nil:
                next = .intentieverklaring
                due = verslag.date?.adding(days: 7 * terms.signWeeks)
            case .aspirant where file.accessionMeeting == nil:
                next = .toetredingsgesprek
                due = verslag.term
            case .aspirant:
                next = .toegetreden
            case .nietNu:
                next = .zelfassessment
                due = verslag.date?.adding(months: terms.evaluationMonths)
            case .toetreden:
                next = .toegetreden
            }
        } else if round?.plan != nil, round?.planErrors == 0 || round?.verslag != nil {
            next = .panelgesprek
            due = selfAssessment?.adding(days: 7 * terms.panelWeeks)
        } else {
            next = .plan
            due = selfAssessment?.adding(days: 7 * terms.planWeeks)
        }
        self.next = next
        self.due = due
        overdue = due.map { $0 < today } ?? false
    }
}

extension PlanDate {
    /// The same day `months` months later; the month's last day where it has no such day.
    public func adding(months: Int) -> PlanDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        var day = self.day
        while day > 28, PlanDate(year: newYear, month: newMonth, day: day) == nil { day -= 1 }
        return PlanDate(year: newYear, month: newMonth, day: day) ?? self
    }
}
