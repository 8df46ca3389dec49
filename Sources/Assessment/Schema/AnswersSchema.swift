public import Diagnostics
import Questionnaire

/// The JSON Schema of an answers file (`docs/answers-format.md`), made from the key lists
/// in `AnswersKeys.swift` that both answers decoders read with.
///
/// Which questions and options there are depends on the questionnaire version a file
/// names, so the schema checks the form only; `waarborg check` checks the rest.
public enum AnswersSchema {
    public static var json: JSONValue {
        JSONSchema.document(
            title: "Waarborg-antwoordbestand",
            description: "De antwoorden van één respondent; zie docs/answers-format.md.",
            root: root, definitions: definitions)
    }

    private typealias S = JSONSchema

    private static var root: JSONValue {
        S.object(
            "Het antwoordbestand.", keys: TopLevelKey.names, required: ["respondent", "questionnaires"],
            properties: [
                "respondent": S.object(
                    "Wie de vragen beantwoordde; role is verplicht, behalve bij kind: consensus.", keys: RespondentKey.names,
                    required: ["name", "organisation"],
                    properties: [
                        "name": S.type("string", "Naam van de respondent."),
                        "kind": S.type(
                            "string", "consensus voor het gezamenlijke zelfassessment van het bestuur (zonder rol); weglaten voor één persoon.",
                            [("enum", .array(Respondent.Kind.allCases.map { .string($0.rawValue) }))]),
                        "role": S.type("string", "Rol-id uit de vragenlijst, zoals schoolleider.", [("pattern", .string(S.identifierPattern))]),
                        "organisation": S.type("string", "Het bestuur waarvoor is geantwoord."),
                        "school": S.types(["string", "null"], "De school, als voor één school is geantwoord."),
                    ]),
                "started": time("Wanneer het invullen begon (ISO 8601, zoals 2025-03-14T09:30:00Z)."),
                "updated": time("Wanneer het bestand het laatst is bewaard (ISO 8601)."),
                "questionnaires": S.anyOf(
                    "Eén item per beantwoorde vragenlijst; mag leeg zijn.",
                    [
                        S.list("De beantwoorde vragenlijsten.", items: S.reference("response")),
                        S.null,
                    ]),
            ])
    }

    private static var definitions: [(String, JSONValue)] {
        [
            (
                "response",
                S.object(
                    "De antwoorden op één vragenlijst.", keys: ResponseKey.names, required: ["questionnaire", "version"],
                    properties: [
                        "questionnaire": S.type("string", "Id van de vragenlijst, zoals waarborg-2.", [("pattern", .string(S.identifierPattern))]),
                        "version": S.type("string", "De beantwoorde versie, zoals 1.0.0.", [("pattern", .string(S.versionPattern))]),
                        "digest": S.type(
                            "string", "sha256: en de digest van het vragenlijstbestand; fill schrijft die.", [("pattern", "^sha256:[0-9a-f]{64}$")]),
                        "answers": S.anyOf(
                            "Vraag-id (thema.vraag) → antwoord.",
                            [
                                S.map("De antwoorden per vraag.", keys: S.questionIDPattern, value: S.reference("answer")),
                                S.null,
                            ]),
                        "skipped": S.anyOf(
                            "Optionele vragen die de respondent oversloeg.",
                            [
                                S.list(
                                    "Vraag-id's thema.vraag.", items: S.type("string", "Een vraag-id.", [("pattern", .string(S.questionIDPattern))])),
                                S.null,
                            ]),
                    ])
            ),
            (
                "answer",
                S.anyOf(
                    "Een waarde, of {value, note, evidence}; leeg is nog niet beantwoord.",
                    [
                        S.reference("value"),
                        S.object(
                            "Een antwoord met toelichting of onderbouwing.", keys: AnswerKey.names,
                            properties: [
                                "value": S.reference("value", "Het antwoord."),
                                "note": S.types(["string", "null"], "De toelichting, in de woorden van de respondent."),
                                "evidence": S.types(["string", "null"], "De onderbouwing: welk document of welke praktijk het laat zien."),
                            ]),
                    ])
            ),
            (
                "value",
                S.anyOf(
                    "Een optiesleutel, ja/nee, getal of tekst; bij multi een lijst optiesleutels.",
                    [
                        S.types(["string", "number", "boolean", "null"], "Eén waarde."),
                        S.list("Optiesleutels, zonder herhaling; [] voor geen.", items: S.types(["string", "number"], "Een optiesleutel.")),
                    ])
            ),
        ]
    }

    private static func time(_ description: String) -> JSONValue {
        S.type("string", description, [("pattern", .string(timePattern))])
    }

    /// What `Timestamp.isValid` accepts: a date, or a date and time with a `Z` or `±HH:MM` offset.
    static let timePattern =
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$"
}
