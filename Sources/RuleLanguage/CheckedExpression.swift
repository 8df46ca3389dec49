/// An expression that passed the type checker, ready to evaluate.
///
/// Immutable and shared: a rule's condition is handed to the evaluator for every
/// respondent, and a reference is counted once where a value would count each part.
public final class CheckedExpression: Sendable, CustomStringConvertible {
    public let expression: Expression
    /// The type of the expression's value (when it has one; it may always be empty).
    public let type: ValueType
    /// Every reference the expression makes, in order of appearance.
    public let references: [ReferenceUse]
    let root: TypedNode

    init(expression: Expression, type: ValueType, references: [ReferenceUse], root: TypedNode) {
        self.expression = expression
        self.type = type
        self.references = references
        self.root = root
    }

    /// The references of one kind, by resolved name, without repeats.
    public func referencedNames(of kind: ReferenceKind) -> [String] {
        var seen = Set<String>()
        return references.filter { $0.kind == kind && seen.insert($0.resolvedName).inserted }.map(\.resolvedName)
    }

    public var description: String { expression.description }
}
