/// What a host function takes and gives, for the type checker.
public struct FunctionSignature: Hashable, Sendable {
    /// One parameter: a value of a type, or a reference of one of some kinds.
    public struct Parameter: Hashable, Sendable {
        public enum Accepts: Hashable, Sendable {
            case value(ValueType)
            /// A bare name, resolved by the host as the first of these kinds that fits.
            case reference([ReferenceKind])
        }

        /// The parameter's name, for messages and documentation.
        public var name: String
        public var accepts: Accepts
        /// Optional parameters come after all required ones.
        public var isOptional: Bool

        public init(_ name: String, _ accepts: Accepts, optional: Bool = false) {
            self.name = name
            self.accepts = accepts
            self.isOptional = optional
        }

        public static func value(_ name: String, _ type: ValueType, optional: Bool = false) -> Parameter {
            Parameter(name, .value(type), optional: optional)
        }

        public static func reference(_ name: String, _ kinds: ReferenceKind..., optional: Bool = false) -> Parameter {
            Parameter(name, .reference(kinds), optional: optional)
        }
    }

    /// The type of a call's value.
    public enum Result: Hashable, Sendable {
        case fixed(ValueType)
        /// The ``ReferenceInfo/valueType`` of the reference passed as argument `argument`
        /// (0-based), as `answer(q)` has the type of question `q`.
        case typeOfReference(argument: Int)
    }

    public var parameters: [Parameter]
    public var result: Result
    /// Whether the last parameter may be repeated.
    public var isVariadic: Bool

    public init(_ parameters: [Parameter], returns result: Result, variadic: Bool = false) {
        self.parameters = parameters
        self.result = result
        self.isVariadic = variadic
    }

    /// The fewest arguments a call must pass.
    public var minimumArity: Int { parameters.filter { !$0.isOptional }.count }

    /// The most arguments a call may pass; nil when variadic.
    public var maximumArity: Int? { isVariadic ? nil : parameters.count }

    /// The parameter that argument `index` (0-based) is passed to, if any.
    public func parameter(at index: Int) -> Parameter? {
        if index < parameters.count { return parameters[index] }
        return isVariadic ? parameters.last : nil
    }

    /// `name(question, number?)`, for messages and help.
    public func synopsis(_ name: String) -> String {
        var parts = parameters.map { $0.isOptional ? "\($0.name)?" : $0.name }
        if isVariadic, !parts.isEmpty { parts[parts.count - 1] += ", …" }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }
}
