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
        let questionIndex = questionnaire.questionIndex
        return Self.score(
            questionnaire, answers: questionIndex.byPosition(response.answers),
            hidden: questionIndex.questions.map { hidden.contains($0.id) })
    }

    // The work is done by static functions that borrow the questionnaire: a scorer made for
    // one response would copy the questionnaire, counting a reference for each of its fields.

    /// Scores answers given by position in the questionnaire's question index, for
    /// `questionnaire`, borrowed.
    static func score(_ questionnaire: Questionnaire, answers: [Answer?], hidden: [Bool]) -> ScoreCard {
        let ranges = questionnaire.questionIndex.themeRanges
        let columns = Columns(questionnaire)
        var themes: [ThemeScore] = []
        themes.reserveCapacity(ranges.count)
        for (index, range) in ranges.enumerated() {
            themes.append(score(questionnaire, themeAt: index, positions: range, answers: answers, hidden: hidden, columns: columns))
        }
        let (total, level, noScore) = combine(questionnaire, themes)
        return ScoreCard(
            questionnaire: questionnaire.id, version: questionnaire.version, themes: themes, score: total, level: level,
            noScore: noScore)
    }

    /// The score of the theme at `index`, whose questions stand at `positions`; the theme is
    /// read field by field where it stands (a copy would take its questions along).
    static func score(
        _ questionnaire: Questionnaire, themeAt index: Int, positions: Range<Int>, answers: [Answer?], hidden: [Bool],
        columns: Columns
    ) -> ThemeScore {
        let (themes, ids, scoredKinds, options, weights) = (columns.themes, columns.ids, columns.scored, columns.options, columns.weights)
        var questions: [QuestionScore] = []
        questions.reserveCapacity(positions.count)
        var counted = 0, missing = 0, scored = 0
        var weight = 0.0, total = 0.0, fullWeight = 0.0
        for position in positions {
            // The answer's value alone: the whole answer would copy its note and evidence too.
            let (status, value, keys) = outcome(
                scored: scoredKinds[position], options: options, at: position, value: answers[position]?.value, hidden: hidden[position])
            let questionWeight = weights[position]
            // Made in the array, not copied into it.
            questions.append(QuestionScore(id: ids[position], status: status, value: value, weight: questionWeight, answered: keys))
            guard status != .hidden, status != .unscored else { continue }
            counted += 1
            fullWeight += questionWeight
            if QuestionScore.countsAsMissing(status) { missing += 1 }
            if status == .scored {
                scored += 1
                weight += questionWeight
                total += questionWeight * (value ?? 0)
            }
        }
        let method = themes[index].method ?? questionnaire.scoring.method
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
                    score = themes[index].isWholeNumbered ? estimate.rounded() : estimate
                    extrapolated = true
                }
            }
        }
        let level = score.flatMap { questionnaire.levels(forThemeAt: index).level(for: $0) }
        let noScore: NoScoreReason? =
            score != nil
            ? nil
            : counted == 0
                ? .nothingToScore
                : !allowed
                    ? .tooMuchMissing(missing: missing, of: counted, maxShare: questionnaire.scoring.missing.maxShare)
                    : .noScoredAnswers
        return ThemeScore(
            theme: themes[index].id, method: method, score: score, level: level, questions: questions,
            scoredQuestions: counted, missing: missing, extrapolated: extrapolated, noScore: noScore)
    }

    /// The arrays scoring reads by position, taken from the questionnaire once per response
    /// rather than once per theme.
    struct Columns {
        let themes: [Theme]
        let ids: [QuestionID]
        let scored: [Bool]
        let options: Questionnaire.OptionTable
        let weights: [Double]

        init(_ questionnaire: Questionnaire) {
            let questionIndex = questionnaire.questionIndex
            themes = questionnaire.themes
            ids = questionIndex.ids
            scored = questionIndex.scored
            options = questionIndex.optionTable
            weights = questionIndex.weights
        }
    }

    /// What an answer's value to the question at `position` scores: its status, value and
    /// option keys. The question is given by the fields scoring needs (whether its kind is
    /// scored, its options in the flat table): a question, or even its kind or its options
    /// array, is a value to copy for every answer.
    @inline(__always)
    private static func outcome(
        scored: Bool, options: Questionnaire.OptionTable, at position: Int, value answered: AnswerValue?, hidden: Bool
    ) -> (QuestionScore.Status, Double?, OptionKeys) {
        if hidden { return (.hidden, nil, .none) }
        guard scored else { return (.unscored, nil, .none) }
        guard let answered else { return (.unanswered, nil, .none) }
        switch answered {
        case .option(let key):
            guard let index = options.option(key, at: position) else { return (.unanswered, nil, .none) }
            if options.unknown[index] { return (.unknown, nil, .one(key)) }
            return options.values[index].map { (.scored, $0, .one(key)) } ?? (.notApplicable, nil, .one(key))
        case .options(let keys):
            let values = keys.compactMap { key in options.option(key, at: position).flatMap { options.values[$0] } }
            return values.isEmpty ? (.notApplicable, nil, OptionKeys(keys)) : (.scored, values.reduce(0, +), OptionKeys(keys))
        case .yesno, .number, .text:
            return (.unanswered, nil, .none)
        }
    }

    /// The safeguard's score from its themes: a weighted mean of theme means, or the total
    /// of theme sums; the same missing-data share applies to the themes' weights.
    ///
    /// Only themes with scored questions take part; they must all use one method.
    static func combine(_ questionnaire: Questionnaire, _ themes: [ThemeScore]) -> (Double?, Level?, NoScoreReason?) {
        let definitions = questionnaire.themes
        let maxShare = questionnaire.scoring.missing.maxShare
        var method: ScoringMethod?
        var candidates = 0, present = 0, lastCandidate = 0
        var fullWeight = 0.0, presentWeight = 0.0, weighted = 0.0
        for index in 0..<min(definitions.count, themes.count) where themes[index].scoredQuestions > 0 {
            if let method, method != themes[index].method { return (nil, nil, .mixedMethods) }
            method = themes[index].method
            candidates += 1
            lastCandidate = index
            fullWeight += definitions[index].weight
            if let score = themes[index].score {
                present += 1
                presentWeight += definitions[index].weight
                weighted += definitions[index].weight * score
            }
        }
        guard let method else { return (nil, nil, .nothingToScore) }
        let absent: NoScoreReason =
            method == .mean
            ? .themesMissing(missing: candidates - present, of: candidates, maxShare: maxShare)
            : .sumIncomplete(missing: candidates - present, of: candidates)
        guard presentWeight > 0 else { return (nil, nil, absent) }
        let missingShare = 1 - presentWeight / fullWeight
        let score: Double
        switch method {
        case .mean:
            guard missingShare <= maxShare + 1e-9 else { return (nil, nil, absent) }
            score = weighted / presentWeight
        case .sum:
            guard present == candidates else { return (nil, nil, absent) }
            score = weighted
        }
        let levels = candidates == 1 ? questionnaire.levels(for: definitions[lastCandidate]) : questionnaire.scoring.levels
        return (score, levels.level(for: score), nil)
    }
}
