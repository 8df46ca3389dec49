import Assessment
import Diagnostics
import Questionnaire
import RuleLanguage

/// A finding in JSON, the same in a report and a panel brief: its kind, place, rank and
/// texts, and each reason in words with the expression and values behind it.
struct JSONFinding {
    var labels: Labels
    var perspective: ReasonText.Perspective
    var questionnaires: [Questionnaire]

    /// `rank` counts from 1 within the finding's kind; `appendix` tells whether a report
    /// lists it in its appendix rather than up front.
    func value(_ finding: Finding, rank: Int? = nil, appendix: Bool = false) -> JSONValue {
        let questionnaire = questionnaires.last { $0.id == finding.questionnaire }
        let words = ReasonText(language: labels.language, perspective: perspective)
        var members: [(String, JSONValue)] = [
            ("kind", .string(finding.kind.rawValue)),
            ("priority", .string(finding.priority?.rawValue)),
        ]
        if let rank { members.append(("rank", .number(Double(rank)))) }
        members += [
            ("appendix", .bool(appendix)),
            ("kern", .bool(finding.kern)),
            ("questionnaire", .string(finding.questionnaire)),
            ("safeguard", finding.safeguard.map { .number(Double($0)) } ?? .null),
            ("theme", .string(finding.theme)),
            ("questions", .array(finding.questions.map { .string($0.description) })),
            ("title", .string(finding.title.text(labels.language))),
            ("text", .string(finding.text?.text(labels.language))),
            ("actions", .array(finding.actions.map { .string($0.text(labels.language)) })),
            ("reasons", .array(finding.reasons.map { reason(words, $0, questionnaire) })),
        ]
        return .object(members)
    }

    private func reason(_ words: ReasonText, _ reason: Reason, _ questionnaire: Questionnaire?) -> JSONValue {
        let text = words.sentences(for: reason, in: questionnaire).joined(separator: " ")
        func withheld(_ fact: Fact) -> Bool { words.withholdsValue(of: fact) }
        let expressions =
            reason.facts.map { fact in
                guard withheld(fact), let comparison = fact.comparison, let other = fact.other else { return fact.description }
                return "\(fact.subject.text) \(comparison.rawValue) \(other.text)"
            } + reason.details
        let values: [JSONValue] = reason.facts.map { fact in
            let value = withheld(fact) ? JSONValue.null : Self.json(fact.subject.value)
            var members: [(String, JSONValue)] = [("expression", .string(fact.subject.text)), ("value", value)]
            if let comparison = fact.comparison, let other = fact.other {
                members += [("comparison", .string(comparison.rawValue)), ("other", .string(other.text)), ("other_value", Self.json(other.value))]
            }
            return .object(members)
        }
        return .object([
            ("rule", .string(reason.rule.description)),
            ("text", .string(text)),
            ("expression", .string(expressions.joined(separator: "; "))),
            ("values", .array(values)),
        ])
    }

    private static func json(_ value: Value) -> JSONValue {
        switch value {
        case .number(let number): .number(number)
        case .bool(let bool): .bool(bool)
        case .string(let text): .string(text)
        case .empty: .null
        }
    }
}
