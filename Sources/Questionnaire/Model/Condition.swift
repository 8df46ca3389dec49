public import Diagnostics
public import RuleLanguage

/// An expression from a questionnaire (`show_if`, a rule's `when`), parsed and type-checked
/// when the questionnaire loads.
public struct Condition: Sendable {
    /// The expression as written.
    public var source: String
    /// Where the expression's first character is in the file.
    public var location: FileLocation
    public var expression: CheckedExpression {
        didSet { questions = Self.questions(of: expression) }
    }
    /// The questions the expression names, in order of appearance: worked out once here,
    /// not each time a rule fires.
    public private(set) var questions: [QuestionID]

    public init(source: String, location: FileLocation, expression: CheckedExpression) {
        self.source = source
        self.location = location
        self.expression = expression
        questions = Self.questions(of: expression)
    }

    private static func questions(of expression: CheckedExpression) -> [QuestionID] {
        expression.references.filter { $0.kind == .question }.compactMap { QuestionID($0.resolvedName) }
    }
}

extension Condition {
    /// Whether the expression asks for the respondent's role (`role()`): a rule that
    /// concerns one role, evaluated per respondent and gathered for a board.
    public var asksRole: Bool {
        var stack = [expression.expression]
        while let next = stack.popLast() {
            if case .call(let name, _, _) = next.kind, name == "role" { return true }
            stack += next.kind.children
        }
        return false
    }
}
