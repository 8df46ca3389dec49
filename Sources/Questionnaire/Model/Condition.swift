public import Diagnostics
public import RuleLanguage

/// An expression from a questionnaire (`show_if`, a rule's `when`), parsed and type-checked
/// when the questionnaire loads.
public struct Condition: Sendable {
    /// The expression as written.
    public var source: String
    /// Where the expression's first character is in the file.
    public var location: FileLocation
    public var expression: CheckedExpression

    public init(source: String, location: FileLocation, expression: CheckedExpression) {
        self.source = source
        self.location = location
        self.expression = expression
    }
}
