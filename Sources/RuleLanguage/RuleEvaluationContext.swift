/// What the host gives the evaluator: the values of its functions.
public protocol RuleEvaluationContext {
    /// The value of host function `function` for `arguments`, which the type checker has
    /// matched to its signature. Return `.empty` for no value; never trap.
    func call(_ function: String, arguments: [Argument]) -> Value

    /// The value of a call the environment bound (``RuleEnvironment/binding(of:subject:)``):
    /// the same value as `call(function, arguments:)`, found by the binding's numbers.
    func call(_ binding: HostBinding, _ function: String, arguments: [Argument]) -> Value

    /// How to show the value of a call in an explanation, such as `1 (nog niet)` for an
    /// answer on a scale; nil shows the plain value.
    func describe(_ function: String, arguments: [Argument], value: Value) -> String?

    /// ``describe(_:arguments:value:)`` for a call the environment bound.
    func describe(_ binding: HostBinding, _ function: String, arguments: [Argument], value: Value) -> String?
}

extension RuleEvaluationContext {
    public func call(_ binding: HostBinding, _ function: String, arguments: [Argument]) -> Value {
        call(function, arguments: arguments)
    }

    public func describe(_ function: String, arguments: [Argument], value: Value) -> String? { nil }

    public func describe(_ binding: HostBinding, _ function: String, arguments: [Argument], value: Value) -> String? {
        describe(function, arguments: arguments, value: value)
    }
}
