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
        self.init(count: cards.count) { index in
            (cards[index].0.scoring.method == .mean, cards[index].0.weight, cards[index].0.id, cards[index].1.score, cards[index].1.extrapolated)
        }
    }

    /// Over the parts of one respondent's assessment, read where they stand (pairs made of
    /// them would copy every questionnaire and card).
    init(parts: [ResponseAssessment]) {
        self.init(count: parts.count) { index in
            (
                parts[index].questionnaire.scoring.method == .mean, parts[index].questionnaire.weight, parts[index].questionnaire.id,
                parts[index].card.score, parts[index].card.extrapolated
            )
        }
    }

    /// From what each of `count` safeguards contributes: whether it is scored as a mean, its
    /// weight, its id, its score and whether that is extrapolated.
    private init(count: Int, _ part: (Int) -> (isMean: Bool, weight: Double, id: String, score: Double?, extrapolated: Bool)) {
        var total = 0.0
        var weight = 0.0
        var leftOut: [String] = []
        var extrapolated = false
        for index in 0..<count {
            let part = part(index)
            guard part.isMean, let score = part.score else {
                leftOut.append(part.id)
                continue
            }
            total += part.weight * score
            weight += part.weight
            extrapolated = extrapolated || part.extrapolated
        }
        self.score = weight > 0 ? total / weight : nil
        self.leftOut = leftOut
        self.extrapolated = extrapolated
    }
}
