/// A checked expression lowered for evaluation: calls resolved, operators sorted by kind,
/// and the text of comparison operands and host calls kept for explanations.
indirect enum TypedNode: Sendable {
    case literal(Value)
    case negate(TypedNode)
    case not(TypedNode)
    case and(TypedNode, TypedNode)
    case or(TypedNode, TypedNode)
    case arithmetic(BinaryOperator, TypedNode, TypedNode)
    case comparison(BinaryOperator, Operand, Operand)
    case builtin(Builtin, [TypedNode])
    case host(HostCall)

    /// One side of a comparison.
    struct Operand: Sendable {
        var node: TypedNode
        /// The side in canonical form, as explanations show it.
        var text: String
        /// Whether the side is a literal, whose text already says its value.
        var isLiteral: Bool
    }

    /// A call of a host function; one reference, so that evaluating a call counts one
    /// reference rather than one for each of its parts.
    final class HostCall: Sendable {
        let name: String
        /// The call in canonical form, as explanations show it.
        let text: String
        let arguments: [Argument]
        /// The arguments as the host receives them when none needs evaluating (references
        /// and literals): made once here, not again at every call.
        let constantArguments: [RuleLanguage.Argument]?
        /// The host's numbers for the call, when its environment gives them.
        let binding: HostBinding?

        init(name: String, text: String, arguments: [Argument], binding: HostBinding? = nil) {
            self.name = name
            self.text = text
            self.arguments = arguments
            self.binding = binding
            constantArguments = Self.constant(arguments)
        }

        /// How `context` shows the call's value, by the binding when there is one.
        func detail(in context: some RuleEvaluationContext, arguments: [RuleLanguage.Argument], value: Value) -> String? {
            if let binding { return context.describe(binding, name, arguments: arguments, value: value) }
            return context.describe(name, arguments: arguments, value: value)
        }

        /// The call's value from `context`, by the binding when there is one.
        func value(in context: some RuleEvaluationContext, arguments: [RuleLanguage.Argument]) -> Value {
            if let binding { return context.call(binding, name, arguments: arguments).normalized }
            return context.call(name, arguments: arguments).normalized
        }

        private static func constant(_ arguments: [Argument]) -> [RuleLanguage.Argument]? {
            var constant: [RuleLanguage.Argument] = []
            for argument in arguments {
                switch argument {
                case .reference(let name): constant.append(.reference(name))
                case .value(.literal(let value)): constant.append(.value(value))
                case .value: return nil
                }
            }
            return constant
        }

        enum Argument: Sendable {
            case value(TypedNode)
            /// The host's canonical name of the reference.
            case reference(String)
        }
    }
}
