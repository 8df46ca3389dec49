import Assessment
import Questionnaire
import TestSupport
import Testing

/// The mark rule of the kern checklist, and which kern statements a checklist holds.
@Suite struct KernCheckTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try #require(try QuestionnaireLoader.load(path: Fixtures.path("scoring/toets/1.0.0.yaml")).questionnaire)
    }

    static func options(_ values: [Double]) -> [AnswerOption] {
        values.map { AnswerOption(key: NumberText.format($0), label: LocalizedText("\($0)"), value: $0) }
            + [AnswerOption(key: "n", label: LocalizedText("n.v.t."), value: nil)]
    }

    @Test(
        arguments: [
            // The partnership's 1–4 scale: grotendeels and volledig are ticked, nog niet is ✗.
            ([1, 2, 3, 4], 1, KernCheck.Status.notMet), ([1, 2, 3, 4], 2, .partly), ([1, 2, 3, 4], 3, .met), ([1, 2, 3, 4], 4, .met),
            // Five values: the two highest are ticked, the two between them and the lowest are ~.
            ([1, 2, 3, 4, 5], 1, .notMet), ([1, 2, 3, 4, 5], 3, .partly), ([1, 2, 3, 4, 5], 4, .met),
            // Three values: nothing lies between the lowest and the two highest.
            ([0, 1, 2], 0, .notMet), ([0, 1, 2], 1, .met),
            // Two values: the lowest wins, as it does for the kern_lowest development point.
            ([0, 1], 0, .notMet), ([0, 1], 1, .met),
            // A median between options (never made, but defined): below the second highest.
            ([1, 2, 3, 4], 2.5, .partly),
        ] as [([Double], Double, KernCheck.Status)])
    func markRule(values: [Double], value: Double, expected: KernCheck.Status) {
        #expect(KernCheck.Status.of(value, options: Self.options(values)) == expected)
    }

    @Test func marksAndWords() {
        #expect(KernCheck.Status.allCases.map(\.mark) == ["✓", "~", "✗", nil, nil, nil, nil])
        #expect(KernCheck.Status.allCases.map(\.rawValue) == ["met", "partly", "not_met", "nvt", "weet-niet", "unanswered", "withheld"])
    }

    @Test func hiddenAndUnscoredQuestionsAreNotOnTheChecklist() throws {
        let question = try #require(questionnaire.question(QuestionID("visie.a")!))
        for status in [QuestionScore.Status.hidden, .unscored] {
            let score = QuestionScore(id: question.id, status: status, value: nil, weight: 1, keys: [])
            #expect(KernCheck(question, score: score, counted: 0, shown: 1) == nil)
        }
    }

    func assess(_ answers: [String: String]) -> ResponseAssessment {
        var response = Response(questionnaire: "toets", version: questionnaire.version)
        for (id, key) in answers { response.answers[QuestionID(id)!] = Answer(.option(key)) }
        return Assessor.assess(response, of: questionnaire, role: "schoolleider")
    }

    @Test(
        arguments: [
            ("3", KernCheck.Status.met, "Grotendeels"), ("2", .partly, "In ontwikkeling"), ("1", .notMet, "Nog niet"),
            ("n", .notApplicable, nil), (nil, .unanswered, nil),
        ] as [(String?, KernCheck.Status, String?)])
    func respondentChecklist(key: String?, status: KernCheck.Status, label: String?) throws {
        let result = assess(key.map { ["visie.a": $0, "visie.b": "4"] } ?? ["visie.b": "4"])
        let checklist = result.kernChecklist
        #expect(checklist.map(\.question.id.description) == ["visie.a"])
        let check = try #require(checklist.first)
        #expect(check.status == status)
        #expect(check.option?.label.text("nl") == label)
        #expect(check.counted == (status.mark == nil ? 0 : 1))
        #expect(checklist.metCount == (status == .met ? 1 : 0))
    }

    func respondent(_ answers: [String: String], role: String = "schoolleider") -> RespondentAssessment {
        var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
        for (id, key) in answers { response.answers[QuestionID(id)!] = Answer(.option(key)) }
        let file = AnswersFile(respondent: Respondent(name: "R", role: role, organisation: "Linde"), responses: [response])
        return Assessor.assess(file, path: "r.yaml", questionnaires: [questionnaire])
    }

    @Test func boardChecklistUsesTheMedianAndCountsRespondents() throws {
        // Values 1, 3, 4 and one n.v.t.: the median of the three values is 3 (grotendeels).
        var aggregate = BoardAggregate(minimumGroup: 3)
        for key in ["1", "3", "4", "n"] { aggregate.add(respondent(["visie.a": key])) }
        let part = try #require(PanelAnalysis().brief(aggregate).parts.first)
        let check = try #require(part.kernChecklist.first)
        #expect(part.kernChecklist.count == 1)
        #expect(check.value == 3)
        #expect(check.status == .met)
        #expect(check.option?.key == "3")
        #expect(check.counted == 3)
        #expect(check.shown == 4)
    }

    @Test func boardChecklistOfEvenCountTakesTheLowerMiddle() throws {
        var aggregate = BoardAggregate(minimumGroup: 3)
        for key in ["2", "2", "3", "3"] { aggregate.add(respondent(["visie.a": key])) }
        let check = try #require(PanelAnalysis().brief(aggregate).parts.first?.kernChecklist.first)
        #expect(check.value == 2)
        #expect(check.status == .partly)
    }

    /// The median of two answers is the lower one: below the minimum group it is withheld.
    @Test func boardChecklistOfTooFewAnswersWithholdsTheMedian() throws {
        var aggregate = BoardAggregate(minimumGroup: 3)
        for key in ["2", "3"] { aggregate.add(respondent(["visie.a": key])) }
        let check = try #require(PanelAnalysis().brief(aggregate).parts.first?.kernChecklist.first)
        #expect(check.value == nil)
        #expect(check.status == .withheld)
        #expect(check.counted == 2)
    }

    @Test func boardChecklistWithoutScoringAnswers() throws {
        var aggregate = BoardAggregate(minimumGroup: 3)
        for key in ["n", "n"] { aggregate.add(respondent(["visie.a": key])) }
        let check = try #require(PanelAnalysis().brief(aggregate).parts.first?.kernChecklist.first)
        #expect(check.status == .notApplicable)
        #expect(check.value == nil)
        #expect(check.counted == 0)
        #expect(check.shown == 2)
    }
}
