/// One cell: text from a file or a questionnaire, or a number this program wrote.
public enum CSVCell: Sendable, Hashable, ExpressibleByStringLiteral {
    case text(String)
    case number(Double?)

    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// Text, or an empty cell for nil.
    public static func text(_ value: String?) -> CSVCell { .text(value ?? "") }
}
