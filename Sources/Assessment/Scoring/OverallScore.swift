public import Questionnaire

/// One score over several safeguards: the weighted mean of their scores.
///
/// Only safeguards scored as means combine; a safeguard without a score is left out and
/// named, so a reader knows the overall figure is partial.
public struct OverallScore: Sendable, Hashable {
    public var score: Double?
    public var level: Level?
    /// Safeguards that have no score and are left out.
    public var leftOut: [String]

    public init(cards: [(Questionnaire, ScoreCard)]) {
        var total = 0.0
        var weight = 0.0
        var leftOut: [String] = []
        var levels: [Level]?
        for (questionnaire, card) in cards {
            guard questionnaire.scoring.method == .mean, let score = card.score else {
                leftOut.append(questionnaire.id)
                continue
            }
            total += questionnaire.weight * score
            weight += questionnaire.weight
            levels = levels ?? questionnaire.scoring.levels
        }
        self.score = weight > 0 ? total / weight : nil
        self.level = score.flatMap { levels?.level(for: $0) }
        self.leftOut = leftOut
    }
}
