public import Assessment
public import Questionnaire

extension RespondentAssessment {
    /// The questionnaires assessed, in report order.
    public var questionnaires: [Questionnaire] { parts.map(\.questionnaire) }

    public func part(_ questionnaire: String) -> ResponseAssessment? {
        parts.first { $0.questionnaire.id == questionnaire }
    }

    /// Findings of one kind: development points by priority, then safeguard and theme;
    /// the others by safeguard and theme.
    ///
    /// Ordered again per kind, because one order over all kinds at once is not a strict
    /// ordering (priority only ranks development points) and can leave them unsorted.
    public func findings(_ kind: Finding.Kind) -> [Finding] {
        var themeOrder: [String: Int] = [:]
        for questionnaire in questionnaires {
            for (index, theme) in questionnaire.themes.enumerated() { themeOrder["\(questionnaire.id)/\(theme.id)"] = index }
        }
        return findings.filter { $0.kind == kind }.ordered(themeOrder: themeOrder)
    }
}

extension ResponseAssessment {
    /// The themes with their scores, in questionnaire order.
    public var themes: [(theme: Theme, score: ThemeScore)] {
        questionnaire.themes.compactMap { theme in card.theme(theme.id).map { (theme, $0) } }
    }

    /// Whether the answers were given with another file of this version than the one scored.
    public var digestDiffers: Bool {
        guard let digest = response.digest else { return false }
        return digest != questionnaire.source.digest
    }

    /// The answers that carry a note, evidence or free text, in question order; hidden
    /// questions are left out.
    public var notedAnswers: [(question: Question, answer: Answer)] {
        questionnaire.questions.compactMap { question in
            guard !hidden.contains(question.id), let answer = response.answers[question.id] else { return nil }
            let hasText = if case .text(let text) = answer.value { !SafeText.collapsed(text).isEmpty } else { false }
            let hasNote = !(answer.note.map(SafeText.collapsed) ?? "").isEmpty
            let hasEvidence = !(answer.evidence.map(SafeText.collapsed) ?? "").isEmpty
            return hasText || hasNote || hasEvidence ? (question, answer) : nil
        }
    }
}

extension Labels {
    /// `Waarborg 1` for a numbered safeguard, else the questionnaire's title.
    public func safeguardName(_ questionnaire: Questionnaire) -> String {
        questionnaire.safeguard.map { "\(safeguard) \($0)" } ?? questionnaire.title.text(language)
    }

    /// Why a respondent's finding arose, in sentences.
    public func reasons(of finding: Finding, in assessment: RespondentAssessment) -> [String] {
        ReasonText(language: language, perspective: .respondent)
            .sentences(for: finding, in: assessment.part(finding.questionnaire)?.questionnaire)
    }

    /// Why a board's finding arose, in sentences.
    public func reasons(of finding: Finding, in questionnaires: [Questionnaire]) -> [String] {
        ReasonText(language: language, perspective: .board)
            .sentences(for: finding, in: questionnaires.last { $0.id == finding.questionnaire })
    }

    /// The rule and expressions behind each reason, for `--explain`: `regel visie-laag: score(visie) = 2 < 3`.
    public func explanations(of finding: Finding) -> [String] {
        finding.reasons.map { reason in
            let expressions = reason.expressions
            return rule(reason.rule) + (expressions.isEmpty ? "" : ": " + expressions.joined(separator: "; "))
        }
    }

    /// Where a finding belongs: `Waarborg 1 · Visie en beroepsbeeld`.
    public func place(of finding: Finding, in assessment: RespondentAssessment) -> String {
        guard let questionnaire = assessment.part(finding.questionnaire)?.questionnaire else { return finding.questionnaire }
        var parts = [safeguardName(questionnaire)]
        if let theme = finding.theme.flatMap(questionnaire.theme) { parts.append(theme.title.text(language)) }
        return parts.joined(separator: " · ")
    }
}
