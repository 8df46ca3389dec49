public import Assessment
public import Questionnaire

extension PanelBrief {
    /// The rules of the findings about differences between respondents.
    static let differenceRules: Set<FindingRule> = [.builtin(.disagreement), .builtin(.roleGap)]

    /// The questionnaires in the brief, in safeguard order.
    public var questionnaires: [Questionnaire] { parts.map(\.questionnaire) }

    /// The board as its respondents named it; several names joined with a slash.
    public var boardName: String {
        organisations.isEmpty ? "—" : organisations.joined(separator: " / ")
    }

    /// Role ids that answered: the questionnaires' roles in their order, then any other by id.
    public var orderedRoles: [String] {
        var known: [String] = []
        for role in (questionnaires.flatMap(\.roles) + Role.defaults) where !known.contains(role.id) {
            known.append(role.id)
        }
        return known.filter { roles[$0] != nil } + roles.keys.filter { !known.contains($0) }.sorted()
    }

    /// Roles large enough to be shown apart, in order.
    public var shownRoles: [String] { orderedRoles.filter(isShown) }

    /// Findings of one kind, in the brief's order.
    public func findings(_ kind: Finding.Kind) -> [Finding] {
        findings.filter { $0.kind == kind }
    }

    /// Questions about disagreement between respondents and gaps between board and schools.
    public var differences: [Finding] {
        findings.filter { finding in
            finding.kind == .panelQuestion && finding.reasons.contains { Self.differenceRules.contains($0.rule) }
        }
    }

    public func part(_ questionnaire: String) -> PanelPart? {
        parts.first { $0.questionnaire.id == questionnaire }
    }

    /// The thresholds of the built-in panel findings, from the first questionnaire.
    public var settings: FindingSettings { questionnaires.first?.findings ?? FindingSettings() }

    /// Where a finding belongs: `Waarborg 1 · Visie en beroepsbeeld`.
    func place(of finding: Finding, labels: Labels) -> String {
        guard let questionnaire = part(finding.questionnaire)?.questionnaire else { return finding.questionnaire }
        var parts = [labels.safeguardName(questionnaire)]
        if let theme = finding.theme.flatMap(questionnaire.theme) { parts.append(theme.title.text(labels.language)) }
        return parts.joined(separator: " · ")
    }

    /// The statements a finding looks at, each shortened to one line.
    func statements(behind finding: Finding, language: String) -> [String] {
        guard let questionnaire = part(finding.questionnaire)?.questionnaire else { return [] }
        return finding.questions.compactMap { questionnaire.question($0) }.map { SafeText.shortened($0.text.text(language), to: 90) }
    }

    /// The role's label, or the id when no questionnaire knows it.
    func roleLabel(_ role: String, labels: Labels) -> String {
        labels.roleLabel(role, in: questionnaires)
    }
}

extension PanelPart {
    /// The themes with the board's scores and the respondents' spread, in questionnaire order.
    public var themes: [(theme: Theme, score: ThemeScore, aggregate: ScoreAggregate)] {
        questionnaire.themes.compactMap { theme in
            card.theme(theme.id).map { (theme, $0, aggregate.theme(theme.id)) }
        }
    }

    /// Themes that count: with at least one scoring statement.
    public var scoredThemes: [(theme: Theme, score: ThemeScore, aggregate: ScoreAggregate)] {
        themes.filter { item in item.theme.questions.contains { $0.kind.isScored } }
    }

    public func change(_ theme: String) -> ThemeChange? {
        changes.first { $0.theme == theme }
    }

    /// The scoring statements of a theme that at least one respondent was shown.
    public func statements(_ theme: Theme) -> [(question: Question, aggregate: QuestionAggregate)] {
        theme.questions.compactMap { question in
            guard question.kind.isScored, let aggregate = aggregate.question(question.id), aggregate.shown > 0 else { return nil }
            return (question, aggregate)
        }
    }

    /// Respondents who answered *n.v.t.* (an option without a value, not weet-niet).
    public func notApplicable(_ question: Question, _ aggregate: QuestionAggregate) -> Int {
        question.kind.options.filter(\.isNotApplicable).reduce(0) { $0 + (aggregate.distribution[$1.key] ?? 0) }
    }

    /// Respondents who answered *weet ik niet*.
    public func unknown(_ question: Question, _ aggregate: QuestionAggregate) -> Int {
        question.kind.options.unknownOption.map { aggregate.distribution[$0.key] ?? 0 } ?? 0
    }
}
