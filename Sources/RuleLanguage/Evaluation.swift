/// The result of evaluating a checked expression, with the facts that decided it.
public struct Evaluation: Hashable, Sendable {
    public var value: Value
    /// The comparisons and call values that decided `value`, in evaluation order.
    public var facts: [Fact]

    public init(value: Value, facts: [Fact]) {
        self.value = value
        self.facts = facts
    }

    /// Whether a condition holds: only `true` does; `false` and empty do not.
    public var holds: Bool { value == .bool(true) }

    /// The facts as one line, separated by `; `.
    public var explanation: String { facts.map(\.description).joined(separator: "; ") }
}
