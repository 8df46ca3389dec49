public import Assessment
public import Questionnaire

/// The lowest and highest score a theme or safeguard can reach: what a bar spans.
public struct ScoreRange: Sendable, Hashable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Where `score` lies between the ends, from 0 to 1.
    public func fraction(_ score: Double) -> Double {
        guard upper > lower, score.isFinite else { return 0 }
        return Swift.min(1, Swift.max(0, (score - lower) / (upper - lower)))
    }

    /// The range of a theme for this respondent: hidden questions are not part of it.
    ///
    /// A mean spans the lowest to the highest option value; a sum adds those up, weighted.
    public init?(theme: Theme, score: ThemeScore) {
        let shown = theme.questions.filter { question in
            guard let status = score.question(question.id)?.status else { return false }
            return status != .hidden && status != .unscored
        }
        let ends = shown.compactMap { question -> (Double, Double, Double)? in
            let options = question.kind.options
            guard let low = options.lowestValue, let high = options.highestValue else { return nil }
            if case .multi = question.kind {
                let values = options.compactMap(\.value)
                return (question.weight, Swift.min(0, low), values.filter { $0 > 0 }.reduce(0, +))
            }
            return (question.weight, low, high)
        }
        guard !ends.isEmpty else { return nil }
        switch score.method {
        case .mean:
            self.init(lower: ends.map(\.1).min()!, upper: ends.map(\.2).max()!)
        case .sum:
            self.init(lower: ends.reduce(0) { $0 + $1.0 * $1.1 }, upper: ends.reduce(0) { $0 + $1.0 * $1.2 })
        }
    }

    /// The range of a safeguard: the span of its themes' means, or the weighted total of sums.
    public init?(questionnaire: Questionnaire, card: ScoreCard) {
        let parts = zip(questionnaire.themes, card.themes).compactMap { theme, score -> (Double, ScoreRange, ScoringMethod)? in
            guard score.scoredQuestions > 0, let range = ScoreRange(theme: theme, score: score) else { return nil }
            return (theme.weight, range, score.method)
        }
        guard let method = parts.first?.2 else { return nil }
        switch method {
        case .mean:
            self.init(lower: parts.map(\.1.lower).min()!, upper: parts.map(\.1.upper).max()!)
        case .sum:
            self.init(lower: parts.reduce(0) { $0 + $1.0 * $1.1.lower }, upper: parts.reduce(0) { $0 + $1.0 * $1.1.upper })
        }
    }
}
