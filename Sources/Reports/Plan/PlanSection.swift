public import Assessment
public import Questionnaire

/// The entries of a plan under one safeguard, as the renderers show them: safeguards in
/// order, entries without a safeguard last, file order within each.
public struct PlanSection: Sendable {
    public var heading: String
    public var entries: [PlanEntry]

    public static func sections(of plan: ActionPlan, questionnaires: [Questionnaire], labels: PlanLabels) -> [PlanSection] {
        let numbers = Set(plan.entries.compactMap(\.safeguard)).sorted()
        var out = numbers.map { number -> PlanSection in
            let entries = plan.entries.filter { $0.safeguard == number }
            let ids = Set(entries.compactMap(\.questionnaire))
            let title = questionnaires.first { $0.safeguard == number && ids.contains($0.id) }?.title.text(labels.language)
            return PlanSection(heading: labels.safeguard(number, title: title), entries: entries)
        }
        let rest = plan.entries.filter { $0.safeguard == nil }
        if !rest.isEmpty { out.append(PlanSection(heading: labels.others, entries: rest)) }
        return out
    }
}
