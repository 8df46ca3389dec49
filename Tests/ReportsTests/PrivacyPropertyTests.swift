import Assessment
import Foundation
import Questionnaire
import Reports
import TestSupport
import Testing

/// The privacy rule as arithmetic: for every board of 1–6 respondents with one or two per
/// role, every figure the brief (as JSON, the superset of the other formats) shows about a
/// theme is written as a linear equation over the respondents' theme scores, and solving
/// that system must not give any single respondent's score.
///
/// A mean over a group is the row `1/|group|` on its members; a role gap is the difference
/// of two such rows; lowest, highest and spread over a group of fewer than the minimum are
/// modelled as giving every member's value (one unit row each), as they do for two or
/// three respondents. Over a group of at least the minimum they are not modelled: the rule
/// accepts that lowest, mean and highest of exactly `N` give the `N` values, but not whose.
@Suite struct PrivacyPropertyTests {
    /// Roles with their groups: two of the board, three of the schools, one in neither.
    static let roles = ["bestuurder", "staf", "schoolleider", "schoolopleider", "leraar", "instituutsopleider"]

    static let questionnaire: Questionnaire = {
        let yaml = """
            questionnaire: privacy
            version: 1.0.0
            title: "Privacy"
            scales:
              mate:
                - {key: "1", label: "Nog niet", value: 1}
                - {key: "2", label: "In ontwikkeling", value: 2}
                - {key: "3", label: "Grotendeels", value: 3}
                - {key: "4", label: "Volledig", value: 4}
            findings:
              role_gap: 0.01
            themes:
              - id: visie
                title: "Visie"
                questions:
                  - {id: a, text: "A"}
                  - {id: b, text: "B"}
                  - {id: c, text: "C"}
            """
        return QuestionnaireLoader.load(bytes: Array(yaml.utf8), path: "privacy.yaml").questionnaire!
    }()

    /// Every assignment of 0, 1 or 2 respondents to each role with 1 to 6 in all.
    static var assignments: [[String]] {
        var out: [[String]] = []
        func walk(_ index: Int, _ chosen: [String]) {
            if index == roles.count {
                if (1...6).contains(chosen.count) { out.append(chosen) }
                return
            }
            for count in 0...2 where chosen.count + count <= 6 {
                walk(index + 1, chosen + Array(repeating: roles[index], count: count))
            }
        }
        walk(0, [])
        return out
    }

    /// A brief over respondents in `roles`, each answering the three statements with values
    /// drawn from `generator`.
    static func brief(_ roles: [String], minimumGroup: Int, generator: inout SeededGenerator) -> PanelBrief {
        var board = BoardAggregate(minimumGroup: minimumGroup)
        for (index, role) in roles.enumerated() {
            var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
            for id in ["visie.a", "visie.b", "visie.c"] {
                response.answers[QuestionID(id)!] = Answer(.option("\(1 + generator.small() % 4)"))
            }
            let file = AnswersFile(respondent: Respondent(name: "R\(index)", role: role, organisation: "Stichting P"), responses: [response])
            board.add(Assessor.assess(file, path: "r\(index).yaml", questionnaires: [questionnaire]))
        }
        return PanelAnalysis().brief(board)
    }

    /// The linear equations the JSON brief shows about theme `visie`, over respondents in `roles`.
    static func equations(_ json: String, roles: [String], minimumGroup: Int) throws -> [[Double]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let questionnaires = try #require(document["questionnaires"] as? [[String: Any]])
        let theme = try #require((questionnaires.first?["themes"] as? [[String: Any]])?.first { $0["id"] as? String == "visie" })
        let groups = Dictionary(uniqueKeysWithValues: Role.defaults.map { ($0.id, $0.group?.rawValue) })
        var rows: [[Double]] = []

        func figures(_ statistics: [String: Any]?, members: [Int]) {
            guard let statistics, !members.isEmpty else { return }
            if statistics["mean"] is Double { rows.append(mean(members, count: roles.count)) }
            let spread = ["min", "max", "standard_deviation"].contains { statistics[$0] is Double }
            if spread, members.count < minimumGroup {
                for member in members { rows.append(unit(member, count: roles.count)) }
            }
        }
        figures(theme["statistics"] as? [String: Any], members: Array(roles.indices))
        for (role, value) in theme["by_role"] as? [String: Any] ?? [:] {
            figures(value as? [String: Any], members: roles.indices.filter { roles[$0] == role })
        }
        for (group, value) in theme["by_group"] as? [String: Any] ?? [:] {
            figures(value as? [String: Any], members: roles.indices.filter { groups[roles[$0]] == group })
        }
        let findings = document["findings"] as? [[String: Any]] ?? []
        let gaps = findings.filter { finding in
            finding["theme"] as? String == "visie"
                && ((finding["reasons"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "builtin:role_gap" }
        }
        if !gaps.isEmpty {
            let board = mean(roles.indices.filter { groups[roles[$0]] == "bestuur" }, count: roles.count)
            let school = mean(roles.indices.filter { groups[roles[$0]] == "school" }, count: roles.count)
            rows.append(zip(board, school).map { $0 - $1 })
        }
        return rows
    }

    @Test(arguments: [2, 3])
    func noRespondentsThemeScoreCanBeSolvedFor(minimumGroup: Int) throws {
        var generator = SeededGenerator(seed: 14)
        var beyondTheMean = 0
        for roles in Self.assignments {
            for _ in 0..<3 {
                let brief = Self.brief(roles, minimumGroup: minimumGroup, generator: &generator)
                let rows = try Self.equations(PanelJSON().render(brief), roles: roles, minimumGroup: minimumGroup)
                #expect(!rows.isEmpty, "the board's mean is always shown")
                beyondTheMean += rows.count - 1
                // A board of one: its scores are that respondent's (a joint self-assessment);
                // its lowest and highest are that same score.
                if roles.count == 1 { continue }
                for respondent in roles.indices {
                    #expect(
                        !Self.derivable(respondent, from: rows, count: roles.count),
                        "\(roles[respondent]) of \(roles) can be solved for from \(rows)")
                }
            }
        }
        // The test is not empty: groups, roles or gaps were shown besides the board's mean.
        #expect(beyondTheMean > 100)
    }

    /// The rule before it was written once: a role gap shown whatever the group sizes, and
    /// lowest and highest over the whole board. The solver finds the board member.
    @Test func theOldRuleIsCaught() {
        // Bestuurder, schoolleider, schoolopleider: mean and gap (board − schools).
        let roles = ["bestuurder", "schoolleider", "schoolopleider"]
        let mean = Self.mean([0, 1, 2], count: 3)
        let gap = zip(Self.mean([0], count: 3), Self.mean([1, 2], count: 3)).map { $0 - $1 }
        #expect(Self.derivable(0, from: [mean, gap], count: roles.count))
        #expect(!Self.derivable(1, from: [mean, gap], count: roles.count))
        // Only the mean: no one.
        #expect(!(0..<3).contains { Self.derivable($0, from: [mean], count: 3) })
        // And over all small boards the old rule lets someone be solved for in 83 of the 434.
        var caught = 0
        let groups = Dictionary(uniqueKeysWithValues: Role.defaults.map { ($0.id, $0.group) })
        for roles in Self.assignments where roles.count > 1 {
            let board = roles.indices.filter { groups[roles[$0]] == .bestuur }
            let schools = roles.indices.filter { groups[roles[$0]] == .school }
            var rows = [Self.mean(Array(roles.indices), count: roles.count)]
            if !board.isEmpty, !schools.isEmpty {
                rows.append(zip(Self.mean(board, count: roles.count), Self.mean(schools, count: roles.count)).map { $0 - $1 })
            }
            if roles.count < 3 { rows += roles.indices.map { Self.unit($0, count: roles.count) } }
            if roles.indices.contains(where: { Self.derivable($0, from: rows, count: roles.count) }) { caught += 1 }
        }
        #expect(Self.assignments.count == 434)
        #expect(caught == 83)
    }

    // MARK: Linear algebra

    static func mean(_ members: [Int], count: Int) -> [Double] {
        var row = [Double](repeating: 0, count: count)
        for member in members { row[member] = 1 / Double(members.count) }
        return row
    }

    static func unit(_ index: Int, count: Int) -> [Double] {
        var row = [Double](repeating: 0, count: count)
        row[index] = 1
        return row
    }

    /// Whether the unit vector of `respondent` lies in the span of `rows`: then the shown
    /// figures give that respondent's score exactly.
    static func derivable(_ respondent: Int, from rows: [[Double]], count: Int) -> Bool {
        rank(rows) == rank(rows + [unit(respondent, count: count)])
    }

    /// The rank by Gaussian elimination with partial pivoting.
    static func rank(_ rows: [[Double]]) -> Int {
        var matrix = rows
        var rank = 0
        let columns = matrix.first?.count ?? 0
        for column in 0..<columns where rank < matrix.count {
            guard let pivot = (rank..<matrix.count).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                abs(matrix[pivot][column]) > 1e-9
            else { continue }
            matrix.swapAt(rank, pivot)
            for row in 0..<matrix.count where row != rank {
                let factor = matrix[row][column] / matrix[rank][column]
                for k in 0..<columns { matrix[row][k] -= factor * matrix[rank][k] }
            }
            rank += 1
        }
        return rank
    }
}
