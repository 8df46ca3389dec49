public import Diagnostics

/// Development points that would suggest nothing concrete: a kern statement without an
/// `action`, a rule's `development_point` without `actions`.
///
/// Warnings, and only for a draft: a published version never changes, so its next
/// version is where to add the actions (`waarborg lint` asks the lock).
public enum ActionCheck {
    public static func check(_ questionnaire: Questionnaire) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for question in questionnaire.questions where question.kern && question.action == nil {
            out.append(
                .warning(
                    Message(
                        nl:
                            "kernuitspraak ‘\(question.id)’ heeft geen action: het ontwikkelpunt bij het laagste antwoord noemt dan niets om te doen; voeg action: toe",
                        en:
                            "kern statement '\(question.id)' has no action: the development point of its lowest answer would name nothing to do; add action:"
                    ),
                    at: question.location))
        }
        for rule in questionnaire.rules {
            guard let point = rule.developmentPoint, point.actions.isEmpty else { continue }
            out.append(
                .warning(
                    Message(
                        nl: "het ontwikkelpunt van regel ‘\(rule.id)’ heeft geen actions: een ontwikkelpunt hoort een concrete actie voor te stellen",
                        en: "the development point of rule '\(rule.id)' has no actions: a development point should suggest a concrete action"),
                    at: rule.when.location))
        }
        return out
    }
}
