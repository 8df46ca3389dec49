public import Assessment
public import Questionnaire

/// The entries of a plan under one heading, as the renderers show them: the speerpunten
/// first, then the other entries per safeguard in order, entries without a safeguard last,
/// file order within each.
public struct PlanSection: Sendable {
    public var heading: String
    public var entries: [PlanEntry]

    public static func sections(of plan: ActionPlan, questionnaires: [Questionnaire], labels: PlanLabels) -> [PlanSection] {
        // The speerpunten in the order of their safeguards, those without one last.
        let speerpunten = plan.entries.enumerated().filter(\.element.speerpunt)
            .sorted { ($0.element.safeguard ?? Int.max, $0.offset) < ($1.element.safeguard ?? Int.max, $1.offset) }.map(\.element)
        let others = plan.entries.filter { !$0.speerpunt }
        let numbers = Set(others.compactMap(\.safeguard)).sorted()
        var out = speerpunten.isEmpty ? [] : [PlanSection(heading: labels.speerpunten, entries: speerpunten)]
        out += numbers.map { number -> PlanSection in
            let entries = others.filter { $0.safeguard == number }
            let ids = Set(entries.compactMap(\.questionnaire))
            let title = questionnaires.first { $0.safeguard == number && ids.contains($0.id) }?.title.text(labels.language)
            return PlanSection(heading: labels.safeguard(number, title: title), entries: entries)
        }
        let rest = others.filter { $0.safeguard == nil }
        if !rest.isEmpty { out.append(PlanSection(heading: labels.others, entries: rest)) }
        return out
    }
}
