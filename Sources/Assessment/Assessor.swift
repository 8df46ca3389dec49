public import Questionnaire

/// The assessment of one respondent's answers to one questionnaire.
public struct ResponseAssessment: Sendable {
    public var questionnaire: Questionnaire
    public var response: Response
    public var hidden: Set<QuestionID>
    public var card: ScoreCard
    public var findings: [Finding]
}

/// The assessment of one answers file: every questionnaire it answers, scored, with findings.
public struct RespondentAssessment: Sendable {
    public var respondent: Respondent
    public var path: String
    public var parts: [ResponseAssessment]
    public var overall: OverallScore

    /// All findings of all parts, ordered.
    public var findings: [Finding] {
        parts.flatMap(\.findings).ordered(in: parts.map(\.questionnaire))
    }
}

/// Scores answers and evaluates rules: the whole path from a response to its findings.
public enum Assessor {
    public static func assess(_ response: Response, of questionnaire: Questionnaire, role: String?) -> ResponseAssessment {
        let questionIndex = questionnaire.questionIndex
        var answers: [Answer?]
        let hiddenPositions: [Bool]
        if let known = response.positions?.matching(questionIndex, role: role) {
            answers = known.answers
            hiddenPositions = known.hidden
        } else {
            answers = questionIndex.byPosition(response.answers)
            hiddenPositions = Visibility.hiddenPositions(questionnaire, role: role, answers: answers)
        }
        var hidden: Set<QuestionID> = []
        let hiddenCount = questionIndex.conditional.reduce(0) { $0 + (hiddenPositions[$1] ? 1 : 0) }
        if hiddenCount > 0 { hidden.reserveCapacity(hiddenCount) }
        for position in questionIndex.conditional where hiddenPositions[position] {
            hidden.insert(questionIndex.ids[position])
            if answers[position] != nil { answers[position] = nil }
        }
        let card = Scorer.score(questionnaire, answers: answers, hidden: hiddenPositions)
        let context = RespondentContext(questionnaire: questionnaire, visibleAnswers: answers, role: role, card: card)
        var findings = FindingEngine.findings(questionnaire, card: card, context: context)
        findings.order(of: questionnaire)
        return ResponseAssessment(questionnaire: questionnaire, response: response, hidden: hidden, card: card, findings: findings)
    }

    /// Assesses every response of a file; `questionnaires` gives the version each names.
    public static func assess(_ file: AnswersFile, path: String, questionnaires: [Questionnaire]) -> RespondentAssessment {
        // Questionnaires are found by index and passed where they stand: a questionnaire
        // taken out of the array would be copied, a reference counted for each field.
        var parts: [ResponseAssessment] = []
        parts.reserveCapacity(file.responses.count)
        for response in file.responses {
            guard
                let index = questionnaires.indices.first(where: {
                    questionnaires[$0].id == response.questionnaire && questionnaires[$0].version == response.version
                })
            else { continue }
            parts.append(assess(response, of: questionnaires[index], role: file.respondent.askedRole))
        }
        // In safeguard order; files list their questionnaires in order as a rule, so the
        // parts are moved only when they do not (stably, as a sort would).
        let keys = parts.indices.map { (parts[$0].questionnaire.safeguard ?? Int.max, parts[$0].questionnaire.id) }
        if keys.indices.dropFirst().contains(where: { keys[$0] < keys[$0 - 1] }) {
            parts = keys.indices.sorted { keys[$0] < keys[$1] }.map { parts[$0] }
        }
        return RespondentAssessment(
            respondent: file.respondent, path: path, parts: parts,
            overall: OverallScore(parts: parts))
    }

    static func themeOrder(_ questionnaires: [Questionnaire]) -> [String: Int] {
        var order: [String: Int] = [:]
        for questionnaire in questionnaires {
            for (index, theme) in questionnaire.themes.enumerated() { order["\(questionnaire.id)/\(theme.id)"] = index }
        }
        return order
    }
}
