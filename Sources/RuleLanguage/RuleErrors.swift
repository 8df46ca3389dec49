import Diagnostics

/// Every error found in one expression, in the order found; never empty.
public struct RuleErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [RuleError]

    public init(_ errors: [RuleError]) {
        self.errors = errors
    }

    /// The errors as diagnostics, given the location of the expression's first scalar.
    public func diagnostics(at expressionStart: FileLocation) -> [Diagnostic] {
        errors.map { $0.diagnostic(at: expressionStart) }
    }

    /// One error a line, as `start..end: message`.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
