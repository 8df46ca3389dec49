import Assessment
import Foundation
import Interview
import Questionnaire
import Testing

@Suite struct AnswersTemplateTests {
    typealias F = InterviewFixture

    @Test func theTemplateHasEveryQuestionAndReadsBackWithOnlyTheRespondentMissing() throws {
        let questionnaire = try F.questionnaire()
        let text = AnswersTemplate.text(questionnaires: [questionnaire], language: "nl")
        for question in questionnaire.questions {
            #expect(text.contains("\n      \(question.id):\n"))
        }
        #expect(
            text.contains(
                """
                      # Antwoord: 1 = Nog niet
                      #           2 = In ontwikkeling
                """))
        #expect(text.contains("# Antwoord: ja = Begeleiden") == false)
        #expect(
            text.contains(
                """
                      # Antwoord: een lijst van wat past, bijvoorbeeld [begeleiden, beoordelen]; kies uit:
                      #           begeleiden = Begeleiden
                """))
        #expect(text.contains("# Alleen beantwoorden als answer(rollen.schoolopleider) >= 2; anders leeg laten."))
        let result = AnswersReader.read(bytes: Array(text.utf8), path: "t.yaml", resolver: FixedResolver([questionnaire]))
        #expect(
            result.diagnostics.map(\.message.en) == [
                "the respondent's name is not filled in", "the respondent's role is not filled in", "the board (organisation) is not filled in",
            ])
        let filled =
            text
            .replacingOnce("  name:\n", with: "  name: Anna\n")
            .replacingOnce("  role:\n", with: "  role: leraar\n")
            .replacingOnce("  organisation:\n", with: "  organisation: De Linde\n")
            .replacingOnce("      rollen.schoolopleider:\n", with: "      rollen.schoolopleider: {value: 3, evidence: \"Besluit\"}\n")
        let read = AnswersReader.read(bytes: Array(filled.utf8), path: "t.yaml", resolver: FixedResolver([questionnaire]))
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.file?.responses.first?.answers.count == 1)
    }

    @Test func commentsAreWrapped() throws {
        let text = AnswersTemplate.text(questionnaires: [try F.questionnaire()], language: "en")
        for line in text.split(separator: "\n") where line.contains("#") {
            #expect(line.count <= AnswersTemplate.width, "\(line)")
        }
        #expect(text.contains("# Answer: ja (yes) or nee (no)"))
    }
}

extension String {
    func replacingOnce(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
