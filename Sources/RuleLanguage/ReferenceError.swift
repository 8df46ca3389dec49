public import Diagnostics

/// Why the host could not resolve a reference, in words for the user, such as
/// "unknown question 'rollen.schoolopleidr'; did you mean 'rollen.schoolopleider'?".
public struct ReferenceError: Error, Hashable, Sendable {
    public var message: Message

    public init(_ message: Message) {
        self.message = message
    }
}
