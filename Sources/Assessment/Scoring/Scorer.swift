public import Questionnaire

/// Computes scores from answers, every time: nothing stored in a file is trusted.
///
/// The rules are written down in `docs/scoring.md`.
public struct Scorer: Sendable {
    public let questionnaire: Questionnaire

    public init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// Scores a response, leaving out questions that `hidden` names.
    public func score(_ response: Response, hidden: Set<QuestionID>) -> ScoreCard {
        let layout = questionnaire.layout
        return score(
            answers: layout.byPosition(response.answers),
            hidden: layout.questions.map { hidden.contains($0.id) })
    }

    /// Scores answers given by position in the questionnaire's layout.
    func score(answers: [Answer?], hidden: [Bool]) -> ScoreCard {
        let layout = questionnaire.layout
        var themes: [ThemeScore] = []
        themes.reserveCapacity(questionnaire.themes.count)
        for (theme, range) in zip(questionnaire.themes, layout.themeRanges) {
            themes.append(score(theme: theme, positions: range, answers: answers, hidden: hidden))
        }
        let (total, level) = combine(themes)
        return ScoreCard(
            questionnaire: questionnaire.id, version: questionnaire.version, themes: themes, score: total, level: level)
    }

    func score(theme: Theme, positions: Range<Int>, answers: [Answer?], hidden: [Bool]) -> ThemeScore {
        let layout = questionnaire.layout
        var questions: [QuestionScore] = []
        questions.reserveCapacity(positions.count)
        var counted = 0, missing = 0, scored = 0
        var weight = 0.0, total = 0.0, fullWeight = 0.0
        for position in positions {
            let score = question(score: layout.questions[position], answer: answers[position], hidden: hidden[position])
            questions.append(score)
            guard score.status != .hidden, score.status != .unscored else { continue }
            counted += 1
            fullWeight += score.weight
            if score.countsAsMissing { missing += 1 }
            if score.status == .scored {
                scored += 1
                weight += score.weight
                total += score.weight * (score.value ?? 0)
            }
        }
        let method = questionnaire.method(for: theme)
        var score: Double?
        var extrapolated = false
        let allowed = Double(missing) <= questionnaire.scoring.missing.maxShare * Double(counted) + 1e-9
        if counted > 0, scored > 0, allowed {
            switch method {
            case .mean:
                score = weight > 0 ? total / weight : nil
            case .sum:
                if missing == 0 {
                    score = total
                } else {
                    let estimate = total * fullWeight / weight
                    // Whole-number instruments keep whole-number totals, so their inclusive
                    // level bounds (0–4, 5–9, …) still cover every total.
                    score = theme.isWholeNumbered ? estimate.rounded() : estimate
                    extrapolated = true
                }
            }
        }
        let level = score.flatMap { questionnaire.levels(for: theme).level(for: $0) }
        return ThemeScore(
            theme: theme.id, method: method, score: score, level: level, questions: questions,
            scoredQuestions: counted, missing: missing, extrapolated: extrapolated)
    }

    func question(score question: Question, answer: Answer?, hidden: Bool) -> QuestionScore {
        func make(_ status: QuestionScore.Status, _ value: Double? = nil, _ keys: [String] = []) -> QuestionScore {
            QuestionScore(id: question.id, status: status, value: value, weight: question.weight, keys: keys)
        }
        if hidden { return make(.hidden) }
        guard question.kind.isScored else { return make(.unscored) }
        guard let answer else { return make(.unanswered) }
        let options = question.kind.options
        switch answer.value {
        case .option(let key):
            guard let option = options.option(key) else { return make(.unanswered) }
            return option.value.map { make(.scored, $0, [key]) } ?? make(.notApplicable, nil, [key])
        case .options(let keys):
            let values = keys.compactMap { options.option($0)?.value }
            return values.isEmpty ? make(.notApplicable, nil, keys) : make(.scored, values.reduce(0, +), keys)
        case .yesno, .number, .text:
            return make(.unanswered)
        }
    }

    /// The safeguard's score from its themes: a weighted mean of theme means, or the total
    /// of theme sums; the same missing-data share applies to the themes' weights.
    func combine(_ themes: [ThemeScore]) -> (Double?, Level?) {
        let candidates = zip(questionnaire.themes, themes).filter { $0.1.scoredQuestions > 0 }
        guard !candidates.isEmpty else { return (nil, nil) }
        let methods = Set(candidates.map(\.1.method))
        guard methods.count == 1, let method = methods.first else { return (nil, nil) }
        let fullWeight = candidates.reduce(0) { $0 + $1.0.weight }
        let present = candidates.filter { $0.1.score != nil }
        let presentWeight = present.reduce(0) { $0 + $1.0.weight }
        guard presentWeight > 0 else { return (nil, nil) }
        let missingShare = 1 - presentWeight / fullWeight
        let score: Double?
        switch method {
        case .mean:
            guard missingShare <= questionnaire.scoring.missing.maxShare + 1e-9 else { return (nil, nil) }
            score = present.reduce(0) { $0 + $1.0.weight * ($1.1.score ?? 0) } / presentWeight
        case .sum:
            guard present.count == candidates.count else { return (nil, nil) }
            score = present.reduce(0) { $0 + $1.0.weight * ($1.1.score ?? 0) }
        }
        let levels = candidates.count == 1 ? questionnaire.levels(for: candidates[0].0) : questionnaire.scoring.levels
        return (score, score.flatMap { levels.level(for: $0) })
    }
}
