/// One answer option of a scale or a choice question.
public struct AnswerOption: Sendable, Hashable {
    /// What a respondent types and what an answers file stores.
    public var key: String
    public var label: LocalizedText
    /// The number the option scores; nil for options such as *n.v.t.* that never score.
    public var value: Double?

    public init(key: String, label: LocalizedText, value: Double?) {
        self.key = key
        self.label = label
        self.value = value
    }
}

extension Array where Element == AnswerOption {
    public func option(_ key: String) -> AnswerOption? { first { $0.key == key } }

    /// The lowest value of the options that score, if any do.
    public var lowestValue: Double? { lazy.compactMap(\.value).min() }
    public var highestValue: Double? { lazy.compactMap(\.value).max() }
}
