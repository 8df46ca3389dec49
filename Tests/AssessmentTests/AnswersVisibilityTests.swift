import Assessment
import Questionnaire
import Testing

@Suite struct AnswersVisibilityTests {
    private func id(_ text: String) -> QuestionID { QuestionID(text)! }

    private func response(_ answers: [String: AnswerValue], skipped: [String] = []) -> Response {
        var response = Response(questionnaire: "proef", version: SemanticVersion(1, 0, 0))
        for (key, value) in answers { response.answers[id(key)] = Answer(value) }
        response.skipped = Set(skipped.map(id))
        return response
    }

    @Test func questionsWithAFalseConditionAreHidden() throws {
        let visibility = Visibility(try AnswersFixtures.questionnaire(), role: "schoolleider")
        let empty = response([:])
        #expect(visibility.hidden(in: empty) == [id("rollen.taakprofiel"), id("rollen.uren"), id("ontwikkeling.onderwerpen")])
        let low = response(["rollen.schoolopleider": .option("1")])
        #expect(visibility.hidden(in: low).contains(id("rollen.taakprofiel")))
        let high = response(["rollen.schoolopleider": .option("2"), "ontwikkeling.plan": .yesno(true)])
        #expect(visibility.hidden(in: high).isEmpty)
        #expect(visibility.shownQuestions(in: high).count == 9)
    }

    @Test func notApplicableReadsAsNoValue() throws {
        let visibility = Visibility(try AnswersFixtures.questionnaire(), role: nil)
        #expect(!visibility.isShown(id("rollen.taakprofiel"), in: response(["rollen.schoolopleider": .option("n")])))
    }

    @Test func theRoleDecidesRoleConditions() throws {
        let questionnaire = try AnswersFixtures.questionnaire()
        #expect(!Visibility(questionnaire, role: "bestuurder").isShown(id("ontwikkeling.leiding"), in: response([:])))
        #expect(Visibility(questionnaire, role: "leraar").isShown(id("ontwikkeling.leiding"), in: response([:])))
    }

    @Test func removingHiddenAnswersSaysWhichWereRemoved() throws {
        let visibility = Visibility(try AnswersFixtures.questionnaire(), role: "bestuurder")
        let given = response(
            ["rollen.schoolopleider": .option("1"), "rollen.taakprofiel": .option("3"), "rollen.mentoren": .option("2")],
            skipped: ["ontwikkeling.leiding"])
        let (pruned, removed) = visibility.removingHidden(from: given)
        #expect(removed == [id("rollen.taakprofiel"), id("ontwikkeling.leiding")])
        #expect(pruned.answers.keys.sorted() == [id("rollen.mentoren"), id("rollen.schoolopleider")])
        #expect(pruned.skipped.isEmpty)
        #expect(visibility.reason(id("rollen.taakprofiel"), in: given) == "answer(rollen.schoolopleider) = 1 (nog niet) >= 2")
        #expect(visibility.reason(id("rollen.mentoren"), in: given) == nil)
    }

    @Test func remarksFollowTheQuestionAndNotApplicable() throws {
        let questionnaire = try AnswersFixtures.questionnaire()
        let schoolopleider = try #require(questionnaire.question(id("rollen.schoolopleider")))
        #expect(Answer(.option("3")).missingRemarks(for: schoolopleider) == [.evidence])
        #expect(Answer(.option("n")).missingRemarks(for: schoolopleider).isEmpty)
        #expect(Answer(.option("3"), evidence: "Besluit").missingRemarks(for: schoolopleider).isEmpty)
        let taakprofiel = try #require(questionnaire.question(id("rollen.taakprofiel")))
        #expect(Answer(.option("n")).missingRemarks(for: taakprofiel) == [.note])
    }
}
