import Assessment
import Questionnaire
import Testing

/// A hand-built assessment covering what a report must show: a mean safeguard with a
/// strength, a development point from a rule merged with the built-in one, a *kern*
/// statement, a theme without a score, notes and evidence; and a summed safeguard with an
/// extrapolated theme and five bands.
enum Sample {
    static let placements = """
        questionnaire: proef-opleiden
        version: 1.2.0
        safeguard: 2
        title: {nl: "Waarborg 2 — Opleiden en begeleiden", en: "Safeguard 2 — Training and supervision"}
        language: nl
        languages: [nl, en]
        scales:
          mate:
            - {key: "1", label: {nl: "Nog niet", en: "Not yet"}, value: 1}
            - {key: "2", label: {nl: "In ontwikkeling", en: "In development"}, value: 2}
            - {key: "3", label: {nl: "Grotendeels", en: "Largely"}, value: 3}
            - {key: "4", label: {nl: "Volledig", en: "Fully"}, value: 4}
            - {key: "n", label: {nl: "Niet van toepassing", en: "Not applicable"}}
        themes:
          - id: plaatsen
            title: {nl: "Stageplaatsen", en: "Placements"}
            questions:
              - id: genoeg
                text: {nl: "Het bestuur biedt genoeg stageplaatsen voor de studenten van de pabo.", en: "The board offers enough placements for the pabo's students."}
                kern: true
                evidence: optional
              - id: kwaliteit
                text: {nl: "Elke stageplaats heeft een getrainde werkplekbegeleider.", en: "Every placement has a trained workplace supervisor."}
              - id: spreiding
                text: {nl: "De stageplaatsen zijn over alle scholen verdeeld.", en: "Placements are spread over all schools."}
          - id: begeleiding
            title: {nl: "Begeleiding van studenten in de school, van de eerste stagedag tot en met de afstudeerfase", en: "Supervision of students in the school, from the first day of placement to graduation"}
            questions:
              - id: gesprekken
                text: {nl: "Studenten hebben elke week een begeleidingsgesprek.", en: "Students have a supervision meeting every week."}
              - id: criteria
                text: {nl: "Beoordelen gebeurt samen met de pabo, met gedeelde criteria.", en: "Assessment is done together with the pabo, with shared criteria."}
              - id: uitleg
                type: text
                text: {nl: "Hoe ziet een gewone stageweek eruit?", en: "What does an ordinary placement week look like?"}
          - id: inductie
            title: {nl: "Inductie van starters", en: "Induction of starters"}
            questions:
              - id: beleid
                text: {nl: "Er is een vastgesteld inductiebeleid.", en: "There is an adopted induction policy."}
              - id: arrangement
                text: {nl: "Elke starter heeft een begeleidingsarrangement.", en: "Every starter has a supervision arrangement."}
              - id: lijn
                text: {nl: "Er is een doorgaande lijn van student naar starter.", en: "There is a continuous line from student to starter."}
        rules:
          - id: plaatsen-tekort
            theme: plaatsen
            when: "answer(plaatsen.genoeg) <= 2"
            development_point:
              title: {nl: "Zorg voor genoeg stageplaatsen", en: "Provide enough placements"}
              text:
                nl: "Zonder genoeg plaatsen kan het partnerschap niet groeien. Kijk samen met de pabo hoeveel plaatsen nodig zijn."
                en: "Without enough placements the partnership cannot grow. Work out with the pabo how many are needed."
              actions:
                - {nl: "Inventariseer per school hoeveel studenten er terecht kunnen", en: "List per school how many students it can take"}
                - {nl: "Spreek met de schoolleiders een verdeling af", en: "Agree on a distribution with the school leaders"}
              priority: midden
            panel_question:
              nl: "Welke scholen bieden nu geen stageplaats, en wat is daarvoor nodig?"
              en: "Which schools offer no placement now, and what would it take?"
        """

    static let counting = """
        questionnaire: proef-telling
        version: 0.3.0
        safeguard: 4
        title: {nl: "Waarborg 4 — Kwaliteitszorg (telling)", en: "Safeguard 4 — Quality assurance (count)"}
        language: nl
        languages: [nl, en]
        scales:
          freq:
            - {key: "0", label: {nl: "Nooit", en: "Never"}, value: 0}
            - {key: "1", label: {nl: "Soms", en: "Sometimes"}, value: 1}
            - {key: "2", label: {nl: "Vaak", en: "Often"}, value: 2}
            - {key: "3", label: {nl: "Altijd", en: "Always"}, value: 3}
        scoring:
          method: sum
          levels:
            - {id: zeer-laag, label: {nl: "Vraagt veel aandacht", en: "Needs much attention"}, min: 0, max: 2}
            - {id: laag, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 3, max: 5}
            - {id: midden, label: {nl: "In ontwikkeling", en: "Developing"}, min: 6, max: 8}
            - {id: hoog, label: {nl: "Grotendeels op orde", en: "Largely in place"}, min: 9, max: 10}
            - {id: top, label: {nl: "Op orde", en: "In place"}, min: 11, max: 12}
        themes:
          - id: evaluatie
            title: {nl: "Evalueren", en: "Evaluating"}
            levels:
              - {id: zeer-laag, label: {nl: "Vraagt veel aandacht", en: "Needs much attention"}, min: 0, max: 2}
              - {id: laag, label: {nl: "Vraagt aandacht", en: "Needs attention"}, min: 3, max: 5}
              - {id: midden, label: {nl: "In ontwikkeling", en: "Developing"}, min: 6, max: 8}
              - {id: hoog, label: {nl: "Grotendeels op orde", en: "Largely in place"}, min: 9, max: 10}
              - {id: top, label: {nl: "Op orde", en: "In place"}, min: 11, max: 12}
            questions:
              - {id: studenten, text: {nl: "Studenten evalueren hun stage.", en: "Students evaluate their placement."}}
              - {id: starters, text: {nl: "Starters evalueren hun begeleiding.", en: "Starters evaluate their supervision."}}
              - {id: begeleiders, text: {nl: "Begeleiders evalueren hun rol.", en: "Supervisors evaluate their role."}}
              - {id: acties, text: {nl: "Uitkomsten leiden tot acties.", en: "Results lead to actions."}}
        """

    static func load(_ text: String, path: String) throws -> Questionnaire {
        let result = QuestionnaireLoader.load(bytes: Array(text.utf8), path: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.questionnaire)
    }

    static func questionnaires() throws -> [Questionnaire] {
        [
            try load(placements, path: "questionnaires/proef-opleiden/1.2.0.yaml"),
            try load(counting, path: "questionnaires/proef-telling/0.3.0.yaml"),
        ]
    }

    static func id(_ text: String) -> QuestionID { QuestionID(text)! }

    static let respondent = Respondent(
        name: "Marieke van den Berg", role: "schoolleider", organisation: "Stichting Primair West-Brabant",
        school: "OBS De Regenboog")

    /// The answers: placements low (kern at its lowest), supervision strong, induction
    /// mostly open, and one of four counts missing.
    static func answers(respondent: Respondent = respondent, note: String? = nil) -> AnswersFile {
        let placements = Response(
            questionnaire: "proef-opleiden", version: SemanticVersion(1, 2, 0),
            answers: [
                id("plaatsen.genoeg"): Answer(
                    .option("1"), note: note ?? "Twee van de zeven scholen bieden nu een plaats.",
                    evidence: "Overzicht stageplaatsen 2024-2025"),
                id("plaatsen.kwaliteit"): Answer(.option("3")),
                id("plaatsen.spreiding"): Answer(.option("2")),
                id("begeleiding.gesprekken"): Answer(.option("4")),
                id("begeleiding.criteria"): Answer(.option("4"), note: "Sinds dit jaar met het gezamenlijke beoordelingsformulier."),
                id("begeleiding.uitleg"): Answer(.text("Maandag en dinsdag in de klas,\nwoensdag een lesbespreking.")),
                id("inductie.beleid"): Answer(.option("n")),
                id("inductie.arrangement"): Answer(.option("2")),
            ])
        let counting = Response(
            questionnaire: "proef-telling", version: SemanticVersion(0, 3, 0),
            answers: [
                id("evaluatie.studenten"): Answer(.option("3")),
                id("evaluatie.starters"): Answer(.option("2")),
                id("evaluatie.begeleiders"): Answer(.option("1")),
            ])
        return AnswersFile(respondent: respondent, responses: [placements, counting])
    }

    static func assessment(respondent: Respondent = respondent, note: String? = nil) throws -> RespondentAssessment {
        Assessor.assess(
            answers(respondent: respondent, note: note), path: "antwoorden/marieke.yaml", questionnaires: try questionnaires())
    }
}
