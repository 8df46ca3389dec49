public import Assessment
public import Questionnaire

/// Why a theme or a safeguard has no score, worked out again from the score card.
///
/// The scorer leaves a score out without saying why; a report must say it, so that "no
/// score" reads as "too little to say" and never as a low score.
public enum NoScoreReason: Sendable, Hashable {
    /// No shown question of the theme (or no theme of the safeguard) counts.
    case nothingToScore
    /// No shown question is answered with a score, though the policy would allow the share
    /// missing (a policy that allows everything to be missing).
    case noScoredAnswers
    /// More questions are open or *n.v.t.* than the missing-data policy allows.
    case tooMuchMissing(missing: Int, of: Int, maxShare: Double)
    /// The themes mix means and sums.
    case mixedMethods
    /// Too many themes of a safeguard scored as means have no score.
    case themesMissing(missing: Int, of: Int, maxShare: Double)
    /// A safeguard scored as a sum misses a theme.
    case sumIncomplete(missing: Int, of: Int)

    /// A stable code for JSON: `too_much_missing`, ….
    public var code: String {
        switch self {
        case .nothingToScore: "nothing_to_score"
        case .noScoredAnswers: "no_scored_answers"
        case .tooMuchMissing: "too_much_missing"
        case .mixedMethods: "mixed_methods"
        case .themesMissing: "themes_missing"
        case .sumIncomplete: "sum_incomplete"
        }
    }

    /// Why `theme` has no score; nil when it has one.
    public static func theme(_ theme: ThemeScore, in questionnaire: Questionnaire) -> NoScoreReason? {
        guard theme.score == nil else { return nil }
        let counts = ThemeCounts(theme)
        let maxShare = questionnaire.scoring.missing.maxShare
        if counts.shown == 0 { return .nothingToScore }
        let missing = counts.notApplicable + counts.unknown + counts.unanswered
        if Double(missing) > maxShare * Double(counts.shown) + 1e-9 {
            return .tooMuchMissing(missing: missing, of: counts.shown, maxShare: maxShare)
        }
        return .noScoredAnswers
    }

    /// Why the safeguard of `card` has no score; nil when it has one.
    public static func safeguard(_ card: ScoreCard, in questionnaire: Questionnaire) -> NoScoreReason? {
        guard card.score == nil else { return nil }
        let candidates = card.themes.filter { $0.scoredQuestions > 0 }
        if candidates.isEmpty { return .nothingToScore }
        if Set(candidates.map(\.method)).count > 1 { return .mixedMethods }
        let missing = candidates.filter { $0.score == nil }.count
        switch candidates[0].method {
        case .mean:
            return .themesMissing(missing: missing, of: candidates.count, maxShare: questionnaire.scoring.missing.maxShare)
        case .sum:
            return .sumIncomplete(missing: missing, of: candidates.count)
        }
    }
}
