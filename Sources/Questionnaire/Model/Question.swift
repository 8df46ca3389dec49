public import Diagnostics

/// One statement or question of a theme.
public struct Question: Sendable, Identifiable {
    /// `theme.question`, the id used in expressions, answers files and reports.
    public var id: QuestionID
    public var text: LocalizedText
    public var help: LocalizedText?
    public var kind: QuestionKind
    public var required: Bool
    /// A core statement: its lowest answer is a development point whatever the mean.
    public var kern: Bool
    public var note: Requirement
    public var evidence: Requirement
    /// Weight of the question in its theme's score.
    public var weight: Double
    /// When set, the question is asked only while this condition holds.
    public var showIf: Condition?
    /// Where the question is defined (its `id`), for diagnostics.
    public var location: FileLocation?

    public init(
        id: QuestionID, text: LocalizedText, help: LocalizedText? = nil, kind: QuestionKind,
        required: Bool = true, kern: Bool = false, note: Requirement = .optional,
        evidence: Requirement = .none, weight: Double = 1, showIf: Condition? = nil
    ) {
        self.id = id
        self.text = text
        self.help = help
        self.kind = kind
        self.required = required
        self.kern = kern
        self.note = note
        self.evidence = evidence
        self.weight = weight
        self.showIf = showIf
    }
}

/// A question's full id: its theme and its own id, written `theme.question`.
public struct QuestionID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var theme: String
    public var question: String

    public init(theme: String, question: String) {
        self.theme = theme
        self.question = question
    }

    /// Parses `theme.question`.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(theme: String(parts[0]), question: String(parts[1]))
    }

    public var description: String { "\(theme).\(question)" }

    public static func < (lhs: QuestionID, rhs: QuestionID) -> Bool { lhs.description < rhs.description }
}
