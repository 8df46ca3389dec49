import Assessment
import Questionnaire
import Testing

/// What the privacy rule shows, from the counts alone, worked out by hand.
@Suite struct PrivacyRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var counts: [String: Int]
        var boardRespondents: Int?
        var roles: Set<String>
        var groups: Set<Role.Group>
        var why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(
            counts: ["bestuurder": 1, "schoolleider": 1, "schoolopleider": 1], roles: [], groups: [],
            why: "one per role: no role, and the schools (2) below the minimum"),
        Case(
            counts: ["bestuurder": 1, "schoolleider": 3], roles: [], groups: [],
            why: "three leaders and one board member: the leaders' mean would give the board member's"),
        Case(
            counts: ["bestuurder": 1, "schoolopleider": 1, "leraar": 1, "schoolleider": 3], roles: ["schoolleider"], groups: [],
            why: "the leaders, and three others besides; the schools (5) would leave the board member alone"),
        Case(
            counts: ["bestuurder": 1, "staf": 1, "projectleider": 1, "schoolleider": 1, "leraar": 2], roles: [], groups: [.bestuur, .school],
            why: "three and three: both groups, so the role gap, but no role"),
        Case(
            counts: ["bestuurder": 3, "schoolleider": 3, "schoolopleider": 1], roles: ["bestuurder"], groups: [.bestuur, .school],
            why: "the leaders would leave one schoolopleider in the schools' group; the board members are the board's group"),
        Case(
            counts: ["bestuurder": 1, "schoolleider": 3, "instituutsopleider": 3], roles: ["schoolleider"], groups: [.school],
            why: "leaders and pabo teachers both would leave the board member alone; the leaders are all of the schools' group"),
        Case(
            counts: ["schoolleider": 3, "leraar": 3], roles: ["schoolleider", "leraar"], groups: [.school],
            why: "every respondent in a shown role"),
    ]

    @Test(arguments: cases)
    func whatIsShownApart(_ example: Case) {
        let total = example.counts.values.reduce(0, +)
        let rule = PrivacyRule(minimumGroup: 3, boardRespondents: example.boardRespondents ?? total)
        let disclosure = rule.disclosure(example.counts)
        #expect(disclosure.shownRoles == example.roles)
        #expect(disclosure.shownGroups == example.groups)
        #expect(disclosure.showsRoleGap == (example.groups == [.bestuur, .school]))
    }

    @Test func meansAndSpreadsBySize() {
        let board = PrivacyRule(minimumGroup: 3, boardRespondents: 5)
        #expect(board.showsMean(count: 5) && board.showsSpread(count: 5))
        #expect(board.showsMean(count: 3) && board.showsSpread(count: 3))
        // A statement only two of the five answered: neither its mean nor its range.
        #expect(!board.showsMean(count: 2) && !board.showsSpread(count: 2))
        #expect(!board.showsMean(count: 0))
        // A board of two: its own mean, never lowest and highest (they are the two answers).
        let two = PrivacyRule(minimumGroup: 3, boardRespondents: 2)
        #expect(two.showsMean(count: 2) && !two.showsSpread(count: 2))
        #expect(!two.showsMean(count: 1))
        // A board of one (a joint self-assessment): its figures are the board's.
        let one = PrivacyRule(minimumGroup: 3, boardRespondents: 1)
        #expect(one.showsMean(count: 1) && one.showsSpread(count: 1))
        // Nothing apart in a group whose mean is not shown.
        let small = board.disclosure(["schoolleider": 2])
        #expect(!small.showsMean && small.shownRoles.isEmpty)
    }

    /// The promise in words holds the minimum and reads the same for the brief and before answering.
    @Test func thePromiseNamesTheMinimum() {
        for language in ["nl", "en"] {
            let text = PrivacyRule.promise(minimumGroup: 4, language: language)
            #expect(text.contains("4"))
            #expect(!text.contains("3"))
        }
    }
}
