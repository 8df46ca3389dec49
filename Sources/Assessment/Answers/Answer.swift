/// One answer to one question, with the respondent's note and evidence.
public struct Answer: Sendable, Hashable {
    public var value: AnswerValue
    /// The *toelichting*.
    public var note: String?
    /// The *onderbouwing*: which document or practice shows it.
    public var evidence: String?

    public init(_ value: AnswerValue, note: String? = nil, evidence: String? = nil) {
        self.value = value
        self.note = note
        self.evidence = evidence
    }
}

/// What was answered, by question type.
public enum AnswerValue: Sendable, Hashable {
    /// The key of the chosen option of a scale or choice question.
    case option(String)
    /// The keys of the chosen options of a multiple-choice question.
    case options([String])
    /// A yes/no answer.
    case yesno(Bool)
    case number(Double)
    case text(String)
}
