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
        let layout = questionnaire.layout
        #expect(layout.questions.map(\.id) == questionnaire.themes.flatMap(\.questions).map(\.id))
        for (position, question) in layout.questions.enumerated() {
            #expect(layout.positions[question.id] == position)
            #expect(layout.names[question.id.description] == position)
            #expect(layout.texts[position] == question.id.description)
            #expect(questionnaire.question(question.id)?.id == question.id)
        }
        #expect(layout.themeRanges.map(\.count) == questionnaire.themes.map(\.questions.count))
        #expect(layout.conditional == layout.questions.indices.filter { layout.questions[$0].showIf != nil })
    }

    @Test func changingTheThemesRenumbersTheQuestions() throws {
        var questionnaire = try Self.questionnaire()
        let first = questionnaire.themes[0].questions.removeFirst()
        #expect(questionnaire.question(first.id) == nil)
        #expect(questionnaire.layout.questions.count == questionnaire.themes.flatMap(\.questions).count)
        #expect(questionnaire.layout.positions[questionnaire.themes[0].questions[0].id] == 0)
    }

    @Test func aMemoMakesEachValueOnceAndCopiesShareIt() throws {
        let questionnaire = try Self.questionnaire()
        let copy = questionnaire
        let made = Mutex(0)
        struct Texts: Sendable { var count: Int }
        let first = questionnaire.layout.memo.value {
            made.withLock { $0 += 1 }; return Texts(count: 1)
        }
        let second = copy.layout.memo.value {
            made.withLock { $0 += 1 }; return Texts(count: 2)
        }
        #expect(first.count == 1 && second.count == 1)
        #expect(made.withLock { $0 } == 1)
        // Another type is another value.
        #expect(copy.layout.memo.value { 7 } == 7)
    }

    @Test func changedThemesStartAnEmptyMemo() throws {
        var questionnaire = try Self.questionnaire()
        _ = questionnaire.layout.memo.value { "before" }
        questionnaire.themes[0].questions.removeLast()
        #expect(questionnaire.layout.memo.value { "after" } == "after")
    }
}
