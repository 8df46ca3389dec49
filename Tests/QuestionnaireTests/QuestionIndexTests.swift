import Foundation
import Questionnaire
import Synchronization
import Testing

/// A loaded questionnaire numbers its questions, and keeps what is worked out from it once.
@Suite struct LayoutAndMemoTests {
    private static func questionnaire() throws -> Questionnaire {
        let path = RealQuestionnaires.folder + "/waarborg-2/1.0.0.yaml"
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        return try #require(QuestionnaireLoader.load(bytes: bytes, path: path).questionnaire)
    }

    @Test func positionsFollowTheThemesInOrder() throws {
        let questionnaire = try Self.questionnaire()
        let questionIndex = questionnaire.questionIndex
        #expect(questionIndex.questions.map(\.id) == questionnaire.themes.flatMap(\.questions).map(\.id))
        for (position, question) in questionIndex.questions.enumerated() {
            #expect(questionIndex.positions[question.id] == position)
            #expect(questionIndex.names[question.id.description] == position)
            #expect(questionIndex.texts[position] == question.id.description)
            #expect(questionnaire.question(question.id)?.id == question.id)
        }
        #expect(questionIndex.themeRanges.map(\.count) == questionnaire.themes.map(\.questions.count))
        #expect(questionIndex.conditional == questionIndex.questions.indices.filter { questionIndex.questions[$0].showIf != nil })
    }

    @Test func changingTheThemesRenumbersTheQuestions() throws {
        var questionnaire = try Self.questionnaire()
        let first = questionnaire.themes[0].questions.removeFirst()
        #expect(questionnaire.question(first.id) == nil)
        #expect(questionnaire.questionIndex.questions.count == questionnaire.themes.flatMap(\.questions).count)
        #expect(questionnaire.questionIndex.positions[questionnaire.themes[0].questions[0].id] == 0)
    }

    @Test func aMemoMakesEachValueOnceAndCopiesShareIt() throws {
        let questionnaire = try Self.questionnaire()
        let copy = questionnaire
        let made = Mutex(0)
        struct Texts: Sendable { var count: Int }
        let first = questionnaire.questionIndex.derived.value {
            made.withLock { $0 += 1 }; return Texts(count: 1)
        }
        let second = copy.questionIndex.derived.value {
            made.withLock { $0 += 1 }; return Texts(count: 2)
        }
        #expect(first.count == 1 && second.count == 1)
        #expect(made.withLock { $0 } == 1)
        // Another type is another value.
        #expect(copy.questionIndex.derived.value { 7 } == 7)
    }

    @Test func changedThemesStartAnEmptyMemo() throws {
        var questionnaire = try Self.questionnaire()
        _ = questionnaire.questionIndex.derived.value { "before" }
        questionnaire.themes[0].questions.removeLast()
        #expect(questionnaire.questionIndex.derived.value { "after" } == "after")
    }
}
