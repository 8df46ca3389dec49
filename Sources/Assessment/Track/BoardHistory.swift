public import Questionnaire

/// A board's self-assessments over the years side by side (the yearly quality evaluation,
/// `waarborg verloop`): per theme the board's mean in each round, where the privacy rule
/// shows it, and whether the round's version of the theme compares with the newest.
public struct BoardHistory: Sendable {
    public struct Round: Sendable {
        public var year: Int
        public var date: PlanDate?
        public var respondents: Int
    }

    /// One round's value of a theme.
    public struct Point: Sendable, Hashable {
        public var year: Int
        /// Nil when the round has no score, or the privacy rule withholds it.
        public var mean: Double?
        /// False when the round answered a version in which the theme asks other questions.
        public var comparable: Bool
    }

    public struct Series: Sendable {
        public var questionnaire: Questionnaire
        public var theme: Theme
        public var points: [Point]
    }

    public var board: String
    public var rounds: [Round]
    public var series: [Series]

    /// The history of `track`; `available` holds every version of the questionnaires, so
    /// older rounds are migrated to the newest version answered, as the panel brief does
    /// with an earlier self-assessment.
    public init(_ track: BoardTrack, available: [Questionnaire] = []) {
        board = track.name
        let scored = track.rounds.filter { !$0.answers.isEmpty }
        rounds = scored.map { Round(year: $0.year, date: $0.date, respondents: $0.answers.count) }
        let newest = scored.flatMap { $0.answers.flatMap(\.questionnaires) }.newestVersions
        let alignment = VersionAlignment(targets: newest, available: available)
        var incomparable: [Int: [String: Set<String>]] = [:]
        let briefs = scored.map { round -> (Int, PanelBrief) in
            var aggregate = BoardAggregate(
                minimumGroup: newest.map(\.findings.minimumGroup).max() ?? 3,
                roles: newest.first?.roles ?? Role.defaults)
            for item in round.answers {
                let aligned = alignment.align(item.file, questionnaires: item.questionnaires)
                for (id, themes) in aligned.incomparableThemes { incomparable[round.year, default: [:]][id, default: []].formUnion(themes) }
                aggregate.add(Assessor.assess(aligned.file, path: item.path, questionnaires: aligned.questionnaires))
            }
            return (round.year, PanelAnalysis().brief(aggregate))
        }
        var series: [Series] = []
        for questionnaire in newest {
            for theme in questionnaire.themes where theme.questions.contains(where: { $0.kind.isScored }) {
                let points = briefs.map { year, brief -> Point in
                    guard let part = brief.parts.first(where: { $0.questionnaire.id == questionnaire.id }) else {
                        return Point(year: year, mean: nil, comparable: true)
                    }
                    let migratedAway = incomparable[year]?[questionnaire.id]?.contains(theme.id) ?? false
                    let comparable =
                        !migratedAway
                        && (part.questionnaire.version == questionnaire.version
                            || PanelAnalysis.sameContent(part.questionnaire.theme(theme.id), theme))
                    let shown = part.disclosure(part.aggregate.theme(theme.id)).showsMean
                    return Point(year: year, mean: shown ? part.card.theme(theme.id)?.score : nil, comparable: comparable)
                }
                series.append(Series(questionnaire: questionnaire, theme: theme, points: points))
            }
        }
        self.series = series
    }
}
