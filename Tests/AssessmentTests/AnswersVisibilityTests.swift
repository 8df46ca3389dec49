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

    /// A board theme for bestuurder and staf, and a question for mentors only.
    static let rolesQuestionnaire = """
        questionnaire: proef
        version: 1.0.0
        title: "Rollen"
        scales:
          mate:
            - {key: "1", label: "Nog niet", value: 1}
            - {key: "4", label: "Volledig", value: 4}
        themes:
          - id: bestuur
            title: "Bestuur"
            roles: [bestuurder, staf]
            questions:
              - {id: begroting, text: "Er is een begroting."}
              - {id: teams, text: "Teams weten het.", roles: [schoolleider]}
          - id: begeleiding
            title: "Begeleiding"
            questions:
              - {id: gesprek, text: "Er zijn gesprekken."}
              - {id: geschoold, text: "Ik ben geschoold.", roles: werkplekbegeleider}
        """

    @Test func questionsForOtherRolesAreHiddenAndLeftOutOfScores() throws {
        let loaded = QuestionnaireLoader.load(bytes: Array(Self.rolesQuestionnaire.utf8), path: "rollen.yaml")
        let questionnaire = try #require(loaded.questionnaire, "\(loaded.diagnostics)")
        // A question's own roles replace its theme's.
        #expect(questionnaire.question(id("bestuur.begroting"))?.roles == ["bestuurder", "staf"])
        #expect(questionnaire.question(id("bestuur.teams"))?.roles == ["schoolleider"])
        #expect(questionnaire.question(id("begeleiding.gesprek"))?.roles == nil)

        let all = response([
            "bestuur.begroting": .option("4"), "bestuur.teams": .option("1"), "begeleiding.gesprek": .option("1"),
            "begeleiding.geschoold": .option("1"),
        ])
        let mentor = Visibility(questionnaire, role: "werkplekbegeleider")
        #expect(mentor.hidden(in: all) == [id("bestuur.begroting"), id("bestuur.teams")])
        #expect(mentor.reason(id("bestuur.begroting"), in: all)?.en == "it is asked of bestuurder, staf, not of werkplekbegeleider")
        #expect(Visibility(questionnaire, role: "bestuurder").hidden(in: all) == [id("bestuur.teams"), id("begeleiding.geschoold")])
        // Without a known role nothing is hidden for a role.
        #expect(Visibility(questionnaire, role: nil).hidden(in: all).isEmpty)

        // The board's 4 does not count for the mentor: the theme has no score for them.
        let assessed = Assessor.assess(all, of: questionnaire, role: "werkplekbegeleider")
        #expect(assessed.card.theme("bestuur")?.score == nil)
        #expect(assessed.card.theme("begeleiding")?.score == 1)
        #expect(Assessor.assess(all, of: questionnaire, role: "bestuurder").card.theme("bestuur")?.score == 4)

        // What a role gets, and about how long it takes.
        #expect(Workload([questionnaire], role: "werkplekbegeleider") == Workload(questions: 2, followUps: 0, seconds: 46))
        #expect(Workload([questionnaire], role: "schoolleider").questions == 2)
        #expect(Workload([questionnaire], role: nil).questions == 4)
    }
}
