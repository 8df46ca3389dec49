import Assessment
import Questionnaire
import TestSupport
import Testing

/// Scores computed by hand from `Fixtures/scoring/toets/1.0.0.yaml`.
@Suite struct ScoringTests {
    let questionnaire: Questionnaire

    init() throws {
        let result = try QuestionnaireLoader.load(path: Fixtures.path("scoring/toets/1.0.0.yaml"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        questionnaire = try #require(result.questionnaire)
    }

    func assess(_ answers: [String: String], role: String = "schoolleider") -> ResponseAssessment {
        var response = Response(questionnaire: "toets", version: questionnaire.version)
        for (id, key) in answers {
            let value: AnswerValue = id == "rollen.uitleg" ? .text(key) : .option(key)
            response.answers[QuestionID(id)!] = Answer(value)
        }
        return Assessor.assess(response, of: questionnaire, role: role)
    }

    @Test func weightedMeanLeavesOutNotApplicableAndHidden() throws {
        // a=2 (w1), b=4 (w3), c=n.v.t., d hidden because a < 3 though answered.
        let result = assess(["visie.a": "2", "visie.b": "4", "visie.c": "n", "visie.d": "1"])
        let visie = try #require(result.card.theme("visie"))
        #expect(result.hidden == [QuestionID("visie.d")!])
        let expected: Double = (2 + 12) / 4
        #expect(visie.score == expected)
        #expect(visie.question(QuestionID("visie.c")!)?.status == .notApplicable)
        #expect(visie.question(QuestionID("visie.d")!)?.status == .hidden)
        #expect(visie.scoredQuestions == 3)
        #expect(visie.missing == 1)
    }

    @Test func shownConditionalQuestionCounts() throws {
        let result = assess(["visie.a": "3", "visie.b": "3", "visie.c": "3", "visie.d": "1"])
        #expect(result.hidden.isEmpty)
        let expected: Double = 16.0 / 6.0
        #expect(result.card.theme("visie")?.score == expected)
    }

    @Test func missingDataPolicyAtItsBoundary() throws {
        // rollen has 4 scored questions (choice and text do not score): 2 of 4 missing
        // (unanswered or n.v.t.) is exactly the allowed share of 0.5; 3 of 4 is over it.
        let threeMissing = assess(["rollen.a": "4", "rollen.b": "n"])
        #expect(threeMissing.card.theme("rollen")?.score == nil)
        let allowed = assess(["rollen.a": "4", "rollen.b": "2"])
        #expect(allowed.card.theme("rollen")?.score == 3)
        #expect(allowed.card.theme("rollen")?.missing == 2)
        let over = assess(["rollen.a": "4"])
        #expect(over.card.theme("rollen")?.score == nil)
    }

    @Test func sumThemeIsExtrapolatedWhenPartlyAnswered() throws {
        let full = assess(["telling.a": "2", "telling.b": "1", "telling.c": "0", "telling.d": "2"])
        let telling = try #require(full.card.theme("telling"))
        #expect(telling.score == 5)
        #expect(telling.level?.id == "hoog")
        #expect(!telling.extrapolated)
        let partial = assess(["telling.a": "2", "telling.b": "1", "telling.c": "n"])
        let partialTelling = try #require(partial.card.theme("telling"))
        let expected: Double = 6
        #expect(partialTelling.score == expected)
        #expect(partialTelling.extrapolated)
    }

    @Test(arguments: [(0.0, "laag"), (4.0, "laag"), (5.0, "hoog"), (8.0, "hoog")] as [(Double, String)])
    func sumLevelsAreInclusive(total: Double, expected: String) throws {
        let levels = try #require(questionnaire.theme("telling")?.levels)
        #expect(levels.level(for: total)?.id == expected)
    }

    @Test func extrapolatedWholeNumberSumsStayWhole() throws {
        // 2 + 1 + 2 over three of four questions: 5 × 4 / 3 = 6.67, rounded to 7.
        let result = assess(["telling.a": "2", "telling.b": "1", "telling.c": "2"])
        let telling = try #require(result.card.theme("telling"))
        #expect(telling.score == 7)
        #expect(telling.level?.id == "hoog")
    }

    @Test(arguments: [(2.49, "aandacht"), (2.5, "ontwikkeling"), (2.99, "ontwikkeling"), (3.0, "op-orde"), (4.0, "op-orde")] as [(Double, String)])
    func defaultBandsAtTheirEdges(score: Double, expected: String) {
        #expect(questionnaire.scoring.levels.level(for: score)?.id == expected)
    }

    @Test func safeguardCombinesThemesByWeight() throws {
        let result = assess([
            "visie.a": "4", "visie.b": "4", "visie.c": "4",
            "rollen.a": "2", "rollen.b": "2", "rollen.c": "2", "rollen.d": "2",
            "telling.a": "1", "telling.b": "1", "telling.c": "1", "telling.d": "1",
        ])
        // Themes differ in method (mean and sum): no safeguard score rather than a mixed one.
        #expect(result.card.score == nil)
        #expect(result.card.theme("visie")?.score == 4)
        #expect(result.card.theme("rollen")?.score == 2)
    }

    @Test func kernLowestIsADevelopmentPointWhateverTheMean() throws {
        let result = assess(["visie.a": "1", "visie.b": "4", "visie.c": "4"])
        let mean: Double = 17.0 / 5.0
        #expect(result.card.theme("visie")?.score == mean)
        let kern = result.findings.filter { $0.reasons.contains { $0.rule == "builtin:kern_lowest" } }
        #expect(kern.count == 1)
        #expect(kern.first?.priority == .hoog)
        #expect(kern.first?.reasons.first?.expressions == ["answer(visie.a) = 1"])
    }

    @Test func themeBelowThresholdAndStrength() throws {
        let result = assess(["visie.a": "4", "visie.b": "4", "visie.c": "3", "rollen.a": "2", "rollen.b": "3", "rollen.c": "3", "rollen.d": "3"])
        let strengths = result.findings.filter { $0.kind == .strength }
        #expect(strengths.map(\.theme) == ["visie"])
        #expect(strengths.first?.reasons.first?.expressions == ["score(visie) = 3.8 >= 3.5"])
        // Without an action on the theme a low theme is a point for the conversation, not a development point.
        #expect(!result.findings.contains { $0.kind == .developmentPoint && $0.theme == "rollen" })
        let points = result.findings.filter { $0.kind == .conversationPoint }
        #expect(points.map(\.theme) == ["rollen"])
        #expect(points.first?.reasons.first?.expressions == ["score(rollen) = 2.75 < 3"])
        #expect(points.first?.title.text("nl") == "Bespreek waarom ‘\(questionnaire.theme("rollen")!.title.text("nl"))’ lager scoort (2,75)")
    }

    @Test func lowThemeIsADevelopmentPointOnlyWithAnActionWhenAsked() throws {
        var asked = questionnaire
        asked.findings.lowTheme = .developmentPoint
        let answers = ["visie.a": "4", "visie.b": "4", "visie.c": "3", "rollen.a": "2", "rollen.b": "3", "rollen.c": "3", "rollen.d": "3"]
        func assess(_ questionnaire: Questionnaire) -> ResponseAssessment {
            var response = Response(questionnaire: "toets", version: questionnaire.version)
            for (id, key) in answers { response.answers[QuestionID(id)!] = Answer(.option(key)) }
            return Assessor.assess(response, of: questionnaire, role: "schoolleider")
        }
        // Asked for, but the theme names no action: still a conversation point.
        #expect(assess(asked).findings.contains { $0.kind == .conversationPoint && $0.theme == "rollen" })
        var withAction = asked
        var themes = withAction.themes
        let index = try #require(themes.firstIndex { $0.id == "rollen" })
        themes[index].action = LocalizedText("Verdeel de rollen opnieuw")
        withAction.themes = themes
        let point = try #require(assess(withAction).findings.first { $0.kind == .developmentPoint && $0.theme == "rollen" })
        #expect(point.actions.map { $0.text("nl") } == ["Verdeel de rollen opnieuw"])
        #expect(point.priority == .midden)
        #expect(abs(point.distance - 0.25) < 1e-9)
    }

    @Test func ruleOnScoresMergesWithBuiltinPointOfTheSameTheme() throws {
        let result = assess(["visie.a": "2", "visie.b": "2", "visie.c": "2"])
        let points = result.findings.filter { $0.kind == .developmentPoint && $0.theme == "visie" }
        #expect(points.count == 1)
        #expect(points.first?.title.text("nl") == "Werk aan de visie")
        #expect(points.first?.reasons.map(\.rule) == ["visie-laag", "builtin:development_below"])
        #expect(points.first?.priority == .hoog)
    }

    @Test func ruleOnRole() {
        let board = assess(["rollen.a": "2"], role: "bestuurder")
        let leader = assess(["rollen.a": "2"], role: "schoolleider")
        #expect(board.findings.contains { $0.reasons.contains { $0.rule == "rol-bestuurder" } })
        #expect(!leader.findings.contains { $0.reasons.contains { $0.rule == "rol-bestuurder" } })
        let reason = board.findings.first { $0.reasons.contains { $0.rule == "rol-bestuurder" } }?.reasons.first
        #expect(reason?.expressions == ["role() = \"bestuurder\" == \"bestuurder\"", "answer(rollen.a) = 2 (in ontwikkeling) <= 2"])
    }

    @Test func rulesOnMissingValues() {
        // rollen has a score (2.5) and no text answer: `not answered(...)` holds.
        let result = assess(["rollen.a": "2", "rollen.b": "3", "rollen.c": "2", "rollen.d": "3"])
        #expect(result.findings.contains { $0.reasons.contains { $0.rule == "geen-uitleg" } })
        // telling has no score at all: default() turns empty into -1.
        #expect(result.findings.contains { $0.reasons.contains { $0.rule == "telling-onbekend" } })
        // With no score for rollen, `score(rollen) < 3` is empty, so the rule does not fire.
        let empty = assess([:])
        #expect(!empty.findings.contains { $0.reasons.contains { $0.rule == "geen-uitleg" } })
    }

    @Test func countsOfLowAnswers() {
        let result = assess(["rollen.a": "1", "rollen.b": "1", "rollen.c": "n", "rollen.d": "4"])
        #expect(result.findings.contains { $0.title.text("nl") == "Veel lage scores bij rollen" })
        let fewer = assess(["rollen.a": "1", "rollen.b": "2", "rollen.c": "n", "rollen.d": "4"])
        #expect(!fewer.findings.contains { $0.title.text("nl") == "Veel lage scores bij rollen" })
    }

    @Test func developmentPointsComeFirstByPriority() {
        let result = assess(["visie.a": "1", "visie.b": "4", "visie.c": "4", "rollen.a": "1", "rollen.b": "1", "rollen.c": "3", "rollen.d": "3"])
        let priorities = result.findings.filter { $0.kind == .developmentPoint }.compactMap(\.priority)
        #expect(priorities == priorities.sorted())
    }
}

/// A plain-sum instrument: nine items 0–3, five bands, one rule on a single item.
@Suite struct SumInstrumentTests {
    @Test func scoresAKnownAnswerSetToItsTotalAndBand() throws {
        let result = try QuestionnaireLoader.load(path: Fixtures.path("scoring/som-instrument/1.0.0.yaml"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let questionnaire = try #require(result.questionnaire)
        let keys = ["2", "1", "3", "0", "2", "1", "1", "0", "1"]  // total 11
        var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
        for (index, key) in keys.enumerated() {
            response.answers[QuestionID(theme: "items", question: "item-\(index + 1)")] = Answer(.option(key))
        }
        let assessment = Assessor.assess(response, of: questionnaire, role: nil)
        #expect(assessment.card.theme("items")?.score == 11)
        #expect(assessment.card.score == 11)
        #expect(assessment.card.level?.id == "matig")
        #expect(assessment.findings.map(\.title.description) == ["Item 9 vraagt altijd om een gesprek."])
        #expect(assessment.findings.first?.reasons.first?.expressions == ["answer(items.item-9) = 1 (enkele dagen) >= 1"])
    }

    @Test func aMissingItemLeavesNoTotalWhenThePolicyAllowsNone() throws {
        let questionnaire = try #require(try QuestionnaireLoader.load(path: Fixtures.path("scoring/som-instrument/1.0.0.yaml")).questionnaire)
        var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
        for index in 1...8 {
            response.answers[QuestionID(theme: "items", question: "item-\(index)")] = Answer(.option("3"))
        }
        let assessment = Assessor.assess(response, of: questionnaire, role: nil)
        #expect(assessment.card.theme("items")?.score == nil)
        #expect(assessment.card.level == nil)
    }
}

/// A kern statement's built-in point folds into a rule's point on the same statement.
@Suite struct KernMergeTests {
    @Test func kernPointFoldsIntoTheRuleOnThatStatement() throws {
        let text = """
            questionnaire: kern
            version: 1.0.0
            title: "Kern"
            scales:
              mate:
                - {key: "1", label: "Nog niet", value: 1}
                - {key: "2", label: "Volledig", value: 2}
            findings: {development_below: false, strength_from: false}
            themes:
              - id: rollen
                title: "Rollen"
                questions:
                  - {id: schoolopleider, text: "Er is een schoolopleider.", kern: true}
                  - {id: mentor, text: "Er zijn mentoren.", kern: true}
            rules:
              - id: schoolopleider-beleggen
                when: "answer(rollen.schoolopleider) <= 1"
                development_point: {title: "Beleg de rol van schoolopleider", priority: midden}

            """
        let questionnaire = try #require(QuestionnaireLoader.load(bytes: Array(text.utf8), path: "kern.yaml").questionnaire)
        var response = Response(questionnaire: "kern", version: questionnaire.version)
        response.answers[QuestionID("rollen.schoolopleider")!] = Answer(.option("1"))
        response.answers[QuestionID("rollen.mentor")!] = Answer(.option("1"))
        let findings = Assessor.assess(response, of: questionnaire, role: nil).findings
        #expect(findings.count == 2)
        let merged = try #require(findings.first { $0.title.text("nl") == "Beleg de rol van schoolopleider" })
        #expect(merged.reasons.map(\.rule) == ["schoolopleider-beleggen", "builtin:kern_lowest"])
        #expect(merged.priority == .hoog)
        // The other kern statement has no rule of its own and stays a point by itself.
        #expect(findings.contains { $0.reasons.map(\.rule) == ["builtin:kern_lowest"] && $0.questions == [QuestionID("rollen.mentor")!] })
    }
}
