import Questionnaire
import TestSupport
import Testing

@testable import Assessment

/// The value rules both answers decoders follow (`AnswerRules`), on the shipped
/// questionnaires and the fixtures' own.
@Suite struct AnswerRulesTests {
    @Test(arguments: [
        ("ja", true), ("JA", true), ("yes", true), ("True", true), ("nee", false), ("No", false), ("false", false),
    ])
    func yesNoWords(_ text: String, _ yes: Bool) {
        #expect(AnswerRules.yesNo(text) == yes)
    }

    @Test(arguments: ["j", "n", "", "ja ", "1", "0", "on", "off", "nee!"])
    func otherWordsAreNoYesNo(_ text: String) {
        #expect(AnswerRules.yesNo(text) == nil)
    }

    /// Both bounds are included; the lower one is named first.
    @Test func numberBounds() {
        #expect(AnswerRules.bound(passedBy: 0, min: 0, max: 10) == nil)
        #expect(AnswerRules.bound(passedBy: 10, min: 0, max: 10) == nil)
        #expect(AnswerRules.bound(passedBy: -0.5, min: 0, max: 10) == .belowMinimum(0))
        #expect(AnswerRules.bound(passedBy: 10.5, min: 0, max: 10) == .aboveMaximum(10))
        #expect(AnswerRules.bound(passedBy: -1e300, min: nil, max: nil) == nil)
        #expect(AnswerRules.bound(passedBy: 5, min: 6, max: 4) == .belowMinimum(6))
    }

    @Test func digests() throws {
        let questionnaire = try #require(
            try QuestionnaireLoader.load(path: Fixtures.repositoryPath("questionnaires/waarborg-1/2.0.0.yaml")).questionnaire)
        #expect(AnswerRules.digestMatches(nil, questionnaire))
        #expect(AnswerRules.digestMatches(questionnaire.source.digest, questionnaire))
        #expect(!AnswerRules.digestMatches("sha256:" + String(repeating: "0", count: 64), questionnaire))
        #expect(QuestionnaireDigest.isWellFormed(questionnaire.source.digest))
        #expect(!QuestionnaireDigest.isWellFormed("sha256:abc"))
        #expect(!QuestionnaireDigest.isWellFormed("sha512:" + String(repeating: "0", count: 64)))
    }

    /// The first questionnaire that lacks the role names the roles to choose from; without
    /// questionnaires, the default roles do.
    @Test func roles() throws {
        let questionnaire = try #require(
            try QuestionnaireLoader.load(path: Fixtures.repositoryPath("questionnaires/waarborg-1/2.0.0.yaml")).questionnaire)
        let known = try #require(questionnaire.roles.first?.id)
        #expect(AnswerRules.rolesLacking(known, in: [questionnaire]) == nil)
        #expect(AnswerRules.rolesLacking("conciërge", in: [questionnaire])?.map(\.id) == questionnaire.roles.map(\.id))
        #expect(AnswerRules.rolesLacking("conciërge", in: [])?.map(\.id) == Role.defaults.map(\.id))
        #expect(AnswerRules.rolesLacking(try #require(Role.defaults.first?.id), in: []) == nil)
    }

    /// What `Answer.requires` says, for every question of the shipped questionnaires and
    /// every option or a plain value: the rule is the one the event decoder checks.
    @Test func remarksAsTheAnswerSaysThem() throws {
        let catalog = try Catalog.directory(Fixtures.repositoryPath("questionnaires"))
        var required = 0
        for entry in catalog.entries {
            let questionnaire = try #require(try catalog.load(entry).questionnaire)
            for question in questionnaire.questions {
                let values: [AnswerValue] =
                    question.kind.options.isEmpty ? [.text("x"), .number(1), .yesno(true)] : question.kind.options.map { .option($0.key) }
                for value in values {
                    for remark in Remark.allCases {
                        let rule = AnswerRules.requires(
                            remark, base: remark.requirement(of: question), only: remark.condition(of: question), value: value,
                            options: question.kind.options,
                            scored: question.kind.isScored)
                        #expect(Answer(value).requires(remark, for: question) == rule)
                        let exempt = remark == .evidence && (Answer(value).isNotApplicable(to: question) || Answer(value).isUnknown(to: question))
                        #expect(rule == (remark.requirement(of: question, for: value) == .required && !exempt))
                        if rule { required += 1 }
                    }
                }
            }
        }
        #expect(required > 0)
    }
}
