public import Diagnostics

/// The JSON Schema of a questionnaire file (`docs/questionnaire-format.md`), made from the
/// key lists `QuestionnaireDecoder` and `MigrationDecoder` read with.
///
/// Descriptions are in Dutch, for the project group that writes the files.
public enum QuestionnaireSchema {
    public static var json: JSONValue {
        JSONSchema.document(
            title: "Waarborg-vragenlijst",
            description: "Een vragenlijst per waarborg en versie; zie docs/questionnaire-format.md.",
            root: root, definitions: definitions)
    }

    private typealias S = JSONSchema
    private typealias D = QuestionnaireDecoder

    private static var root: JSONValue {
        S.object(
            "De vragenlijst.", keys: D.topLevelKeys, required: ["questionnaire", "version", "title", "scales", "themes"],
            properties: [
                "questionnaire": identifier("Id van de vragenlijst, zoals waarborg-2."),
                "version": version("Semantische versie MAJOR.MINOR.PATCH; gelijk aan de bestandsnaam."),
                "title": text("Titel van de vragenlijst."),
                "safeguard": S.type("integer", "Nummer van de waarborg (1–4), voor de volgorde in rapporten.", range(1, 4)),
                "language": identifier("Taal van gewone teksten; standaard nl."),
                "languages": S.list("Talen die elke tekst moet hebben; standaard [nl].", items: identifier("Een taalcode.")),
                "description": text("Tekst vóór de eerste vraag."),
                "weight": weight("Gewicht van deze waarborg in een totaalscore; standaard 1."),
                "roles": S.list("De rollen van respondenten; standaard die van het partnerschap.", items: S.reference("role")),
                "scales": S.map(
                    "Benoemde antwoordschalen: naam → opties.", keys: S.identifierPattern,
                    value: S.reference("options", "De opties van de schaal."), minimum: 1),
                "scoring": S.reference("scoring", "Instellingen van de scores."),
                "findings": S.reference("findings", "Drempels van de ingebouwde bevindingen."),
                "themes": S.list("De thema's met hun vragen.", items: S.reference("theme"), minimum: 1),
                "rules": S.list("Regels die antwoorden en scores omzetten in bevindingen.", items: S.reference("rule")),
                "migration": S.reference("migration", "Hoe antwoorden op een eerdere versie meegaan; zie docs/versions.md."),
            ])
    }

    private static var definitions: [(String, JSONValue)] {
        [
            (
                "text",
                S.anyOf(
                    "Een tekst, of per taal een tekst ({nl: …, en: …}).",
                    [
                        S.type("string", "De tekst in de taal van de vragenlijst.", [("minLength", 1)]),
                        S.map(
                            "De tekst per taalcode.", keys: "^[a-z]{2}$", value: S.type("string", "De tekst in deze taal.", [("minLength", 1)]),
                            minimum: 1),
                    ])
            ),
            (
                "role",
                S.object(
                    "Een rol van respondenten.", keys: D.roleKeys, required: ["id", "label"],
                    properties: [
                        "id": identifier("Id van de rol, zoals schoolleider."),
                        "label": text("Naam van de rol."),
                        "group": S.oneOf(Role.Group.allCases.map(\.rawValue), "Kant van de rol in een panel: bestuur of school."),
                    ])
            ),
            (
                "roles",
                S.anyOf(
                    "Eén rol-id of een lijst ervan; zonder roles krijgt elke rol de vraag.",
                    [
                        identifier("Een rol-id."),
                        S.list("Rol-id's.", items: identifier("Een rol-id."), minimum: 1),
                    ])
            ),
            (
                "option",
                S.object(
                    "Een antwoordoptie.", keys: D.optionKeys, required: ["key", "label"],
                    properties: [
                        "key": optionKey("Wat de respondent typt en het antwoordbestand bewaart; zonder spaties."),
                        "label": text("Tekst van de optie."),
                        "value": S.type("number", "Het getal waarmee de optie scoort; zonder value telt de optie niet mee (n.v.t.)."),
                        "unknown": S.type("boolean", "true voor 'weet ik niet': beantwoord, maar zonder score en zonder value."),
                    ])
            ),
            ("options", S.list("Opties van een schaal of vraag.", items: S.reference("option"), minimum: 2)),
            (
                "level",
                S.object(
                    "Een band op een score.", keys: D.levelKeys, required: ["id", "label"],
                    properties: [
                        "id": identifier("Id van het niveau, zoals op-orde."),
                        "label": text("Naam van het niveau."),
                        "min": S.type("number", "Ondergrens (inclusief)."),
                        "below": S.type("number", "Bovengrens (exclusief); niet samen met max."),
                        "max": S.type("number", "Bovengrens (inclusief); niet samen met below."),
                    ])
            ),
            ("levels", S.list("Niveaus van laag naar hoog, zonder overlap of gat.", items: S.reference("level"), minimum: 1)),
            (
                "scoring",
                S.object(
                    "Instellingen van de scores.", keys: D.scoringKeys,
                    properties: [
                        "method": method("Hoe een score wordt berekend: mean of sum; standaard mean."),
                        "missing": S.object(
                            "Hoeveel ontbrekende antwoorden een thema mag hebben.", keys: D.missingKeys, required: ["max_share"],
                            properties: [
                                "max_share": S.type("number", "Hoogste aandeel (0–1) onbeantwoorde of n.v.t.-vragen met nog een score.", range(0, 1))
                            ]),
                        "levels": S.reference("levels", "Niveaus voor thema-, waarborg- en totaalscores."),
                    ])
            ),
            (
                "findings",
                S.object(
                    "Drempels van de ingebouwde bevindingen.", keys: D.findingKeys,
                    properties: [
                        "development_below": threshold("Themascore hieronder: een ontwikkelpunt; false schakelt uit."),
                        "strength_from": threshold("Themascore vanaf hier: een sterk punt; false schakelt uit."),
                        "kern_lowest": S.type("boolean", "Een kernuitspraak met de laagste waarde is een ontwikkelpunt."),
                        "disagreement_stdev": threshold("Panel: spreiding boven deze standaarddeviatie is een panelvraag."),
                        "disagreement_range": threshold("Panel: of laagste en hoogste antwoord zo ver uiteen."),
                        "role_gap": threshold("Panel: bestuur en scholen verschillen zoveel op een thema."),
                        "minimum_group": S.type("integer", "Panel: rollen met minder respondenten niet apart getoond.", [("minimum", 1)]),
                        "minimum_boards": S.type(
                            "integer", "Panel: regiovergelijking alleen over minstens zoveel andere besturen.", [("minimum", 2)]),
                        "low_theme": S.oneOf(
                            FindingSettings.LowTheme.allCases.map(\.rawValue),
                            "Wat een laag thema oplevert: gesprekspunt (standaard) of ontwikkelpunt (alleen met een action op het thema)."),
                    ])
            ),
            (
                "theme",
                S.object(
                    "Een thema (onderdeel) met zijn vragen.", keys: D.themeKeys, required: ["id", "title", "questions"],
                    properties: [
                        "id": identifier("Id van het thema, uniek in de vragenlijst."),
                        "title": text("Titel van het thema."),
                        "description": text("Toelichting bij het thema."),
                        "weight": weight("Gewicht van het thema in de waarborgscore; standaard 1."),
                        "method": method("Berekening voor dit thema; vervangt scoring.method."),
                        "levels": S.reference("levels", "Eigen niveaus van dit thema (nodig bij method: sum)."),
                        "roles": S.reference("roles", "De rollen die de vragen van dit thema krijgen."),
                        "action": text("De actie bij een laag thema, als findings.low_theme ontwikkelpunt is."),
                        "questions": S.list("De vragen van het thema.", items: S.reference("question"), minimum: 1),
                    ])
            ),
            (
                "question",
                S.object(
                    "Een vraag of stelling.", keys: D.questionKeys, required: ["id", "text"],
                    properties: [
                        "id": identifier("Id van de vraag, uniek in het thema; elders thema.vraag."),
                        "text": text("De stelling of vraag."),
                        "type": S.oneOf(D.QuestionType.allCases.map(\.rawValue), "Soort vraag; standaard scale."),
                        "scale": identifier("Bij scale: welke schaal; nodig als er meer dan één is."),
                        "options": S.reference("options", "Bij choice en multi: de opties."),
                        "min": S.type("number", "Bij number: ondergrens (inclusief)."),
                        "max": S.type("number", "Bij number: bovengrens (inclusief)."),
                        "help": text("Hulptekst, getoond met ?."),
                        "required": S.type("boolean", "Verplicht; standaard true (false bij text)."),
                        "kern": S.type("boolean", "Kernuitspraak: de laagste waarde is altijd een ontwikkelpunt."),
                        "note": S.reference("remark", "Toelichting: none, optional of required, of {required, for}; standaard optional."),
                        "evidence": S.reference("remark", "Onderbouwing: none, optional of required, of {required, for}; standaard none."),
                        "weight": weight("Gewicht van de vraag in de themascore; standaard 1."),
                        "show_if": S.type("string", "Expressie: de vraag wordt alleen gesteld als die true is."),
                        "roles": S.reference("roles", "De rollen die de vraag krijgen; standaard die van het thema."),
                        "action": text("Bij een kernuitspraak: de actie als die het laagste antwoord krijgt."),
                    ])
            ),
            (
                "remark",
                S.anyOf(
                    "Of een toelichting of onderbouwing gevraagd wordt.",
                    [
                        S.oneOf(Requirement.allCases.map(\.rawValue), "none, optional of required."),
                        S.object(
                            "Alleen gevraagd bij sommige antwoorden.", keys: D.remarkKeys,
                            properties: [
                                "required": S.type("boolean", "Verplicht bij die antwoorden; standaard false (optioneel)."),
                                "for": S.list("De optiesleutels waarbij het gevraagd wordt.", items: optionKey("Een optiesleutel."), minimum: 1),
                            ]),
                    ])
            ),
            (
                "rule",
                S.object(
                    "Een regel die een bevinding oplevert.", keys: D.ruleKeys, required: ["id", "when"],
                    properties: [
                        "id": identifier("Id van de regel, uniek in de vragenlijst."),
                        "theme": identifier("Het thema waar de bevinding bij hoort."),
                        "when": S.type("string", "Expressie: de regel geldt als die true is; zie docs/rule-language.md."),
                        "reason": text("De reden in woorden, met plaatshouders als {score(visie)} voor de waarden uit when."),
                        "strength": text("Een sterk punt."),
                        "development_point": S.reference("developmentPoint", "Een ontwikkelpunt."),
                        "panel_question": text("Een vraag voor het panel."),
                    ])
            ),
            (
                "developmentPoint",
                S.object(
                    "Een ontwikkelpunt.", keys: D.developmentPointKeys, required: ["title"],
                    properties: [
                        "title": text("Titel van het ontwikkelpunt."),
                        "text": text("Toelichting."),
                        "actions": S.list("Voorgestelde acties.", items: S.reference("text")),
                        "priority": S.oneOf(Priority.allCases.map(\.rawValue), "Prioriteit; standaard midden."),
                    ])
            ),
            (
                "migration",
                S.object(
                    "Hoe antwoorden op een eerdere versie meegaan.", keys: MigrationDecoder.keys, required: ["from"],
                    properties: [
                        "from": version("De eerdere versie."),
                        "questions": S.map(
                            "Eerdere vraag-id → wat ermee gebeurt.", keys: S.questionIDPattern,
                            value: S.anyOf(
                                "drop, of waar het antwoord heen gaat.",
                                [
                                    .object([("const", "drop")]),
                                    S.object(
                                        "Waar het antwoord heen gaat.", keys: MigrationDecoder.stepKeys, required: ["to"],
                                        properties: [
                                            "to": S.anyOf(
                                                "Eén vraag-id of een lijst ervan.",
                                                [
                                                    questionID("Een vraag-id thema.vraag."),
                                                    S.list("Vraag-id's.", items: questionID("Een vraag-id thema.vraag.")),
                                                ]),
                                            "options": .object([
                                                ("description", "Eerdere optiesleutel → nieuwe."),
                                                ("type", "object"),
                                                ("additionalProperties", optionKey("De nieuwe optiesleutel.")),
                                            ]),
                                        ]),
                                ])),
                    ])
            ),
        ]
    }

    private static func text(_ description: String) -> JSONValue { S.reference("text", description) }

    private static func identifier(_ description: String) -> JSONValue {
        S.type("string", description, [("pattern", .string(S.identifierPattern))])
    }

    private static func questionID(_ description: String) -> JSONValue {
        S.type("string", description, [("pattern", .string(S.questionIDPattern))])
    }

    private static func version(_ description: String) -> JSONValue {
        S.type("string", description, [("pattern", .string(S.versionPattern))])
    }

    /// An option key: a plain `1` is read as the key `"1"`.
    private static func optionKey(_ description: String) -> JSONValue { S.types(["string", "number"], description) }

    private static func weight(_ description: String) -> JSONValue { S.type("number", description, [("minimum", 0)]) }

    private static func method(_ description: String) -> JSONValue {
        S.oneOf(ScoringMethod.allCases.map(\.rawValue), description)
    }

    /// A threshold of a built-in finding: a number, or false to switch it off.
    private static func threshold(_ description: String) -> JSONValue {
        S.anyOf(description, [.object([("type", "number")]), .object([("const", false)])])
    }

    private static func range(_ low: Int, _ high: Int) -> [(String, JSONValue)] {
        [("minimum", .number(Double(low))), ("maximum", .number(Double(high)))]
    }
}
