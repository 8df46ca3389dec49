public import Questionnaire

/// What the respondents of a board answered to one question, together.
public struct QuestionAggregate: Sendable, Hashable {
    public var id: QuestionID
    /// Over the values of respondents who answered with a scoring option.
    public var statistics = Statistics()
    /// Respondents per option key (n.v.t. included).
    public var distribution: [String: Int] = [:]
    /// Respondents who answered at all (n.v.t. included).
    public var answered = 0
    /// Respondents to whom the question was shown.
    public var shown = 0
    /// Respondents to whom the question was shown, per role id.
    public var shownByRole: [String: Int] = [:]
    /// The statistics per role id.
    public var byRole: [String: Statistics] = [:]
    /// The first `noteLimit` notes and evidence written with this question.
    public var notes: [RespondentNote] = []
    /// Notes beyond `noteLimit`, counted but not kept, so memory stays bounded however
    /// many respondents a panel reads.
    public var notesLeftOut = 0
    public static let noteLimit = 50

    public init(id: QuestionID) {
        self.id = id
    }

    /// The middle value of the scoring answers (the lower middle for an even count),
    /// found from the distribution so no list of values is kept per question.
    public func median(options: [AnswerOption]) -> Double? {
        let counted = options.compactMap { option -> (Double, Int)? in
            guard let value = option.value, let count = distribution[option.key], count > 0 else { return nil }
            return (value, count)
        }.sorted { $0.0 < $1.0 }
        let total = counted.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        var seen = 0
        for (value, count) in counted {
            seen += count
            if seen * 2 >= total { return value }
        }
        return counted.last?.0
    }
}

/// A note or evidence a respondent wrote with an answer, shown without the respondent's name.
public struct RespondentNote: Sendable, Hashable {
    /// The role, when the role's group is large enough to show apart; else nil.
    public var role: String?
    public var note: String?
    public var evidence: String?

    public init(role: String?, note: String?, evidence: String?) {
        self.role = role
        self.note = note
        self.evidence = evidence
    }
}
