public import Assessment
public import Questionnaire

/// The plan as plain text for the terminal: per safeguard each development point with its
/// goal, success criterion, actions (owner, timeline) and evaluation moment.
public struct PlanTerminal: PlanRenderer {
    public var labels: PlanLabels
    public var width: Int

    public init(language: String = "nl", width: Int = 80, set: QuestionnaireSet = .neutral) {
        self.labels = PlanLabels(language: language, set: set)
        self.width = width
    }

    public func render(_ plan: ActionPlan, questionnaires: [Questionnaire]) -> String {
        var out = "\(labels.title)\n" + String(repeating: "─", count: labels.title.count) + "\n"
        let sections = PlanSection.sections(of: plan, questionnaires: questionnaires, labels: labels)
        if sections.isEmpty { return out + "  " + labels.noEntries + "\n" }
        for section in sections {
            out += "\n  " + SafeText.terminal(section.heading, keepNewlines: false) + "\n"
            for entry in section.entries {
                out += wrap(
                    "• " + entry.title + " (" + (entry.speerpunt ? labels.speerpunt + " · " : "") + labels.status(entry.status) + ")", indent: 4,
                    hanging: 6)
                out += field(labels.goal, entry.goal)
                out += field(labels.criterion, entry.successCriterion)
                for action in entry.actions {
                    var parts = [action.description ?? labels.toComplete]
                    parts.append(action.owner ?? labels.toComplete)
                    parts.append(labels.timeline(start: action.start, end: action.end) ?? labels.toComplete)
                    out += wrap("– " + parts.joined(separator: " · "), indent: 6, hanging: 8)
                }
                out += field(labels.evaluation, entry.evaluation.map(labels.moment))
            }
        }
        return out
    }

    private func field(_ name: String, _ value: String?) -> String {
        wrap("\(name): \(value ?? labels.toComplete)", indent: 6, hanging: 8)
    }

    private func wrap(_ text: String, indent: Int, hanging: Int) -> String {
        let lines = TextWrapper.wrap(SafeText.terminal(text, keepNewlines: false), width: max(20, width - hanging))
        return lines.enumerated().map { index, line in
            String(repeating: " ", count: index == 0 ? indent : hanging) + line
        }.joined(separator: "\n") + "\n"
    }
}
