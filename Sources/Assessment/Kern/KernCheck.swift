public import Questionnaire

/// One line of the checklist of *kern* statements: the accession agreements a joining board
/// must meet, with how far the answer (or the board's median answer) says it meets them.
///
/// The mark rule, in one place for every report: `met` (✓) for the two highest values
/// among the statement's scoring options (*grotendeels* and *volledig* on the 1–4 scale),
/// `notMet` (✗) for the lowest value, `partly` (~) in between. It looks at the options,
/// not at `findings.strength_from` (3.5 by default), because that threshold is meant for a
/// theme's mean and would leave *grotendeels* unticked; the lowest value wins on a scale
/// of two values, as it does for the built-in `kern_lowest` development point.
public struct KernCheck: Sendable {
    /// How far a kern statement is met, or why the checklist shows words instead of a mark.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// One of the two highest values: ✓.
        case met
        /// Between the lowest and the two highest values: ~.
        case partly
        /// The lowest value: ✗.
        case notMet = "not_met"
        /// Answered *n.v.t.*.
        case notApplicable = "nvt"
        /// Answered *weet ik niet*.
        case unknown = "weet-niet"
        /// Shown but not answered.
        case unanswered
        /// In a panel brief: answered with a score by too few respondents to show the
        /// median (the privacy rule's minimum group).
        case withheld

        /// The checklist's mark: `✓`, `~` or `✗`; nil for a status shown in words.
        public var mark: String? {
            switch self {
            case .met: "✓"
            case .partly: "~"
            case .notMet: "✗"
            case .notApplicable, .unknown, .unanswered, .withheld: nil
            }
        }

        /// The status of `value` among `options` by the mark rule above.
        public static func of(_ value: Double, options: [AnswerOption]) -> Status {
            let values = Set(options.compactMap(\.value)).sorted(by: >)
            guard let lowest = values.last else { return .partly }
            if value <= lowest { return .notMet }
            let secondHighest = values.count > 1 ? values[1] : values[0]
            return value >= secondHighest ? .met : .partly
        }
    }

    public var question: Question
    public var status: Status
    /// The value answered, or the board's median; nil without a scoring answer.
    public var value: Double?
    /// The option answered, or the option whose value is the board's median; nil without a value.
    public var option: AnswerOption?
    /// Respondents whose answer has a value: 0 or 1 in a respondent's report; in a panel
    /// brief, the number the median is taken over.
    public var counted: Int
    /// Respondents to whom the statement was shown: 1 in a respondent's report.
    public var shown: Int

    public init(question: Question, status: Status, value: Double?, option: AnswerOption?, counted: Int, shown: Int) {
        self.question = question
        self.status = status
        self.value = value
        self.option = option
        self.counted = counted
        self.shown = shown
    }

    /// Made from a question's score: nil when the question was hidden or never scores.
    /// The option is the first of the question's options with the value.
    public init?(_ question: Question, score: QuestionScore, counted: Int, shown: Int) {
        let options = question.kind.options
        let status: Status
        switch score.status {
        case .hidden, .unscored: return nil
        case .notApplicable: status = .notApplicable
        case .unknown: status = .unknown
        case .unanswered: status = .unanswered
        case .scored:
            // A scored statement without a value: the board's median left out for privacy.
            guard let value = score.value else { status = .withheld; break }
            status = Status.of(value, options: options)
        }
        let value = status.mark == nil ? nil : score.value
        let option = value.flatMap { value in
            score.keys.count == 1 ? options.option(score.keys[0]) : options.first { $0.value == value }
        }
        self.init(question: question, status: status, value: value, option: option, counted: counted, shown: shown)
    }
}

extension Array where Element == KernCheck {
    /// How many lines are ticked (✓).
    public var metCount: Int { count { $0.status == .met } }
}

extension ResponseAssessment {
    /// The kern statements this respondent was asked, in questionnaire order; hidden ones
    /// (another role's, or a false `show_if`) are left out.
    public var kernChecklist: [KernCheck] {
        card.kernScores(in: questionnaire).compactMap { question, score in
            KernCheck(question, score: score, counted: score.status == .scored ? 1 : 0, shown: 1)
        }
    }
}

extension PanelPart {
    /// Per kern statement shown to at least one respondent, the board's median answer and
    /// how many respondents gave a scoring answer, in questionnaire order.
    public var kernChecklist: [KernCheck] {
        card.kernScores(in: questionnaire).compactMap { question, score in
            guard let answers = aggregate.question(question.id), answers.shown > 0 else { return nil }
            return KernCheck(question, score: score, counted: answers.statistics.count, shown: answers.shown)
        }
    }
}

extension ScoreCard {
    /// The kern statements of `questionnaire` with their scores on this card, in order.
    func kernScores(in questionnaire: Questionnaire) -> [(Question, QuestionScore)] {
        questionnaire.themes.flatMap { theme -> [(Question, QuestionScore)] in
            guard let themeScore = self.theme(theme.id) else { return [] }
            return theme.questions.filter(\.kern).compactMap { question in
                themeScore.questions.first { $0.id == question.id }.map { (question, $0) }
            }
        }
    }
}
