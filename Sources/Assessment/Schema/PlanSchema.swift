public import Diagnostics
import Questionnaire

/// The JSON Schema of a plan van aanpak (`docs/plan-format.md`), made from the key lists
/// `PlanDecoder` reads with.
public enum PlanSchema {
    public static var json: JSONValue {
        JSONSchema.document(
            title: "Waarborg-plan van aanpak",
            description: "Het plan van aanpak van een bestuur; zie docs/plan-format.md.",
            root: root, definitions: definitions)
    }

    private typealias S = JSONSchema
    private typealias D = PlanDecoder

    private static var root: JSONValue {
        S.object(
            "Het plan van aanpak.", keys: D.topLevelKeys, required: ["board", "based_on", "entries"],
            properties: [
                "board": S.type("string", "Het bestuur.", [("minLength", 1)]),
                "based_on": S.object(
                    "Het zelfassessment waaruit het plan is opgesteld; schrijft waarborg.", keys: D.basisKeys,
                    required: ["questionnaires", "digest"],
                    properties: [
                        "date": optional(date("Dag van het zelfassessment.")),
                        "respondents": S.type("integer", "Aantal antwoordbestanden.", [("minimum", 0)]),
                        "questionnaires": S.list("Elke beantwoorde vragenlijstversie.", items: S.reference("source")),
                        "answers": optional(S.list("Namen van de antwoordbestanden, gesorteerd.", items: S.type("string", "Een bestandsnaam."))),
                        "digest": S.type(
                            "string", "sha256: en 64 kleine hexadecimale cijfers over de antwoordbestanden.", [("pattern", "^sha256:[0-9a-f]{64}$")]),
                    ]),
                "entries": optional(S.list("Eén item per ontwikkelpunt.", items: S.reference("entry"))),
            ])
    }

    private static var definitions: [(String, JSONValue)] {
        [
            (
                "source",
                S.object(
                    "Een vragenlijstversie.", keys: D.sourceKeys, required: ["id", "version"],
                    properties: [
                        "id": S.type("string", "Id van de vragenlijst.", [("pattern", .string(S.identifierPattern))]),
                        "version": S.type("string", "De versie, zoals 1.0.0.", [("pattern", .string(S.versionPattern))]),
                    ])
            ),
            (
                "entry",
                S.object(
                    "Een ontwikkelpunt met doel, acties en evaluatie.", keys: D.entryKeys, required: ["id", "title"],
                    properties: [
                        "id": S.type("string", "Vaste id van het ontwikkelpunt; niet wijzigen.", [("minLength", 1)]),
                        "covers": optional(
                            S.anyOf(
                                "Andere ontwikkelpunten die dit item ook afdekt.",
                                [
                                    S.type("string", "Een id."),
                                    S.list("Id's.", items: S.type("string", "Een id.")),
                                ])),
                        "questionnaire": optional(
                            S.type("string", "De vragenlijst van het ontwikkelpunt.", [("pattern", .string(S.identifierPattern))])),
                        "safeguard": optional(S.type("integer", "Nummer van de waarborg (1–9).", [("minimum", 1), ("maximum", 9)])),
                        "theme": optional(S.type("string", "Het thema-id.", [("pattern", .string(S.identifierPattern))])),
                        "title": S.type("string", "Titel van het ontwikkelpunt.", [("minLength", 1)]),
                        "priority": optional(S.oneOf(Priority.allCases.map(\.rawValue), "Prioriteit, uit de regel.")),
                        "reason": optional(
                            S.anyOf(
                                "Waarom het ontwikkelpunt ontstond.",
                                [
                                    S.type("string", "Een reden."),
                                    S.list("Redenen.", items: S.type("string", "Een reden: regel: feit; feit.")),
                                ])),
                        "speerpunt": optional(S.type("boolean", "true voor een van de 3–6 speerpunten van het plan; standaard false.")),
                        "goal": text("Wat het bestuur wil bereiken, en wanneer (SMART)."),
                        "success_criterion": text("Waaraan het bestuur ziet dat het doel bereikt is."),
                        "actions": optional(S.list("De acties.", items: S.reference("action"))),
                        "evaluation": text("Wanneer het bestuur terugkijkt: een datum (2027-06-30) of een moment in woorden."),
                        "status": optional(S.oneOf(PlanStatus.allCases.map(\.rawValue), "Stand van zaken; standaard open.")),
                        "vanished": optional(date("Schrijft waarborg plan update: het zelfassessment waarin het punt verdwenen was.")),
                        "notes": text("Opmerkingen; commentaar met # blijft niet bewaard."),
                    ])
            ),
            (
                "action",
                S.anyOf(
                    "Een actie, of alleen de omschrijving als tekst.",
                    [
                        S.type("string", "Omschrijving van de actie."),
                        S.object(
                            "Een actie.", keys: D.actionKeys,
                            properties: [
                                "description": text("Wat er gedaan wordt."),
                                "owner": text("Wie het uitvoert en ervoor staat."),
                                "start": optional(date("Begin.")),
                                "end": optional(date("Einde.")),
                                "resources": text("Uren, budget of mensen die de actie vraagt."),
                            ]),
                    ])
            ),
        ]
    }

    /// A text the board may leave empty.
    private static func text(_ description: String) -> JSONValue { S.types(["string", "null"], description) }

    /// An ISO date, `2027-03-01`.
    private static func date(_ description: String) -> JSONValue {
        S.type("string", description, [("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
    }

    /// `schema`, or empty: a key written without a value is not filled in yet.
    private static func optional(_ schema: JSONValue) -> JSONValue {
        guard case .object(let members) = schema, let description = members.first(where: { $0.0 == "description" })?.1 else {
            return schema
        }
        let rest = JSONValue.object(members.filter { $0.0 != "description" })
        return .object([("description", description), ("anyOf", [rest, S.null])])
    }
}
