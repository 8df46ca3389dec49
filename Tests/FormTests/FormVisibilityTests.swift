import Assessment
import Foundation
import Questionnaire
import Reports
import TestSupport
import Testing

/// The page decides which questions are shown with an interpreter of its own; it must
/// decide as `Visibility` does, for every condition the rule language can write.
@Suite(.serialized)
struct FormVisibilityTests {
    @Test(.enabled(if: FormSupport.available, "chromium is not installed (apt-get install chromium); CI runs this test"))
    func thePageShowsTheQuestionsSwiftShows() throws {
        let questionnaires = try [FormSupport.fixture()] + FormSupport.shipped()
        let form = BrowserForm(
            questionnaires: questionnaires, role: FormSupport.role("schoolleider"), language: "nl", title: "Proef", privacy: "")
        let folder = try FormSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let browser = try FormSupport.open(form, in: folder)

        var generator = SeededGenerator(seed: 19)
        let roles: [String?] = [nil, "schoolleider", "schoolopleider", "bestuurder", "werkplekbegeleider"]
        var sets: [[String: Any]] = []
        var expected: [[String]] = []
        var everHidden = Set<String>(), everShown = Set<String>()
        for (part, questionnaire) in questionnaires.enumerated() {
            for _ in 0..<(part == 0 ? 3000 : 500) {
                let role = roles[generator.small() % roles.count]
                let answers = Self.randomAnswers(questionnaire, using: &generator)
                let response = Response(questionnaire: questionnaire.id, version: questionnaire.version, answers: answers)
                let hidden = Visibility(questionnaire, role: role).hidden(in: response)
                let ids = questionnaire.questions.filter { hidden.contains($0.id) }.map(\.id.description)
                expected.append(ids)
                if part == 0 {
                    for question in questionnaire.questions where question.showIf != nil {
                        if hidden.contains(question.id) {
                            everHidden.insert(question.id.description)
                        } else {
                            everShown.insert(question.id.description)
                        }
                    }
                }
                sets.append([
                    "part": part, "role": role as Any? ?? NSNull(),
                    "answers": Dictionary(uniqueKeysWithValues: answers.map { ($0.key.description, FormSupport.json($0.value)) }),
                ])
            }
        }
        // Not a test of nothing: each condition of the fixture both shows and hides its
        // question in some answer sets.
        let conditional = try FormSupport.fixture().questions.filter { $0.showIf != nil }.map(\.id.description)
        #expect(Set(conditional).subtracting(everShown).isEmpty)
        #expect(Set(conditional).subtracting(everHidden).isEmpty)

        var mismatches = 0
        for start in stride(from: 0, to: sets.count, by: 400) {
            let chunk = Array(sets[start..<min(start + 400, sets.count)])
            let text = try browser.string(
                "JSON.stringify(\(try FormSupport.literal(chunk)).map(function (s) { return waarborgForm.hiddenQuestions(s.part, s.role, s.answers); }))"
            )
            let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String]])
            for (offset, hidden) in decoded.enumerated() where hidden != expected[start + offset] {
                mismatches += 1
                if mismatches <= 3 {
                    Issue.record("answer set \(start + offset): the page hides \(hidden), Swift \(expected[start + offset]); \(chunk[offset])")
                }
            }
        }
        #expect(mismatches == 0)
        #expect(sets.count == 5000)
    }

    /// Answers to about four in five questions, of every kind, with values around the
    /// conditions' edges.
    static func randomAnswers(_ questionnaire: Questionnaire, using generator: inout SeededGenerator) -> [QuestionID: Answer] {
        var answers: [QuestionID: Answer] = [:]
        let numbers: [Double] = [0, 1, 2.5, 3, 4, 5, 5.1, 6, 7, 8, 10, 10.5, 11, 15, 20]
        let texts = ["ja", "nee", "Ja", "iets anders", ""]
        for question in questionnaire.questions where generator.small() % 5 != 0 {
            let value: AnswerValue
            switch question.kind {
            case .scale, .choice:
                let options = question.kind.options
                value = .option(options[generator.small() % options.count].key)
            case .multi(let options):
                value = .options(options.filter { _ in generator.small() % 2 == 0 }.map(\.key))
            case .yesno:
                value = .yesno(generator.small() % 2 == 0)
            case .number:
                value = .number(generator.small() % 3 == 0 ? Double(generator.small() % 81) / 4 : numbers[generator.small() % numbers.count])
            case .text:
                value = .text(texts[generator.small() % texts.count])
            }
            answers[question.id] = Answer(value)
        }
        return answers
    }
}
