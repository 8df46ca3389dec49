import Questionnaire

/// What a panel talks about, drawn from a brief's findings: the *speerpunten voor het
/// gesprek* on its first page and at most ten ranked questions (`docs/panel.md`).
///
/// Every format of the brief renders the same agenda, so a speerpunt in the terminal is
/// the one in the HTML.
public struct PanelAgenda: Sendable {
    /// Speerpunten the first page shows: at least three when there are that many
    /// candidates, never more than six.
    public static let speerpunten = 3...6
    /// Questions the brief shows up front; the rest go to an appendix.
    public static let questionLimit = 10

    /// One item on the first page.
    public struct Speerpunt: Sendable {
        public enum Source: String, Sendable {
            case developmentPoint = "development_point"
            case conversationPoint = "conversation_point"
            case disagreement
            case decline
            case plan
        }

        public var source: Source
        /// The finding the item stands for: a development or conversation point, or a question.
        public var finding: Finding
        /// For a development point: whether the plan van aanpak leaves it open.
        public var planOpen: Bool
    }

    public var speerpunten: [Speerpunt] = []
    /// Development points, ranked; ``developmentPoints`` numbers them in this order.
    public var developmentPoints: [Finding]
    /// Questions for the panel, ranked; the first ``questionLimit`` are shown up front.
    public var questions: [Finding] = []

    public var shownQuestions: ArraySlice<Finding> { questions.prefix(Self.questionLimit) }
    public var moreQuestions: ArraySlice<Finding> { questions.dropFirst(Self.questionLimit) }
    /// The questions about the plan van aanpak: what it leaves open or unclear.
    public var planQuestions: [Finding] { questions.filter(\.isAboutPlan) }

    /// The agenda of `brief`, whose findings are ranked (plan questions may follow them).
    ///
    /// Speerpunten: the two highest ranked development points; then the strongest
    /// disagreement, the largest decline and the first thing the plan leaves open that is
    /// not a development point already chosen; then further development points, and
    /// conversation points when there are too few, up to six.
    ///
    /// Questions: first those that belong to a speerpunt (the speerpunt itself or a
    /// question of the same rule), then disagreement and role gaps (widest first),
    /// decline, what the plan leaves open, the questionnaires' own questions, what many
    /// respondents cannot judge, and last the conversation points.
    public init(_ brief: PanelBrief) {
        let findings = brief.findings
        developmentPoints = findings.filter { $0.kind == .developmentPoint }
        let conversation = findings.filter { $0.kind == .conversationPoint }
        let questions = findings.filter { $0.kind == .panelQuestion }
        let planQuestions = questions.filter(\.isAboutPlan)
        // A plan question's detail starts with the id of the development point it is about.
        let gapDetails: [String] = planQuestions.filter(\.isAboutPlanGap).flatMap { question in question.reasons.flatMap(\.details) }
        let planOpenIDs = Set(
            gapDetails.compactMap { (detail: String) -> String? in
                detail.split(separator: ":", maxSplits: 1).first.map(String.init)
            })
        func speerpunt(_ point: Finding, _ source: Speerpunt.Source) -> Speerpunt {
            Speerpunt(source: source, finding: point, planOpen: source == .developmentPoint && planOpenIDs.contains(PlanKey.id(of: point)))
        }

        let widest = questions.filter { $0.has(.disagreement) || $0.has(.roleGap) }.sorted(by: Self.wider)
        let declines = questions.filter { $0.has(.decline) }.sorted(by: Self.wider)
        // What the plan leaves open first (a development point it does not take up or
        // drops), then what it leaves unclear (entries, dates, evaluation).
        let planGaps = planQuestions.filter(\.isAboutPlanGap) + planQuestions.filter { !$0.isAboutPlanGap }
        var picked = developmentPoints.prefix(2).map { speerpunt($0, .developmentPoint) }
        if let first = widest.first { picked.append(speerpunt(first, .disagreement)) }
        if let first = declines.first { picked.append(speerpunt(first, .decline)) }
        // A plan question about a development point already picked adds nothing new.
        let pickedIDs = Set(picked.filter { $0.source == .developmentPoint }.map { PlanKey.id(of: $0.finding) })
        func isPicked(_ gap: Finding) -> Bool {
            let details: [String] = gap.reasons.flatMap(\.details)
            return details.contains { detail in pickedIDs.contains { detail.hasPrefix($0 + ":") } }
        }
        if let gap = planGaps.first(where: { !isPicked($0) }) {
            picked.append(speerpunt(gap, .plan))
        }
        let rest =
            developmentPoints.dropFirst(2).map { speerpunt($0, .developmentPoint) }
            + conversation.map { speerpunt($0, .conversationPoint) }
        for item in rest where picked.count < Self.speerpunten.upperBound { picked.append(item) }
        speerpunten = Array(picked.prefix(Self.speerpunten.upperBound))

        // Questions: what belongs to a speerpunt first, then by kind.
        let speerpuntRules = Set(speerpunten.flatMap { $0.finding.reasons.map(\.rule) }.filter { $0.builtin == nil })
        func tier(_ question: Finding) -> Int {
            if speerpunten.contains(where: { $0.finding == question }) { return 0 }
            if question.reasons.contains(where: { speerpuntRules.contains($0.rule) }) { return 0 }
            if question.has(.disagreement) || question.has(.roleGap) { return 1 }
            if question.has(.decline) { return 2 }
            if question.isAboutPlan { return 3 }
            if question.has(.unknown) { return 5 }
            return 4
        }
        let ranked = questions.enumerated().sorted { a, b in
            let (x, y) = (tier(a.element), tier(b.element))
            if x != y { return x < y }
            if x == 0 {
                // In the order of the speerpunten they belong to.
                return Self.speerpuntPlace(a.element, speerpunten) < Self.speerpuntPlace(b.element, speerpunten)
                    || (Self.speerpuntPlace(a.element, speerpunten) == Self.speerpuntPlace(b.element, speerpunten) && a.offset < b.offset)
            }
            if x == 1 || x == 2, abs(a.element.distance - b.element.distance) > 1e-9 { return a.element.distance > b.element.distance }
            return a.offset < b.offset
        }.map(\.element)
        self.questions = ranked + conversation
    }

    /// The number of a development point (1-based, in rank order), for its anchor.
    public func number(ofDevelopmentPoint finding: Finding) -> Int? {
        developmentPoints.firstIndex(of: finding).map { $0 + 1 }
    }

    /// The number of a question (1-based, in rank order), for its anchor.
    public func number(ofQuestion finding: Finding) -> Int? {
        questions.firstIndex(of: finding).map { $0 + 1 }
    }

    private static func wider(_ a: Finding, _ b: Finding) -> Bool { a.distance > b.distance + 1e-9 }

    private static func speerpuntPlace(_ question: Finding, _ speerpunten: [Speerpunt]) -> Int {
        speerpunten.firstIndex { item in
            item.finding == question
                || item.finding.reasons.contains { reason in
                    reason.rule.builtin == nil && question.reasons.contains { $0.rule == reason.rule }
                }
        } ?? Int.max
    }
}

extension Finding {
    /// Whether a reason of the finding is the built-in `rule`.
    func has(_ rule: FindingRule.BuiltinRule) -> Bool {
        reasons.contains { $0.rule == .builtin(rule) }
    }

    /// A question from the review of the plan van aanpak.
    public var isAboutPlan: Bool {
        reasons.contains { $0.rule.builtin?.rawValue.hasPrefix("plan_") == true }
    }

    /// A question about a development point the plan leaves out or drops.
    public var isAboutPlanGap: Bool { has(.planUnaddressed) || has(.planDropped) }
}
