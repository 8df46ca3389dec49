public import Assessment

/// How a theme's scoring questions fared: answered with a score, *n.v.t.*, *weet ik niet*,
/// open, hidden.
public struct ThemeCounts: Sendable, Hashable {
    /// Answered with an option that scores.
    public var answered: Int
    /// Answered *n.v.t.*.
    public var notApplicable: Int
    /// Answered *weet ik niet*: an answer, counted apart from n.v.t.
    public var unknown: Int
    /// Shown but not answered.
    public var unanswered: Int
    /// Hidden by their `show_if`; not part of the theme for this respondent.
    public var hidden: Int

    public init(answered: Int, notApplicable: Int, unknown: Int = 0, unanswered: Int, hidden: Int) {
        self.answered = answered
        self.notApplicable = notApplicable
        self.unknown = unknown
        self.unanswered = unanswered
        self.hidden = hidden
    }

    public init(_ theme: ThemeScore) {
        var counts = ThemeCounts(answered: 0, notApplicable: 0, unanswered: 0, hidden: 0)
        for question in theme.questions {
            switch question.status {
            case .scored: counts.answered += 1
            case .notApplicable: counts.notApplicable += 1
            case .unknown: counts.unknown += 1
            case .unanswered: counts.unanswered += 1
            case .hidden: counts.hidden += 1
            case .unscored: break
            }
        }
        self = counts
    }

    /// Shown questions that score: the base of the missing-data share.
    public var shown: Int { answered + notApplicable + unknown + unanswered }
}
