public import Diagnostics

/// What the host knows about a reference it resolved.
public struct ReferenceInfo: Hashable, Sendable {
    /// The kind the reference was resolved as, one of those the parameter accepts.
    public var kind: ReferenceKind
    /// The name the host wants to see at evaluation and in ``CheckedExpression/references``,
    /// such as a full id for a relative one; the written name when nil.
    public var canonicalName: String?
    /// The type of the reference's value, for functions whose result is "the value of this
    /// reference" (`answer(q)`); nil when it has none a rule can use.
    public var valueType: ValueType?
    /// The only strings the value can be, such as the option keys of a choice question;
    /// a string literal compared with it must be one of them.
    public var allowedStrings: [String]?
    /// A word for the value in messages, such as "choice" in "a choice (string)".
    public var valueLabel: Message?

    public init(
        kind: ReferenceKind,
        canonicalName: String? = nil,
        valueType: ValueType? = nil,
        allowedStrings: [String]? = nil,
        valueLabel: Message? = nil
    ) {
        self.kind = kind
        self.canonicalName = canonicalName
        self.valueType = valueType
        self.allowedStrings = allowedStrings
        self.valueLabel = valueLabel
    }
}
