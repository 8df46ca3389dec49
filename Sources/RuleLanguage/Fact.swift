/// One value that an evaluation used, kept to explain why a rule fired.
///
/// Either a comparison with the values of both sides,
/// `answer(rollen.schoolopleider) = 1 (nog niet) <= 2`, or the value of a host call used
/// by itself, `answered(rollen.visie) = false`.
public struct Fact: Hashable, Sendable, CustomStringConvertible {
    /// An operand: its text and its value.
    public struct Term: Hashable, Sendable {
        /// The operand in canonical form: as written when the evaluator made the fact, else
        /// made from the call or the literal's value only when asked for, so a host that
        /// records facts of its own formats nothing while assessing.
        public var text: String {
            get { storedText ?? derivedText }
            set { storedText = newValue }
        }
        private var storedText: String?
        public var value: Value
        /// The host's rendering of the value (``RuleEvaluationContext/describe(_:arguments:value:)``).
        public var detail: String?
        /// Whether the operand is a literal, whose text already says its value.
        public var isLiteral: Bool
        /// The host call the operand is, with the arguments the host received: what a
        /// reader of the finding needs to say the fact in words.
        public var call: Call?

        public init(text: String?, value: Value, detail: String? = nil, isLiteral: Bool = false, call: Call? = nil) {
            self.storedText = text
            self.value = value
            self.detail = detail
            self.isLiteral = isLiteral
            self.call = call
        }

        private var derivedText: String {
            guard let call else { return value.description }
            let arguments = call.arguments.map { argument in
                switch argument {
                case .reference(let name): name
                case .value(let value): value.description
                }
            }
            return "\(call.name)(\(arguments.joined(separator: ", ")))"
        }

        /// Whether the operand is a call of host function `name`.
        public func isCall(named name: String) -> Bool { call?.name == name }

        /// The value as shown: the host's detail, or the formatted value.
        public var shownValue: String { detail ?? value.description }
    }

    /// A host call: the function's name and its arguments as the host received them.
    public struct Call: Hashable, Sendable {
        public var name: String
        public var arguments: [Argument]

        public init(_ name: String, _ arguments: [Argument]) {
            self.name = name
            self.arguments = arguments
        }

        /// The first argument when it is a reference: the question or scope the call is about.
        public var subject: String? {
            guard case .reference(let name)? = arguments.first else { return nil }
            return name
        }

        /// The first value argument that is a number, such as `count_at_most`'s bound.
        public var number: Double? {
            for case .value(let value) in arguments { if let number = value.number { return number } }
            return nil
        }

        /// The first value argument that is a string, such as `selected`'s option.
        public var string: String? {
            for case .value(.string(let text)) in arguments { return text }
            return nil
        }
    }

    /// The left side of the comparison, or the call.
    public var subject: Term
    /// The comparison's operator; nil for the value of a call.
    public var comparison: BinaryOperator?
    /// The right side of the comparison.
    public var other: Term?
    /// The comparison's result, or the call's value.
    public var result: Value

    public init(subject: Term, comparison: BinaryOperator? = nil, other: Term? = nil, result: Value) {
        self.subject = subject
        self.comparison = comparison
        self.other = other
        self.result = result
    }

    /// `name(subject) = value op bound`, a comparison a host records itself (a built-in
    /// rule's); its texts are made only when asked for.
    public static func comparison(
        _ name: String, of subject: String, value: Double, _ comparison: BinaryOperator, _ bound: Double
    ) -> Fact {
        Fact(
            subject: Term(text: nil, value: .number(value), call: Call(name, [.reference(subject)])),
            comparison: comparison, other: Term(text: nil, value: .number(bound), isLiteral: true),
            result: .bool(true))
    }

    /// `score(rollen) = 1.8 < 2.5`; a right side that is not a literal reads
    /// `… < 2 = score(visie)`, so each value stands next to its text.
    public var description: String {
        let left = subject.isLiteral ? subject.text : "\(subject.text) = \(subject.shownValue)"
        guard let comparison, let other else { return left }
        let right = other.isLiteral ? other.text : "\(other.shownValue) = \(other.text)"
        return "\(left) \(comparison.rawValue) \(right)"
    }
}
