public import Questionnaire

/// The project group's view over the boards of a region (`waarborg regio`): per safeguard
/// and theme how the boards' scores spread over the levels, the development points that
/// recur across boards, without naming a board in either.
///
/// A theme's spread over boards is shown only over at least `minimumBoards` boards, the
/// rule of the panel brief's regional comparison (`docs/panel.md`): the counts per level
/// never point at one board, so a board's mean counts as the region's comparison counts
/// it, whatever its number of respondents.
public struct RegionOverview: Sendable {
    public struct Distribution: Sendable {
        public var questionnaire: Questionnaire
        public var theme: Theme
        /// Boards with a mean of the theme.
        public var boards: Int
        /// The mean of the boards' means, when shown.
        public var mean: Double?
        /// Per level of the theme, how many boards' means fall in it, when shown.
        public var levels: [(level: Level, boards: Int)]
        /// Whether enough boards have a mean to show the spread.
        public var shown: Bool
    }

    /// A development point that more than one board has.
    public struct RecurringPoint: Sendable {
        public var id: String
        public var title: LocalizedText
        public var questionnaire: Questionnaire?
        public var boards: Int
    }

    /// Boards with answers.
    public var boards: Int
    public var minimumBoards: Int
    public var distributions: [Distribution]
    public var recurring: [RecurringPoint]

    public init(_ tracks: [BoardTrack]) {
        var briefs: [PanelBrief] = []
        var points: [String: (title: LocalizedText, questionnaire: Questionnaire?, boards: Int)] = [:]
        var largest: Int?
        for track in tracks {
            guard let round = track.rounds.last(where: { $0.brief != nil }), let aggregate = round.aggregate, let brief = round.brief
            else { continue }
            largest = max(largest ?? 0, PanelAnalysis.minimumBoards(aggregate))
            briefs.append(brief)
            var seen: Set<String> = []
            for finding in round.findings {
                let id = PlanKey.id(of: finding)
                guard seen.insert(id).inserted else { continue }
                let questionnaire = brief.parts.first { $0.questionnaire.id == finding.questionnaire }?.questionnaire
                points[id, default: (finding.title, questionnaire, 0)].boards += 1
            }
        }
        boards = briefs.count
        minimumBoards = largest ?? FindingSettings().minimumBoards
        let minimum = minimumBoards
        recurring = points.filter { $0.value.boards >= 2 }
            .map { RecurringPoint(id: $0.key, title: $0.value.title, questionnaire: $0.value.questionnaire, boards: $0.value.boards) }
            .sorted { ($1.boards, $0.questionnaire?.safeguard ?? 99, $0.id) < ($0.boards, $1.questionnaire?.safeguard ?? 99, $1.id) }

        // Per questionnaire the newest version any board answered; other versions count
        // for a theme only where it asks the same.
        var distributions: [Distribution] = []
        for questionnaire in briefs.flatMap(\.parts).map(\.questionnaire).newestVersions {
            for theme in questionnaire.themes where theme.questions.contains(where: { $0.kind.isScored }) {
                var means: [Double] = []
                for brief in briefs {
                    guard let part = brief.parts.first(where: { $0.questionnaire.id == questionnaire.id }),
                        part.questionnaire.version == questionnaire.version
                            || PanelAnalysis.sameContent(part.questionnaire.theme(theme.id), theme),
                        let score = part.aggregate.theme(theme.id).statistics.mean
                    else { continue }
                    means.append(score)
                }
                let shown = means.count >= minimum
                let levels = questionnaire.levels(for: theme)
                distributions.append(
                    Distribution(
                        questionnaire: questionnaire, theme: theme, boards: means.count,
                        mean: shown ? means.reduce(0, +) / Double(means.count) : nil,
                        levels: shown ? levels.map { level in (level, means.filter { level.contains($0) }.count) } : [],
                        shown: shown))
            }
        }
        self.distributions = distributions
    }
}
