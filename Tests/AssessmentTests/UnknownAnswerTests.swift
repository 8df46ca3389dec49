import Diagnostics
import FileIO
import Foundation
import Questionnaire
import RuleLanguage
import TestSupport
import Testing

@testable import Assessment

/// *Weet ik niet* as an answer of its own, and a note or evidence asked only with some
/// answers, over `Fixtures/unknown/questionnaires/zicht/1.0.0.yaml`.
@Suite struct UnknownAnswerTests {
    let questionnaire: Questionnaire

    init() throws {
        let result = try QuestionnaireLoader.load(path: Fixtures.path("unknown/questionnaires/zicht/1.0.0.yaml"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        questionnaire = try #require(result.questionnaire)
    }

    private var resolver: FixedResolver { FixedResolver([questionnaire]) }

    private func read(_ name: String) throws -> AnswersReader.Result {
        let bytes = try InputFile.read(Fixtures.path("unknown/" + name))
        return AnswersReader.read(bytes: bytes, path: name, resolver: resolver)
    }

    private func response(_ answers: [String: AnswerValue]) -> Response {
        var response = Response(questionnaire: "zicht", version: questionnaire.version)
        for (id, value) in answers { response.answers[QuestionID(id)!] = Answer(value) }
        return response
    }

    private func id(_ text: String) -> QuestionID { QuestionID(text)! }

    @Test func readsTheUnknownOptionAndTheConditions() throws {
        let scale = try #require(questionnaire.question(id("beleid.inductie")))
        let unknown = try #require(scale.kind.options.unknownOption)
        #expect(unknown.key == "w" && unknown.value == nil && !unknown.isNotApplicable)
        #expect(scale.kind.options.option("n")?.isNotApplicable == true)
        #expect(scale.noteFor == ["1"] && scale.note == .required)
        #expect(scale.evidenceFor == ["3", "4"] && scale.evidence == .required)
        let choice = try #require(questionnaire.question(id("beleid.netwerk")))
        #expect(choice.noteFor == ["nee"] && choice.note == .optional)
        #expect(questionnaire.question(id("beleid.visie"))?.evidenceFor == nil)
    }

    @Test func scoringLeavesUnknownOutAndCountsItApart() throws {
        let result = Assessor.assess(
            response([
                "beleid.inductie": .option("2"), "beleid.visie": .option("w"), "beleid.overleg": .option("n"), "beleid.begroting": .option("4"),
            ]),
            of: questionnaire, role: "schoolleider")
        let theme = try #require(result.card.theme("beleid"))
        #expect(theme.score == 3)
        #expect(theme.question(id("beleid.visie"))?.status == .unknown)
        #expect(theme.question(id("beleid.visie"))?.value == nil)
        #expect(theme.question(id("beleid.overleg"))?.status == .notApplicable)
        #expect(theme.missing == 2)
        #expect(QuestionScore.Status.unknown.rawValue == "weet-niet")
    }

    @Test func unknownCountsAsMissingInThePolicy() throws {
        // Three of four scored questions without value is over the default share of 0.5.
        let result = Assessor.assess(
            response([
                "beleid.inductie": .option("w"), "beleid.visie": .option("w"), "beleid.overleg": .option("n"), "beleid.begroting": .option("4"),
            ]),
            of: questionnaire, role: "schoolleider")
        #expect(result.card.theme("beleid")?.score == nil)
    }

    @Test func ruleFunctionsTellUnknownFromNotApplicable() throws {
        let answers = response([
            "beleid.inductie": .option("w"), "beleid.visie": .option("w"), "beleid.overleg": .option("n"),
            "beleid.netwerk": .option("w"),
        ])
        let context = RespondentContext(questionnaire: questionnaire, response: answers, role: nil, hidden: [], card: nil)
        func call(_ function: String, _ name: String) -> Value { context.call(function, arguments: [.reference(name)]) }
        #expect(call("unknown", "beleid.inductie") == .bool(true))
        #expect(call("nvt", "beleid.inductie") == .bool(false))
        #expect(call("answered", "beleid.inductie") == .bool(true))
        #expect(call("answer", "beleid.inductie") == .empty)
        #expect(call("answer", "beleid.netwerk") == .empty)
        #expect(call("unknown", "beleid.overleg") == .bool(false))
        #expect(call("nvt", "beleid.overleg") == .bool(true))
        #expect(call("unknown", "beleid.begroting") == .bool(false))
        #expect(call("count_unknown", "beleid") == .number(3))
        #expect(call("count_nvt", "beleid") == .number(1))
    }

    @Test func aRuleFiresOnUnknownAnswersAndShowIfSeesThem() throws {
        let result = Assessor.assess(
            response(["beleid.inductie": .option("w"), "beleid.visie": .option("w"), "beleid.overleg": .option("2")]),
            of: questionnaire, role: "schoolleider")
        #expect(result.findings.contains { $0.reasons.contains { $0.rule == "geen-zicht" } })
        #expect(result.hidden == [id("beleid.navragen")])
        let shown = Assessor.assess(response(["beleid.overleg": .option("w")]), of: questionnaire, role: "schoolleider")
        #expect(shown.hidden.isEmpty)
        #expect(!shown.findings.contains { $0.reasons.contains { $0.rule == "geen-zicht" } })
    }

    @Test func remarksFollowTheirConditions() throws {
        let inductie = try #require(questionnaire.question(id("beleid.inductie")))
        #expect(Answer(.option("1")).missingRemarks(for: inductie) == [.note])
        #expect(Answer(.option("2")).missingRemarks(for: inductie) == [])
        #expect(Answer(.option("3")).missingRemarks(for: inductie) == [.evidence])
        #expect(!Answer(.option("2")).asks(.evidence, for: inductie))
        #expect(Answer(.option("4")).asks(.evidence, for: inductie))
        let visie = try #require(questionnaire.question(id("beleid.visie")))
        // Neither n.v.t. nor weet-niet has anything to show.
        #expect(Answer(.option("w")).missingRemarks(for: visie) == [])
        #expect(Answer(.option("n")).missingRemarks(for: visie) == [])
        #expect(Answer(.option("2")).missingRemarks(for: visie) == [.evidence])
    }

    @Test func readsAValidFileOnBothPaths() throws {
        let result = try read("valid.yaml")
        #expect(result.diagnostics.isEmpty, "\(AnswersFixtures.render(result, name: "valid.yaml"))")
        let bytes = try InputFile.read(Fixtures.path("unknown/valid.yaml"))
        var decoder = AnswersEventDecoder(resolver: resolver)
        let decoded = decoder.decode(bytes)
        let fast = try #require(decoded)
        #expect(fast == result.file)
        #expect(fast.responses.first?.answers[id("beleid.visie")]?.value == .option("w"))
    }

    @Test(arguments: ["remark-conditions", "remark-missing"])
    func reportsRemarksAgainstTheirConditions(_ name: String) throws {
        let result = try read(name + ".yaml")
        let actual = AnswersFixtures.render(result, name: name + ".yaml")
        var decoder = AnswersEventDecoder(resolver: resolver)
        let decoded = decoder.decode(try InputFile.read(Fixtures.path("unknown/\(name).yaml")))
        #expect(decoded == nil, "the fast path read \(name)")
        let expectedPath = Fixtures.path("unknown/\(name).expected")
        if Golden.recording {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name).expected")
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected)
    }

    // MARK: Panel

    private func panel(_ keys: [String]) -> PanelBrief {
        var board = BoardAggregate(minimumGroup: 3)
        for key in keys {
            var response = response(["beleid.visie": .option(key)])
            response.answers[id("beleid.visie")]?.evidence = ["1", "2", "3", "4"].contains(key) ? "Plan" : nil
            let file = AnswersFile(respondent: Respondent(name: "R", role: "schoolleider", organisation: "Linde"), responses: [response])
            board.add(Assessor.assess(file, path: "r.yaml", questionnaires: [questionnaire]))
        }
        return PanelAnalysis().brief(board)
    }

    @Test func aStatementManyCannotJudgeIsAPanelQuestion() throws {
        let brief = panel(["w", "w", "w", "3", "4"])
        let aggregate = try #require(brief.parts.first?.aggregate.question(id("beleid.visie")))
        #expect(aggregate.distribution["w"] == 3)
        #expect(aggregate.answered == 5)
        #expect(aggregate.statistics.count == 2)
        let finding = try #require(brief.findings.first { $0.reasons.contains { $0.rule == "builtin:unknown" } })
        #expect(finding.kind == .panelQuestion)
        #expect(finding.title.text("nl").hasPrefix("3 van 5 respondenten kunnen ‘De visie op opleiden"))
        #expect(finding.title.text("en").hasPrefix("3 of 5 respondents cannot judge"))
    }

    @Test func oneWhoCannotJudgeIsNoPanelQuestion() {
        #expect(!panel(["w", "3", "4"]).findings.contains { $0.reasons.contains { $0.rule == "builtin:unknown" } })
        // Two of seven is under a third.
        #expect(!panel(["w", "w", "3", "4", "4", "3", "2"]).findings.contains { $0.reasons.contains { $0.rule == "builtin:unknown" } })
        #expect(panel(["w", "w", "3", "4", "4", "3"]).findings.contains { $0.reasons.contains { $0.rule == "builtin:unknown" } })
    }

    @Test func aStatementNobodyCouldJudgeIsWeetNietOnTheBoardsCard() throws {
        func status(_ keys: [String]) throws -> QuestionScore.Status? {
            let brief = panel(keys)
            let aggregate = try #require(brief.parts.first?.aggregate)
            return PanelAnalysis.groupCard(aggregate).question(id("beleid.visie"))?.status
        }
        #expect(try status(["w", "w", "w"]) == .unknown)
        #expect(try status(["w", "w", "n"]) == .unknown)
        #expect(try status(["n", "n", "w"]) == .notApplicable)
        #expect(try status(["w", "3"]) == .scored)
    }
}
