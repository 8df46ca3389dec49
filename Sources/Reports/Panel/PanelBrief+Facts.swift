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

    /// The other questions for the conversation: from the rules and from decline.
    public var otherQuestions: [Finding] {
        findings.filter { finding in
            finding.kind == .panelQuestion && !finding.reasons.contains { Self.differenceRules.contains($0.rule) }
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

    /// The role's label, or the id when no questionnaire knows it.
    func roleLabel(_ role: String, labels: Labels) -> String {
        labels.roleLabel(role, in: questionnaires)
    }

    /// Who wrote a note: the role when its group is shown apart, else just "respondent".
    func author(of note: RespondentNote, labels: PanelLabels) -> String {
        guard let role = note.role, isShown(role: role) else { return labels.anonymous }
        return roleLabel(role, labels: labels.report)
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

    /// The statements of a theme with the notes and evidence written with them.
    ///
    /// Empty notes are left out; within a statement notes are sorted by their text, so
    /// notes of one respondent cannot be linked across statements by their place.
    public func notes(_ theme: Theme) -> [(question: Question, notes: [RespondentNote])] {
        theme.questions.compactMap { question in
            guard let aggregate = aggregate.question(question.id) else { return nil }
            let notes = aggregate.notes.compactMap { note -> RespondentNote? in
                let text = note.note.map(SafeText.collapsed).flatMap { $0.isEmpty ? nil : note.note }
                let evidence = note.evidence.map(SafeText.collapsed).flatMap { $0.isEmpty ? nil : note.evidence }
                guard text != nil || evidence != nil else { return nil }
                return RespondentNote(role: note.role, note: text, evidence: evidence)
            }.sorted { ($0.note ?? "", $0.evidence ?? "", $0.role ?? "") < ($1.note ?? "", $1.evidence ?? "", $1.role ?? "") }
            return notes.isEmpty ? nil : (question, notes)
        }
    }

    /// Whether any statement of the part has a note or evidence.
    public var hasNotes: Bool {
        questionnaire.themes.contains { !notes($0).isEmpty }
    }
}
