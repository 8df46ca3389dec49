/// Evaluates checked expressions. Evaluation is total: it never traps, and every missing
/// or impossible value (an unanswered question, a division by zero, NaN) becomes `.empty`.
///
/// Semantics: arithmetic and comparisons with empty give empty; `and`, `or` and `not`
/// follow three-valued (Kleene) logic, so `false and empty` is `false` and
/// `true or empty` is `true`. Numbers are equal when they differ by at most 1e-9 of the
/// larger (at least 1e-9), so `0.1 + 0.2 == 0.3`.
public enum Evaluator {
    /// The value of `checked` and the facts that decided it.
    public static func evaluate(_ checked: CheckedExpression, in context: some RuleEvaluationContext) -> Evaluation {
        var run = Run(collecting: .facts)
        let value = run.evaluate(checked.root, in: context)
        return Evaluation(value: value, facts: run.facts)
    }

    /// The value of `checked` alone, without explanations; for `show_if` and the like.
    ///
    /// Conditions are decided far more often than explained, so this path makes no facts
    /// and, for calls whose arguments are all references and literals, no argument lists.
    public static func value(of checked: CheckedExpression, in context: some RuleEvaluationContext) -> Value {
        var run = Run(collecting: .nothing)
        return run.evaluate(checked.root, in: context)
    }

    /// The value of `checked`, with `comparisons` replaced by the comparisons of a host call
    /// with a literal among the facts that decided it, in their order, without the facts'
    /// texts: for rules, whose distance to their thresholds is wanted when they hold, found
    /// in the one evaluation that decides whether they do. The array's storage is reused
    /// from one call to the next.
    public static func value(
        of checked: CheckedExpression, in context: some RuleEvaluationContext, literalComparisons comparisons: inout [LiteralComparison]
    ) -> Value {
        var run = Run(collecting: .literalComparisons)
        comparisons.removeAll(keepingCapacity: true)
        swap(&run.comparisons, &comparisons)
        let value = run.evaluate(checked.root, in: context)
        swap(&run.comparisons, &comparisons)
        return value
    }
}

/// A host call's value compared with a literal, as one of the facts that decided an
/// expression has it (`subject` a call, `other` a literal).
public struct LiteralComparison: Sendable, Hashable {
    /// The host function called.
    public var function: String
    public var comparison: BinaryOperator
    /// The call's value.
    public var value: Value
    /// The literal's value.
    public var literal: Value

    public init(function: String, comparison: BinaryOperator, value: Value, literal: Value) {
        self.function = function
        self.comparison = comparison
        self.value = value
        self.literal = literal
    }
}

/// One evaluation of one expression, with the facts it collects.
///
/// The context is passed down rather than kept: a context may be a large value, and
/// copying it for every evaluation would cost more than evaluating.
private struct Run {
    /// What a run keeps of the facts that decide the value.
    enum Collecting {
        case nothing
        case facts
        /// Only the comparisons of a call with a literal (``LiteralComparison``).
        case literalComparisons
    }

    let collecting: Collecting
    private(set) var facts: [Fact] = []
    var comparisons: [LiteralComparison] = []

    init(collecting: Collecting) {
        self.collecting = collecting
        // Room for the few facts a rule collects, without growing.
        if collecting == .facts { facts.reserveCapacity(4) }
    }

    // MARK: Nodes

    mutating func evaluate(_ node: TypedNode, in context: some RuleEvaluationContext) -> Value {
        switch node {
        case .literal(let value):
            return value
        case .negate(let operand):
            guard let number = evaluate(operand, in: context).number else { return .empty }
            return .finite(-number)
        case .not(let operand):
            guard let bool = evaluate(operand, in: context).bool else { return .empty }
            return .bool(!bool)
        case .and(let left, let right):
            return logical(left, right, deciding: false, in: context)
        case .or(let left, let right):
            return logical(left, right, deciding: true, in: context)
        case .arithmetic(let op, let left, let right):
            let l = evaluate(left, in: context), r = evaluate(right, in: context)
            guard let a = l.number, let b = r.number else { return .empty }
            return Evaluator.arithmetic(op, a, b)
        case .comparison(let op, let left, let right):
            return comparison(op, left, right, in: context)
        case .builtin(let builtin, let arguments):
            return builtin.evaluate(arguments.map { evaluate($0, in: context) })
        case .host(let call):
            let arguments = self.arguments(of: call, in: context)
            let value = call.value(in: context, arguments: arguments)
            if collecting == .facts {
                let detail = call.detail(in: context, arguments: arguments, value: value)
                facts.append(Fact(subject: .init(text: call.text, value: value, detail: detail, call: .init(call.name, arguments)), result: value))
            }
            return value
        }
    }

    /// `and` (deciding value `false`) or `or` (deciding value `true`) in Kleene logic.
    ///
    /// Keeps the facts of the sides that decided the result: the deciding side alone when
    /// one side has the deciding value, else both.
    private mutating func logical(
        _ left: TypedNode, _ right: TypedNode, deciding: Bool, in context: some RuleEvaluationContext
    ) -> Value {
        let start = (facts: facts.count, comparisons: comparisons.count)
        let l = evaluate(left, in: context)
        if l.bool == deciding { return .bool(deciding) }
        let middle = (facts: facts.count, comparisons: comparisons.count)
        let r = evaluate(right, in: context)
        if r.bool == deciding {
            if middle.facts > start.facts { facts.removeSubrange(start.facts..<middle.facts) }
            if middle.comparisons > start.comparisons { comparisons.removeSubrange(start.comparisons..<middle.comparisons) }
            return .bool(deciding)
        }
        if l.bool == !deciding, r.bool == !deciding { return .bool(!deciding) }
        return .empty
    }

    private mutating func comparison(
        _ op: BinaryOperator, _ left: TypedNode.Operand, _ right: TypedNode.Operand, in context: some RuleEvaluationContext
    ) -> Value {
        switch collecting {
        case .nothing:
            return Evaluator.compare(op, evaluate(left.node, in: context), evaluate(right.node, in: context))
        case .literalComparisons:
            let l = evaluate(left.node, in: context), r = evaluate(right.node, in: context)
            if right.isLiteral, case .host(let call) = left.node {
                comparisons.append(LiteralComparison(function: call.name, comparison: op, value: l, literal: r))
            }
            return Evaluator.compare(op, l, r)
        case .facts:
            break
        }
        let l = operand(left, in: context), r = operand(right, in: context)
        let result = Evaluator.compare(op, l.value, r.value)
        facts.append(Fact(subject: consume l, comparison: op, other: consume r, result: result))
        return result
    }

    /// One side of a comparison; a host call there is shown in the comparison's fact
    /// rather than in a fact of its own.
    private mutating func operand(_ operand: TypedNode.Operand, in context: some RuleEvaluationContext) -> Fact.Term {
        guard case .host(let call) = operand.node else {
            return Fact.Term(text: operand.text, value: evaluate(operand.node, in: context), isLiteral: operand.isLiteral)
        }
        let arguments = self.arguments(of: call, in: context)
        let value = call.value(in: context, arguments: arguments)
        let detail = call.detail(in: context, arguments: arguments, value: value)
        return Fact.Term(text: operand.text, value: value, detail: detail, call: .init(call.name, arguments))
    }

    /// The arguments the host receives: made once when lowered, or evaluated now.
    private mutating func arguments(of call: TypedNode.HostCall, in context: some RuleEvaluationContext) -> [Argument] {
        if let constant = call.constantArguments { return constant }
        return call.arguments.map { argument -> Argument in
            switch argument {
            case .value(let node): .value(evaluate(node, in: context))
            case .reference(let name): .reference(name)
            }
        }
    }
}

extension Evaluator {
    // MARK: Operators

    static func arithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value {
        switch op {
        case .add: .finite(a + b)
        case .subtract: .finite(a - b)
        case .multiply: .finite(a * b)
        case .divide: b == 0 ? .empty : .finite(a / b)
        default: .empty
        }
    }

    /// A comparison's value; empty when either side is empty or the types differ.
    static func compare(_ op: BinaryOperator, _ l: Value, _ r: Value) -> Value {
        let order: Int
        switch (l, r) {
        case let (.number(a), .number(b)):
            order = Self.order(a, b)
        case let (.string(a), .string(b)) where op.isEquality:
            order = a == b ? 0 : 1
        case let (.bool(a), .bool(b)) where op.isEquality:
            order = a == b ? 0 : 1
        default:
            return .empty
        }
        return switch op {
        case .equal: .bool(order == 0)
        case .notEqual: .bool(order != 0)
        case .less: .bool(order < 0)
        case .lessOrEqual: .bool(order <= 0)
        case .greater: .bool(order > 0)
        case .greaterOrEqual: .bool(order >= 0)
        default: .empty
        }
    }

    /// -1, 0 or 1, with numbers within 1e-9 (relative, at least absolute) counted equal.
    static func order(_ a: Double, _ b: Double) -> Int {
        let tolerance = 1e-9 * Swift.max(1, Swift.abs(a), Swift.abs(b))
        if Swift.abs(a - b) <= tolerance { return 0 }
        return a < b ? -1 : 1
    }
}
