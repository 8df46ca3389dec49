import Diagnostics
import Questionnaire
import Testing

/// Loads YAML text as if it were the file `proef.yaml`, requiring that it loads cleanly.
func loadClean(
    _ yaml: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> Questionnaire {
    let result = QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "proef.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
    return try #require(result.questionnaire, sourceLocation: sourceLocation)
}

/// The scale most test questionnaires share, as text and as the value it should read as.
enum Mate {
    static let yaml = """
        scales:
          mate:
            - {key: "1", label: "Nog niet", value: 1}
            - {key: "2", label: "In ontwikkeling", value: 2}
            - {key: "3", label: "Grotendeels", value: 3}
            - {key: "4", label: "Volledig", value: 4}
            - {key: "n", label: "Niet van toepassing"}

        """

    static let scale = Scale(
        id: "mate",
        options: [
            AnswerOption(key: "1", label: LocalizedText("Nog niet"), value: 1),
            AnswerOption(key: "2", label: LocalizedText("In ontwikkeling"), value: 2),
            AnswerOption(key: "3", label: LocalizedText("Grotendeels"), value: 3),
            AnswerOption(key: "4", label: LocalizedText("Volledig"), value: 4),
            AnswerOption(key: "n", label: LocalizedText("Niet van toepassing"), value: nil),
        ])
}

/// What the loader makes of keys left out, checked against values built by hand.
@Suite struct DefaultsTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try loadClean(
            """
            questionnaire: proef
            version: 1.0.0
            title: "Proefvragenlijst"
            \(Mate.yaml)themes:
              - id: rollen
                title: "Rollen in de opleidingsschool"
                questions:
                  - id: schoolopleider
                    text: "Elke school of cluster heeft een schoolopleider."
                  - id: toelichting
                    type: text
                    text: "Hoe is de rol van schoolopleider belegd?"
                  - id: inductie
                    type: choice
                    text: "Is er een inductieprogramma voor starters?"
                    options:
                      - {key: ja, label: "Ja"}
                      - {key: 2, label: "Deels"}
                  - id: coach
                    type: yesno
                    text: "Heeft elke starter een coach?"
                  - id: aantal
                    type: number
                    min: 0
                    text: "Hoeveel starters zijn er dit jaar?"
            """)
    }

    func question(_ id: String) throws -> Question {
        try #require(questionnaire.question(QuestionID(theme: "rollen", question: id)))
    }

    @Test func questionnaireDefaults() {
        #expect(questionnaire.id == "proef")
        #expect(questionnaire.version == SemanticVersion(1, 0, 0))
        #expect(questionnaire.title == LocalizedText("Proefvragenlijst", language: "nl"))
        #expect(questionnaire.safeguard == nil)
        #expect(questionnaire.language == "nl")
        #expect(questionnaire.languages == ["nl"])
        #expect(questionnaire.description == nil)
        #expect(questionnaire.weight == 1)
        #expect(questionnaire.roles == Role.defaults)
        #expect(questionnaire.scales == [Mate.scale])
        #expect(questionnaire.scoring == ScoringSettings(method: .mean, missing: MissingDataPolicy(maxShare: 0.5), levels: Level.defaults))
        #expect(
            questionnaire.findings
                == FindingSettings(
                    developmentBelow: 3.0, strengthFrom: 3.5, kernLowest: true, disagreementStdev: 0.5,
                    disagreementRange: 2, roleGap: 1.0, minimumGroup: 3, minimumBoards: 5))
        #expect(questionnaire.rules.isEmpty)
        #expect(questionnaire.migration == nil)
        #expect(questionnaire.reference == "proef@1.0.0")
    }

    @Test func themeDefaults() throws {
        let theme = try #require(questionnaire.theme("rollen"))
        #expect(theme.title == LocalizedText("Rollen in de opleidingsschool"))
        #expect(theme.description == nil)
        #expect(theme.weight == 1)
        #expect(theme.method == nil)
        #expect(theme.levels == nil)
        #expect(questionnaire.method(for: theme) == .mean)
        #expect(questionnaire.levels(for: theme) == Level.defaults)
        #expect(
            theme.questions.map(\.id.description) == [
                "rollen.schoolopleider", "rollen.toelichting", "rollen.inductie", "rollen.coach", "rollen.aantal",
            ])
    }

    /// Type scale with the only scale, required, not kern, note optional, evidence none, weight 1.
    @Test func scaleQuestionDefaults() throws {
        let question = try question("schoolopleider")
        #expect(question.id == QuestionID(theme: "rollen", question: "schoolopleider"))
        #expect(question.text == LocalizedText("Elke school of cluster heeft een schoolopleider."))
        #expect(question.kind == .scale(Mate.scale))
        #expect(question.kind.isScored)
        #expect(question.help == nil)
        #expect(question.required)
        #expect(!question.kern)
        #expect(question.note == .optional)
        #expect(question.evidence == .none)
        #expect(question.weight == 1)
        #expect(question.showIf == nil)
    }

    @Test func textQuestionIsOptionalByDefault() throws {
        let question = try question("toelichting")
        #expect(question.kind == .text)
        #expect(!question.required)
        #expect(!question.kind.isScored)
    }

    /// Option values are optional on a choice; a plain `2` as key reads as the string "2".
    @Test func choiceOptionsWithoutValuesDoNotScore() throws {
        let question = try question("inductie")
        #expect(
            question.kind
                == .choice([
                    AnswerOption(key: "ja", label: LocalizedText("Ja"), value: nil),
                    AnswerOption(key: "2", label: LocalizedText("Deels"), value: nil),
                ]))
        #expect(question.required)
        #expect(!question.kind.isScored)
    }

    @Test func yesnoAndNumberQuestions() throws {
        #expect(try question("coach").kind == .yesno)
        #expect(try question("coach").required)
        #expect(try question("aantal").kind == .number(min: 0, max: nil))
    }
}

@Suite struct ExplicitValuesTests {
    @Test func questionKeysOverrideTheDefaults() throws {
        let questionnaire = try loadClean(
            """
            questionnaire: proef
            version: 2.1.3
            title: "Proefvragenlijst"
            safeguard: 2
            weight: 2
            \(Mate.yaml)themes:
              - id: rollen
                title: "Rollen"
                weight: 3
                questions:
                  - id: schoolopleider
                    text: "Elke school of cluster heeft een schoolopleider."
                    help: "Denk aan een aangestelde schoolopleider met uren."
                    required: false
                    kern: true
                    note: required
                    evidence: optional
                    weight: 2.5
                  - id: uitleg
                    type: text
                    required: true
                    text: "Licht toe."
                    show_if: "answer(rollen.schoolopleider) <= 2"
            """)
        #expect(questionnaire.version == SemanticVersion(2, 1, 3))
        #expect(questionnaire.safeguard == 2)
        #expect(questionnaire.weight == 2)
        #expect(questionnaire.theme("rollen")?.weight == 3)
        let question = try #require(questionnaire.question(QuestionID(theme: "rollen", question: "schoolopleider")))
        #expect(question.help == LocalizedText("Denk aan een aangestelde schoolopleider met uren."))
        #expect(!question.required)
        #expect(question.kern)
        #expect(question.note == .required)
        #expect(question.evidence == .optional)
        #expect(question.weight == 2.5)
        let uitleg = try #require(questionnaire.question(QuestionID(theme: "rollen", question: "uitleg")))
        #expect(uitleg.required)
        let showIf = try #require(uitleg.showIf)
        #expect(showIf.source == "answer(rollen.schoolopleider) <= 2")
        // Line 30 is the show_if; the expression starts after `show_if: "`.
        #expect(showIf.location == FileLocation(file: "proef.yaml", line: 30, column: 19))
    }

    @Test func ruleThemeIsTakenFromTheQuestionsItNames() throws {
        let questionnaire = try loadClean(
            """
            questionnaire: proef
            version: 1.0.0
            title: "Proefvragenlijst"
            \(Mate.yaml)themes:
              - id: rollen
                title: "Rollen"
                questions:
                  - {id: schoolopleider, text: "Elke school heeft een schoolopleider."}
            rules:
              - id: beleggen
                when: "answer(rollen.schoolopleider) <= 2"
                development_point:
                  title: "Beleg de rol van schoolopleider"
                  actions: ["Stel per school een schoolopleider aan"]
                panel_question: "Hoe is de rol nu belegd?"
            """)
        let rule = try #require(questionnaire.rules.first)
        #expect(rule.id == "beleggen")
        #expect(rule.theme == "rollen")
        #expect(rule.strength == nil)
        #expect(rule.panelQuestion == LocalizedText("Hoe is de rol nu belegd?"))
        #expect(
            rule.developmentPoint
                == DevelopmentPointTemplate(
                    title: LocalizedText("Beleg de rol van schoolopleider"), text: nil,
                    actions: [LocalizedText("Stel per school een schoolopleider aan")], priority: .midden))
    }
}

/// Texts: a plain string is in the questionnaire's language; a mapping gives each language.
@Suite struct LocalizedTextReadingTests {
    func title(_ titleYAML: String, language: String? = nil) throws -> LocalizedText {
        let languageLine = language.map { "language: \($0)\n" } ?? ""
        return try loadClean(
            """
            questionnaire: proef
            version: 1.0.0
            title: \(titleYAML)
            \(languageLine)\(Mate.yaml)themes:
              - id: rollen
                title: "Rollen"
                questions:
                  - {id: schoolopleider, text: "Elke school heeft een schoolopleider."}
            """
        ).title
    }

    @Test func plainStringIsDutchByDefault() throws {
        let text = try title("\"Gedeelde visie\"")
        #expect(text == LocalizedText(translations: ["nl": "Gedeelde visie"], primaryLanguage: "nl"))
        #expect(text.text("en") == "Gedeelde visie", "falls back to the Dutch text")
    }

    @Test func plainStringTakesTheDeclaredLanguage() throws {
        let text = try title("\"Shared vision\"", language: "en")
        #expect(text == LocalizedText(translations: ["en": "Shared vision"], primaryLanguage: "en"))
    }

    @Test func mappingGivesEachLanguage() throws {
        let text = try title("{nl: \"Gedeelde visie\", en: \"Shared vision\"}")
        #expect(text == LocalizedText(translations: ["nl": "Gedeelde visie", "en": "Shared vision"], primaryLanguage: "nl"))
        #expect(text.text("nl") == "Gedeelde visie")
        #expect(text.text("en") == "Shared vision")
        #expect(text.text("de") == "Gedeelde visie", "a missing language falls back to the primary one")
        #expect(text.description == "Gedeelde visie")
    }

    /// Without the questionnaire's language, the first language code in order is primary.
    @Test func mappingWithoutTheFileLanguage() throws {
        let text = try title("{en: \"Shared vision\"}")
        #expect(text == LocalizedText(translations: ["en": "Shared vision"], primaryLanguage: "en"))
        #expect(text.text("nl") == "Shared vision")
    }
}
