import Diagnostics

/// A problem in an expression: a lexical or syntax error, or a type error.
public struct RuleError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: Message
    /// Where in the expression's text the problem is.
    public var range: SourceRange

    public init(_ message: Message, at range: SourceRange) {
        self.message = message
        self.range = range
    }

    /// The error as a diagnostic, given the location of the expression's first scalar.
    ///
    /// Only right for an expression that sits on one line of its file, with no escapes
    /// before the error; a host that knows more about the YAML scalar maps `range` itself.
    public func diagnostic(at expressionStart: FileLocation) -> Diagnostic {
        .error(message, at: expressionStart.advanced(byColumns: range.start))
    }

    /// `start..end: message`, in English.
    public var description: String { "\(range): \(message.en)" }
}
