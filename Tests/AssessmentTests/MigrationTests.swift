import Assessment
import Foundation
import Questionnaire
import Testing

/// Carrying answers from waarborg-2 1.0.0 to 1.1.0, and what cannot be carried.
@Suite struct MigrationTests {
    let old: Questionnaire
    let new: Questionnaire

    init() throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0] + "/questionnaires/waarborg-2/"
        old = try #require(try QuestionnaireLoader.load(path: root + "1.0.0.yaml").questionnaire)
        new = try #require(try QuestionnaireLoader.load(path: root + "1.1.0.yaml").questionnaire)
    }

    func response(_ answers: [String: AnswerValue]) -> Response {
        var response = Response(questionnaire: old.id, version: old.version)
        for (id, value) in answers { response.answers[QuestionID(id)!] = Answer(value, note: "toelichting bij \(id)") }
        return response
    }

    @Test func aSplitStatementCarriesItsAnswerToBothParts() throws {
        let outcome = try Migrator.migrate(response(["begeleiding.gesprekken": .option("2")]), from: old, to: new)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.response.version == new.version)
        #expect(
            outcome.response.answers[QuestionID("begeleiding.gesprekken-gepland")!]
                == Answer(.option("2"), note: "toelichting bij begeleiding.gesprekken"))
        #expect(outcome.response.answers[QuestionID("begeleiding.gesprekken-leervragen")!]?.value == .option("2"))
        #expect(outcome.response.answers[QuestionID("begeleiding.gesprekken")!] == nil)
        #expect(outcome.incomparableThemes.contains("begeleiding"))
    }

    @Test func unchangedQuestionsCarryAsTheyAre() throws {
        let outcome = try Migrator.migrate(response(["beoordeling.criteria": .option("3"), "inductie.beleid": .option("n")]), from: old, to: new)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.response.answers[QuestionID("beoordeling.criteria")!]?.value == .option("3"))
        #expect(outcome.response.answers[QuestionID("inductie.beleid")!]?.value == .option("n"))
        // Rewording keeps a theme comparable; a new conditional question does not.
        #expect(!outcome.incomparableThemes.contains("beoordeling"))
        #expect(outcome.incomparableThemes.contains("inductie"))
        #expect(!outcome.incomparableThemes.contains("stageplaatsen"))
    }

    @Test func answersThatCannotBeCarriedAreReportedNotGuessed() throws {
        // A version that drops one question and recodes another without saying how.
        let edited = try String(contentsOfFile: new.source.path, encoding: .utf8)
            .replacingOccurrences(of: "version: 1.1.0", with: "version: 1.2.0")
            .replacingOccurrences(
                of: "    begeleiding.gesprekken: {to: [begeleiding.gesprekken-gepland, begeleiding.gesprekken-leervragen]}",
                with: "    begeleiding.gesprekken-leervragen: drop"
            )
            .replacingOccurrences(of: "migration:\n  from: 1.0.0", with: "migration:\n  from: 1.1.0")
        let result = QuestionnaireLoader.load(bytes: Array(edited.utf8), path: "waarborg-2-1.2.0.yaml")
        let newer = try #require(result.questionnaire, "\(result.diagnostics)")
        let start = try Migrator.migrate(
            response(["begeleiding.gesprekken": .option("3"), "curriculum.afgestemd": .option("4")]), from: old, to: new)
        let outcome = try Migrator.migrate(start.response, from: new, to: newer)
        #expect(outcome.problems.map(\.question.description) == ["begeleiding.gesprekken-leervragen"])
        #expect(outcome.problems.first?.message.en.contains("drops this question") == true)
        #expect(outcome.response.answers[QuestionID("begeleiding.gesprekken-gepland")!]?.value == .option("3"))
        #expect(outcome.response.answers[QuestionID("curriculum.afgestemd")!]?.value == .option("4"))
    }

    @Test func aChainOfMigrationsIsFoundFromTheDeclarations() throws {
        let chain = try Migrator.chain(from: old.version, to: new, available: [old, new])
        #expect(chain.map(\.version) == [old.version, new.version])
        #expect(throws: Migrator.Failure.self) { try Migrator.chain(from: SemanticVersion(0, 9, 0), to: new, available: [old, new]) }
    }

    @Test func migratingBackwardsOrAcrossQuestionnairesFails() {
        #expect(throws: Migrator.Failure.self) { try Migrator.migrate(response([:]), from: new, to: old) }
    }
}
