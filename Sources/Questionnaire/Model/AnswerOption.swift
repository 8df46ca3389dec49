/// One answer option of a scale or a choice question.
public struct AnswerOption: Sendable, Hashable {
    /// What a respondent types and what an answers file stores.
    public var key: String
    public var label: LocalizedText
    /// The number the option scores; nil for options such as *n.v.t.* that never score.
    public var value: Double?
    /// The *weet ik niet / geen zicht op* option: an answer without value that is counted
    /// apart from n.v.t., because not knowing is itself information.
    public var unknown: Bool

    public init(key: String, label: LocalizedText, value: Double?, unknown: Bool = false) {
        self.key = key
        self.label = label
        self.value = value
        self.unknown = unknown
    }

    /// Whether the option is *n.v.t.*: without value and not the unknown option.
    public var isNotApplicable: Bool { value == nil && !unknown }
}

extension Array where Element == AnswerOption {
    public func option(_ key: String) -> AnswerOption? { optionIndex(key).map { self[$0] } }

    /// The index of the option with `key`; read in place, without copying the options
    /// it passes over, as scoring does for every answer.
    @inlinable
    public func optionIndex(_ key: String) -> Int? {
        var index = startIndex
        while index < endIndex {
            if self[index].key == key { return index }
            index += 1
        }
        return nil
    }

    /// The lowest value of the options that score, if any do.
    public var lowestValue: Double? { lazy.compactMap(\.value).min() }
    public var highestValue: Double? { lazy.compactMap(\.value).max() }

    /// The *weet ik niet* option, when the options offer one.
    public var unknownOption: AnswerOption? { first { $0.unknown } }
}
