import Assessment
import Interview
import Questionnaire
import Testing

/// A small questionnaire with every kind of question, a branch and a role condition.
enum InterviewFixture {
    static let yaml = """
        questionnaire: proef
        version: 1.0.0
        safeguard: 2
        title: {nl: "Proef", en: "Trial"}
        description: "Een proef."
        scales:
          mate:
            - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
            - {key: "2", label: "In ontwikkeling", value: 2}
            - {key: "3", label: "Grotendeels", value: 3}
            - {key: "4", label: "Volledig", value: 4}
            - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}
        themes:
          - id: rollen
            title: {nl: "Rollen", en: "Roles"}
            questions:
              - id: schoolopleider
                text: {nl: "Elke school heeft een schoolopleider.", en: "Every school has a school-based educator."}
                help: "Denk aan een aanstelling met uren."
                kern: true
                evidence: required
              - id: taakprofiel
                text: "Er is een taakprofiel."
                show_if: "answer(rollen.schoolopleider) >= 2"
                note: required
              - id: uren
                type: number
                text: "Hoeveel uur per week?"
                min: 0
                max: 40
                note: none
                show_if: "answered(rollen.taakprofiel)"
          - id: ontwikkeling
            title: "Ontwikkeling"
            questions:
              - id: plan
                type: yesno
                text: "Er is een plan."
                note: none
              - id: onderwerpen
                type: multi
                text: "Welke onderwerpen?"
                note: none
                options:
                  - {key: begeleiden, label: "Begeleiden"}
                  - {key: beoordelen, label: "Beoordelen"}
                  - {key: inductie, label: "Inductie"}
              - id: wensen
                type: text
                text: "Wat wil je nog kwijt?"
              - id: leiding
                text: "De schoolleiding steunt."
                required: false
                note: none
                show_if: "role() != \\"bestuurder\\""
        """

    static func questionnaire() throws -> Questionnaire {
        let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "proef/1.0.0.yaml")
        return try #require(result.questionnaire, "\(result.diagnostics)")
    }

    static func id(_ text: String) -> QuestionID { QuestionID(text)! }

    /// An interview past the respondent's questions.
    static func started(role: Int = 2, language: String = "nl") throws -> Interview {
        var interview = Interview(questionnaires: [try questionnaire()], language: language)
        _ = interview.perform(.submit("Anna"))
        _ = interview.perform(.choose(role))
        _ = interview.perform(.submit("De Linde"))
        _ = interview.perform(.submit(""))
        return interview
    }

    /// The index in `items` of a question.
    static func index(_ interview: Interview, _ text: String) -> Int {
        interview.items.firstIndex { $0.question.id == id(text) }!
    }
}

extension Interview {
    /// Performs the actions in turn and returns the outcome of each.
    @discardableResult
    mutating func run(_ actions: Action...) -> [Outcome] {
        actions.map { perform($0) }
    }

    func answer(_ id: String) -> Answer? {
        file?.responses.first?.answers[InterviewFixture.id(id)]
    }
}
