public import Questionnaire

/// A plain average over several safeguards: the weighted mean of their scores.
///
/// It has no level: there is no norm over the safeguards, so reports show it only when the
/// questionnaire set asks for it, as an average (`docs/scoring.md`). Only safeguards scored
/// as means combine; a safeguard without a score is left out and named, so a reader knows
/// the figure is partial.
public struct OverallScore: Sendable, Hashable {
    public var score: Double?
    /// Safeguards that have no score and are left out.
    public var leftOut: [String]
    /// Whether a safeguard that counts has a score built from an extrapolated sum.
    public var extrapolated: Bool

    public init(cards: [(Questionnaire, ScoreCard)]) {
        var total = 0.0
        var weight = 0.0
        var leftOut: [String] = []
        var extrapolated = false
        for (questionnaire, card) in cards {
            guard questionnaire.scoring.method == .mean, let score = card.score else {
                leftOut.append(questionnaire.id)
                continue
            }
            total += questionnaire.weight * score
            weight += questionnaire.weight
            extrapolated = extrapolated || card.extrapolated
        }
        self.score = weight > 0 ? total / weight : nil
        self.leftOut = leftOut
        self.extrapolated = extrapolated
    }
}
