public import Assessment
public import Questionnaire

/// Turns a plan into a document to hand in.
///
/// `questionnaires` give the safeguards their titles; without them a safeguard is
/// headed by its number.
public protocol PlanRenderer: Sendable {
    func render(_ plan: ActionPlan, questionnaires: [Questionnaire]) -> String
}

extension PlanRenderer {
    public func render(_ plan: ActionPlan) -> String { render(plan, questionnaires: []) }
}
