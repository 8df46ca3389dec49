public import Questionnaire

/// The progress report for the accession conversation (*toetredingsgesprek*): per agreed
/// development point where it stands according to the plan, the change in the
/// self-assessment since the panel's round when a newer round is there, and what is open.
public struct AccessionProgress: Sendable {
    /// One agreed point and what the plan says of it.
    public struct Point: Sendable {
        public var point: PanelVerslag.Point
        /// The plan's entry with the point's id; nil for a point the panel added that the
        /// plan has no entry for.
        public var entry: PlanEntry?
        /// The plan's status, `open` when the plan has no entry.
        public var status: PlanStatus
        /// Its date has passed and it is not done.
        public var overdue: Bool
    }

    /// One theme's board mean at the start and now.
    public struct Change: Sendable {
        public var questionnaire: Questionnaire
        public var theme: Theme
        public var change: ThemeChange
    }

    public var board: String
    public var verslag: PanelVerslag
    /// The round of the panel conversation, and the newer round compared with it.
    public var startRound: Int
    public var newerRound: Int?
    public var points: [Point]
    /// Per theme, start → now; empty without a newer round.
    public var changes: [Change]
    public var today: PlanDate

    /// The agreed points not done yet.
    public var open: [Point] { points.filter { $0.status != .afgerond } }

    /// Nil when the board has no complete verslag.
    public init?(_ track: BoardTrack, today: PlanDate) {
        guard let start = track.rounds.last(where: { $0.verslag != nil && $0.verslagProblems == 0 }), let verslag = start.verslag else {
            return nil
        }
        board = track.name
        self.verslag = verslag
        self.today = today
        startRound = start.year
        let entries = start.plan?.entries ?? []
        points = verslag.agreedPoints.map { point in
            let entry =
                point.id.flatMap { id in entries.first { $0.id == id || $0.covers.contains(id) } }
                ?? entries.first { $0.title == point.title }
            let status = entry?.status ?? .open
            let overdue = status != .afgerond && status != .vervallen && (point.due.map { $0 < today } ?? false)
            return Point(point: point, entry: entry, status: status, overdue: overdue)
        }
        let newer = track.rounds.last { $0.year > start.year && !$0.answers.isEmpty }
        newerRound = newer?.year
        changes = []
        if let newer, let now = newer.aggregate, let then = start.aggregate {
            let brief = PanelAnalysis().brief(now, previous: then)
            for part in brief.parts {
                for change in part.changes {
                    guard let theme = part.questionnaire.themes.first(where: { $0.id == change.theme }),
                        theme.questions.contains(where: { $0.kind.isScored })
                    else { continue }
                    changes.append(Change(questionnaire: part.questionnaire, theme: theme, change: change))
                }
            }
        }
    }
}
