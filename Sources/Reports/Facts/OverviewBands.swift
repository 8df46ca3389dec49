public import Questionnaire

/// The levels an overview labels its rows with, so that no two rows have labels that run
/// against their scores (2,46 *in ontwikkeling* beside 2,48 *vraagt aandacht*).
///
/// When the questionnaires scored as means share their levels, each row keeps its own
/// level. When they differ (versions of different editions reported together), every
/// mean row is labelled with one set: the levels most of them share, and among equals
/// those of the newest version. Rows scored as sums keep their own levels: a sum is on
/// another scale and is not ordered against means.
public struct OverviewBands: Sendable {
    /// The levels the overview uses for rows scored as means.
    public var levels: [Level]
    /// The questionnaire whose levels those are; nil when no row is a mean.
    public var source: Questionnaire?
    /// Questionnaires scored as means whose own levels differ from `levels`.
    public var others: [Questionnaire]

    public init(_ questionnaires: [Questionnaire]) {
        let means = questionnaires.filter { $0.scoring.method == .mean }
        var groups: [(levels: [Level], members: [Questionnaire])] = []
        for questionnaire in means {
            if let index = groups.firstIndex(where: { $0.levels == questionnaire.scoring.levels }) {
                groups[index].members.append(questionnaire)
            } else {
                groups.append((questionnaire.scoring.levels, [questionnaire]))
            }
        }
        let newest = { (group: (levels: [Level], members: [Questionnaire])) in group.members.map(\.version).max()! }
        let chosen = groups.max { a, b in (a.members.count, newest(a)) < (b.members.count, newest(b)) }
        self.levels = chosen?.levels ?? []
        self.source = chosen.flatMap { group in group.members.max { $0.version < $1.version } }
        self.others = means.filter { $0.scoring.levels != chosen?.levels }
    }

    /// The level of a row's score in the overview.
    public func level(_ score: Double?, of questionnaire: Questionnaire, own: Level?) -> Level? {
        guard questionnaire.scoring.method == .mean, !others.isEmpty else { return own }
        return score.flatMap { levels.level(for: $0) }
    }

    /// The levels a row's colour is chosen among.
    public func levels(of questionnaire: Questionnaire) -> [Level] {
        questionnaire.scoring.method == .mean && !others.isEmpty ? levels : questionnaire.scoring.levels
    }
}
