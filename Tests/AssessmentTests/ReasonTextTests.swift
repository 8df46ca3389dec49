import Assessment
import Questionnaire
import RuleLanguage
import TestSupport
import Testing

/// Reasons said in words, from `Fixtures/scoring/toets/1.0.0.yaml`, and the ranking of
/// development points.
@Suite struct ReasonTextTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try #require(try QuestionnaireLoader.load(path: Fixtures.path("scoring/toets/1.0.0.yaml")).questionnaire)
    }

    func assess(_ answers: [String: String], role: String = "schoolleider", in questionnaire: Questionnaire? = nil) -> ResponseAssessment {
        let questionnaire = questionnaire ?? self.questionnaire
        var response = Response(questionnaire: "toets", version: questionnaire.version)
        for (id, key) in answers { response.answers[QuestionID(id)!] = Answer(.option(key)) }
        return Assessor.assess(response, of: questionnaire, role: role)
    }

    func sentences(_ finding: Finding, _ language: String = "nl") -> [String] {
        ReasonText(language: language, perspective: .respondent).sentences(for: finding, in: questionnaire)
    }

    @Test func aCountIsSaidWithTheOptionsItCounts() throws {
        let result = assess(["rollen.a": "1", "rollen.b": "1", "rollen.c": "3", "rollen.d": "3"])
        let point = try #require(result.findings.first { $0.reasons.contains { $0.rule == "veel-laag" } })
        let rollen = questionnaire.theme("rollen")!.title.text("nl")
        #expect(
            sentences(point).contains(
                "2 van de \(questionnaire.theme("rollen")!.questions.filter(\.kind.isScored).count) uitspraken in ‘\(rollen)’ kregen ‘Nog niet’."))
        #expect(sentences(point, "en").contains { $0.hasPrefix("2 of the") })
    }

    @Test func aThemeScoreIsSaidWithItsThreshold() throws {
        let result = assess(["visie.a": "2", "visie.b": "2", "visie.c": "2"])
        let point = try #require(result.findings.first { $0.reasons.contains { $0.rule == "visie-laag" } })
        let visie = questionnaire.theme("visie")!.title.text("nl")
        #expect(sentences(point).contains("Het thema ‘\(visie)’ scoort 2 (lager dan 2,5)."))
        #expect(sentences(point, "en").contains("The theme ‘\(questionnaire.theme("visie")!.title.text("en"))’ scores 2 (below 2.5)."))
    }

    @Test func aKernAnswerIsSaidWithItsLabel() throws {
        let result = assess(["visie.a": "1", "visie.b": "4", "visie.c": "4"])
        let kern = try #require(result.findings.first { $0.kern })
        let statement = try #require(questionnaire.question(QuestionID("visie.a")!)).text.text("nl")
        #expect(
            sentences(kern) == [
                "Bij ‘\(statement.hasSuffix(".") ? String(statement.dropLast()) : statement)’ is ‘Nog niet’ geantwoord, het laagste antwoord."
            ])
    }

    @Test func noReasonInWordsShowsExpressionSyntax() throws {
        let result = assess(
            ["visie.a": "1", "visie.b": "1", "visie.c": "2", "rollen.a": "1", "rollen.b": "1", "rollen.c": "2", "rollen.d": "1"], role: "bestuurder")
        #expect(!result.findings.isEmpty)
        for finding in result.findings {
            for sentence in sentences(finding) + sentences(finding, "en") {
                for code in ["score(", "answer(", "count_at_most(", "role()", ">=", "<=", "==", "builtin:"] {
                    #expect(!sentence.contains(code), "\(sentence)")
                }
            }
        }
    }

    @Test func aRuleSaysItsOwnReasonWithPlaceholdersFilled() throws {
        var own = questionnaire
        let index = try #require(own.rules.firstIndex { $0.id == "veel-laag" })
        own.rules[index].reason = ReasonTemplate(
            LocalizedText(
                translations: [
                    "nl": "{count_at_most(rollen, 1)} rollen zijn nog niet belegd", "en": "{count_at_most(rollen,1)} roles are not yet taken",
                ],
                primaryLanguage: "nl"))
        let result = assess(["rollen.a": "1", "rollen.b": "1", "rollen.c": "1", "rollen.d": "3"], in: own)
        let point = try #require(result.findings.first { $0.reasons.contains { $0.rule == "veel-laag" } })
        let reason = try #require(point.reasons.first { $0.rule == "veel-laag" })
        #expect(ReasonText(language: "nl", perspective: .respondent).sentences(for: reason, in: own) == ["3 rollen zijn nog niet belegd"])
        #expect(ReasonText(language: "en", perspective: .respondent).sentences(for: reason, in: own) == ["3 roles are not yet taken"])
    }

    @Test func placeholdersAreFoundWithTheirPlace() {
        let found = ReasonTemplate.placeholders(in: "a {score(x)} b {open")
        #expect(found.map(\.name) == ["score(x)", "open"])
        #expect(found.map(\.offset) == [3, 16])
        #expect(found.map(\.isOpen) == [false, true])
    }

    // MARK: Ranking

    func point(_ title: String, priority: Priority, kern: Bool = false, distance: Double = 0, statements: Int = 1, safeguard: Int = 1) -> Finding {
        var finding = Finding(
            kind: .developmentPoint, questionnaire: "w\(safeguard)", safeguard: safeguard, theme: nil,
            title: LocalizedText(title), priority: priority, reasons: [Reason(rule: .questionnaire(title))])
        finding.kern = kern
        finding.distance = distance
        finding.questions = (0..<statements).map { QuestionID("t.q\($0)")! }
        return finding
    }

    @Test func developmentPointsRankByPriorityKernDistanceAndStatements() {
        let findings = [
            point("laag", priority: .laag, kern: true, distance: 3),
            point("midden-ver", priority: .midden, distance: 1.5),
            point("midden-breed", priority: .midden, distance: 0.5, statements: 4),
            point("midden-smal", priority: .midden, distance: 0.5, statements: 1),
            point("hoog", priority: .hoog, distance: 0.1, safeguard: 4),
            point("hoog-kern", priority: .hoog, kern: true, safeguard: 3),
        ]
        let ranked = findings.ordered(themeOrder: [:]).map { $0.title.text("nl") }
        #expect(ranked == ["hoog-kern", "hoog", "midden-ver", "midden-breed", "midden-smal", "laag"])
    }
}
