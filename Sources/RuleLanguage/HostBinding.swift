/// A host call resolved when its expression was checked: which function it is and what its
/// first argument names, as numbers of the host's own choosing.
///
/// A host that binds its calls (``RuleEnvironment/binding(of:subject:)``) answers them by
/// these numbers (``RuleEvaluationContext/call(_:_:arguments:)``) instead of looking up the
/// function's name and the argument's name at every evaluation. `layout` says which
/// arrangement of names the numbers belong to, so a host can tell that they still hold.
public struct HostBinding: Sendable, Hashable {
    public var function: Int
    public var subject: Int
    public var layout: Int

    public init(function: Int, subject: Int, layout: Int) {
        self.function = function
        self.subject = subject
        self.layout = layout
    }
}
