public import Questionnaire

/// The privacy rule of a panel brief: which figures over a group of respondents may be
/// shown, decided from the counts behind them alone, never from the answers.
///
/// Every figure of a brief is a mean, a difference of means, or an order statistic
/// (lowest, highest, median, spread, a distribution of answers) over some group. With
/// `N` the minimum group size:
///
/// - A **mean** is shown over at least `N` respondents, or over the whole board (the
///   board's own score, whatever its size).
/// - **Lowest, highest, median, spread and distributions** only over at least `N`
///   respondents (or in the brief of a one-respondent board, where they equal the mean).
/// - **Per role and per group** (board/schools): only parts of at least `N`, and only so
///   that whatever is left over at each level — the respondents of the group not in a
///   part shown, which the means let anyone compute — is empty or has at least `N` too.
/// - A **role gap** (board minus schools) only when both groups are shown.
///
/// So no figure, and no difference of figures, is over fewer than `N` respondents; a
/// single respondent's value can be read only in a board of one.
public struct PrivacyRule: Sendable, Hashable {
    /// Groups smaller than this are never shown apart.
    public var minimumGroup: Int
    /// Respondents of the whole board.
    public var boardRespondents: Int
    /// Each role's group (board or schools); roles without one are in neither.
    public var groups: [String: Role.Group]

    public init(minimumGroup: Int, boardRespondents: Int, groups: [String: Role.Group]) {
        self.minimumGroup = Swift.max(1, minimumGroup)
        self.boardRespondents = boardRespondents
        self.groups = groups
    }

    public init(minimumGroup: Int, boardRespondents: Int, roles: [Role] = Role.defaults) {
        var groups: [String: Role.Group] = [:]
        for role in roles where groups[role.id] == nil { groups[role.id] = role.group }
        self.init(minimumGroup: minimumGroup, boardRespondents: boardRespondents, groups: groups)
    }

    /// What may be shown of a figure over these respondents, per role id.
    public func disclosure(_ counts: [String: Int]) -> Disclosure {
        Disclosure(counts: counts, rule: self)
    }

    /// What may be shown of a theme's or safeguard's scores: over the respondents who have one.
    public func disclosure(_ scores: ScoreAggregate) -> Disclosure {
        disclosure(scores.byRole.mapValues(\.count))
    }

    /// What may be shown of a statement's figures: over the respondents who answered it
    /// with a score. Its distribution and n.v.t. counts are over all who answered, so they
    /// ask `showsSpread(count: aggregate.answered)`.
    public func disclosure(_ question: QuestionAggregate) -> Disclosure {
        disclosure(question.byRole.mapValues(\.count))
    }

    /// Whether the mean over `count` respondents may be shown.
    public func showsMean(count: Int) -> Bool {
        count > 0 && (count >= minimumGroup || count == boardRespondents)
    }

    /// Whether lowest, highest, median, spread or a distribution over `count` respondents
    /// may be shown: each of them names one respondent's value once the group is small.
    public func showsSpread(count: Int) -> Bool {
        count > 0 && (count >= minimumGroup || boardRespondents == 1)
    }

    /// What this rule guarantees, in words, for the panel brief and for the respondent
    /// before answering alike: one text, so both say the same.
    public static func promise(minimumGroup: Int, language: String) -> String {
        let n = minimumGroup
        if language == "en" {
            return
                "The panel brief shows no names of respondents or schools. It shows the board's mean scores; a mean over only part of the respondents only when that part has at least \(n). "
                + "Lowest and highest score, spread, median and the distribution of answers appear only over at least \(n) respondents. "
                + "Scores per role or per group (board, schools), and differences between board and schools, appear only when every group they let anyone compute has at least \(n) respondents. "
                + "Notes and evidence appear as written, without a name; with the role only on that same condition. "
                + "A point that follows from the answers of one role (a rule for that role) names the role only on that condition too. "
                + "So no figure shows what one respondent answered, except in a board with a single respondent, whose scores are the board's."
        }
        return
            "In de panelbrief staan geen namen van respondenten of scholen. De gemiddelde scores van het bestuur staan erin; een gemiddelde over een deel van de respondenten alleen als dat deel minstens \(n) respondenten telt. "
            + "Laagste en hoogste score, spreiding, mediaan en verdeling van antwoorden staan er alleen in over minstens \(n) respondenten. "
            + "Scores per rol of per groep (bestuur, scholen) en verschillen tussen bestuur en scholen staan er alleen in als elke groep die daaruit te berekenen is minstens \(n) respondenten telt. "
            + "Toelichtingen en onderbouwingen staan erin zoals ze geschreven zijn, zonder naam; met de rol alleen onder diezelfde voorwaarde. "
            + "Een punt dat volgt uit de antwoorden van één rol (een regel voor die rol) noemt die rol ook alleen onder die voorwaarde. "
            + "Zo is uit geen enkel cijfer af te leiden wat één respondent antwoordde, behalve bij een bestuur met één respondent: dan zijn de scores van het bestuur die van die respondent."
    }
}
