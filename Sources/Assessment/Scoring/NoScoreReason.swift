/// Why a theme or a safeguard has no score, as the scorer decided it.
///
/// A report must say it, so that "no score" reads as "too little to say" and never as a
/// low score; the scorer records the reason where it leaves the score out, so the rule is
/// written once.
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
}
