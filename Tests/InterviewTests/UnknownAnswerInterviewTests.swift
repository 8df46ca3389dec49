import Assessment
import Interview
import Questionnaire
import Testing

/// `fill` offers *weet ik niet* like n.v.t., and asks a note or evidence only with the
/// answers its condition names.
@Suite struct UnknownAnswerInterviewTests {
    static let yaml = """
        questionnaire: proef
        version: 1.0.0
        title: "Proef"
        scales:
          mate:
            - {key: "1", label: "Nog niet", value: 1}
            - {key: "2", label: "In ontwikkeling", value: 2}
            - {key: "3", label: "Grotendeels", value: 3}
            - {key: "4", label: "Volledig", value: 4}
            - {key: "w", label: "Weet ik niet", unknown: true}
            - {key: "n", label: "Niet van toepassing"}
        themes:
          - id: beleid
            title: "Beleid"
            questions:
              - id: inductie
                text: "Er is een inductiebeleid."
                note: none
                evidence: {required: true, for: ["3", "4"]}
              - id: visie
                text: "De visie is vastgelegd."
                note: {required: true, for: ["1"]}
                evidence: required
        """

    func started() throws -> Interview {
        let result = QuestionnaireLoader.load(bytes: Array(Self.yaml.utf8), path: "proef/1.0.0.yaml")
        var interview = Interview(questionnaires: [try #require(result.questionnaire, "\(result.diagnostics)")])
        interview.run(.submit("Anna"), .choose(2), .submit("De Linde"), .submit(""))
        return interview
    }

    @Test func offersTheUnknownOptionWithItsOwnKey() throws {
        let interview = try started()
        let options = try #require(interview.screen.choices?.options)
        #expect(options.map(\.key) == ["1", "2", "3", "4", "w", "n"])
        #expect(options[4].label == "Weet ik niet")
    }

    @Test func evidenceIsAskedOnlyWithTheAnswersItsConditionNames() throws {
        var interview = try started()
        // "Nog niet": no evidence is asked, the answer is saved at once.
        #expect(interview.perform(.choose(0)).save)
        #expect(interview.answer("beleid.inductie") == Answer(.option("1")))
        interview.run(.back)
        interview.run(.choose(3))
        #expect(interview.step == .question(0, .remark(.evidence)))
        interview.run(.submit("Inductiebeleid 2024"))
        #expect(interview.answer("beleid.inductie") == Answer(.option("4"), evidence: "Inductiebeleid 2024"))
    }

    @Test func changingToAnAnswerWithoutTheConditionDropsTheRemark() throws {
        var interview = try started()
        interview.run(.choose(2), .submit("Inductiebeleid 2024"))
        interview.run(.back, .choose(1))
        #expect(interview.answer("beleid.inductie") == Answer(.option("2")))
    }

    @Test func weetNietNeedsNoEvidenceButANoteMayFollowItsCondition() throws {
        var interview = try started()
        interview.run(.choose(0))
        // "Weet ik niet": the note is asked only with "nog niet", the evidence not at all.
        #expect(interview.perform(.choose(4)).save)
        #expect(interview.answer("beleid.visie") == Answer(.option("w")))
        interview.run(.back, .choose(0))
        #expect(interview.step == .question(1, .remark(.note)))
        interview.run(.submit("Nog niets vastgelegd"), .submit("Jaarplan"))
        #expect(interview.answer("beleid.visie") == Answer(.option("1"), note: "Nog niets vastgelegd", evidence: "Jaarplan"))
    }

    @Test func theSummaryCountsWeetNietApartFromNotApplicable() throws {
        var interview = try started()
        interview.run(.choose(4), .choose(5))
        let total = interview.summary.parts[0].total
        #expect(total.answered == 2)
        #expect(total.notApplicable == 1)
    }

    @Test func theTemplateSaysWithWhichAnswersARemarkIsAsked() throws {
        let result = QuestionnaireLoader.load(bytes: Array(Self.yaml.utf8), path: "proef/1.0.0.yaml")
        let questionnaire = try #require(result.questionnaire)
        // Comments wrap at the template's width; read them as one line.
        func unwrapped(_ text: String) -> String { text.replacingOccurrences(of: "\n      # ", with: " ") }
        let text = unwrapped(AnswersTemplate.text(questionnaires: [questionnaire], language: "nl"))
        #expect(text.contains("Onderbouwing verplicht: {value: …, evidence: \"welk document of welke werkwijze toont het?\"} (alleen bij 3, 4)"))
        #expect(text.contains("Toelichting verplicht: {value: …, note: \"…\"} (alleen bij 1)"))
        let english = unwrapped(AnswersTemplate.text(questionnaires: [questionnaire], language: "en"))
        #expect(english.contains("(only with 3, 4)"))
    }
}
