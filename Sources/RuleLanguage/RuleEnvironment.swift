/// What the host tells the type checker: its functions and its references.
///
/// The built-in functions (``Builtin``) come first: a host function with the same name
/// is never called.
public protocol RuleEnvironment {
    /// The signature of host function `name`, or nil when there is none.
    func signature(of function: String) -> FunctionSignature?

    /// The host's function names, for "did you mean …?".
    var functionNames: [String] { get }

    /// Resolves `name` as the first of `kinds` that it names.
    func resolve(_ name: String, as kinds: [ReferenceKind]) -> Result<ReferenceInfo, ReferenceError>

    /// A call that gives the value of `name`, such as `answer(name)`, to suggest when
    /// `name` is written where a value belongs; nil for none.
    func valueSuggestion(for name: String) -> String?

    /// The only strings a host function with a string result can give, such as the role
    /// ids for `role()`, so a literal compared with it is checked; nil for any string.
    func resultStrings(of function: String) -> [String]?

    /// Numbers for a call of host function `function` whose first argument is the reference
    /// `subject` (canonical name), that the host's contexts answer faster than by names;
    /// nil to be called by name.
    func binding(of function: String, subject: String?) -> HostBinding?
}

extension RuleEnvironment {
    public func valueSuggestion(for name: String) -> String? { nil }
    public func resultStrings(of function: String) -> [String]? { nil }
    public func binding(of function: String, subject: String?) -> HostBinding? { nil }
}
