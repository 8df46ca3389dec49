import Assessment
import Interview
import Questionnaire
import Testing

/// What a respondent reads before answering says what the panel brief guarantees, in the
/// brief's own words (`PrivacyRule.promise`), with the questionnaire's minimum group.
@Suite struct PrivacyTextTests {
    @Test(arguments: ["nl", "en"])
    func thePrivacyScreenHoldsTheBriefsPromise(_ language: String) {
        for minimum in [3, 5] {
            let text = Strings(language, minimumGroup: minimum).privacy
            #expect(text.contains(PrivacyRule.promise(minimumGroup: minimum, language: language)))
            #expect(Strings(language, minimumGroup: minimum).welcome.contains(text))
        }
        // The old text promised less than the rule now keeps, and said a role could give a person away.
        #expect(!Strings(language).privacy.contains("kan een lezer soms afleiden"))
    }

    @Test func theInterviewTakesTheSmallestMinimumOfItsQuestionnaires() throws {
        let yaml = { (id: String, minimum: Int) in
            """
            questionnaire: \(id)
            version: 1.0.0
            title: "T"
            findings: {minimum_group: \(minimum)}
            scales:
              mate:
                - {key: "1", label: "Nog niet", value: 1}
                - {key: "2", label: "Volledig", value: 2}
            themes:
              - id: t
                title: "T"
                questions:
                  - {id: a, text: "A", type: yesno}
            """
        }
        let questionnaires = try [("een", 4), ("twee", 6)].map { id, minimum in
            try #require(QuestionnaireLoader.load(bytes: Array(yaml(id, minimum).utf8), path: "\(id).yaml").questionnaire)
        }
        let interview = Interview(questionnaires: questionnaires)
        #expect(interview.strings.minimumGroup == 4)
        #expect(interview.strings.privacy.contains("minstens 4 respondenten"))
    }
}
