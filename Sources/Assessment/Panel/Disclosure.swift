public import Questionnaire

/// The figures over one group of respondents that the brief may show, from `PrivacyRule`.
public struct Disclosure: Sendable, Hashable {
    /// Respondents behind the figure, per role id.
    public let counts: [String: Int]
    public let rule: PrivacyRule
    /// Roles whose own figures may be shown.
    public let shownRoles: Set<String>
    /// Groups (board, schools) whose own figures may be shown.
    public let shownGroups: Set<Role.Group>

    init(counts: [String: Int], rule: PrivacyRule) {
        let counts = counts.filter { $0.value > 0 }
        self.counts = counts
        self.rule = rule
        let total = counts.values.reduce(0, +)
        if rule.showsMean(count: total) {
            (shownRoles, shownGroups) = Self.choose(counts: counts, rule: rule)
        } else {
            (shownRoles, shownGroups) = ([], [])
        }
    }

    /// Respondents behind the figure.
    public var total: Int { counts.values.reduce(0, +) }

    /// Whether the group's mean may be shown.
    public var showsMean: Bool { rule.showsMean(count: total) }

    /// Whether the group's lowest, highest, median, spread and distribution may be shown.
    public var showsSpread: Bool { rule.showsSpread(count: total) }

    /// Whether a role's own figures may be shown (and a note's role named).
    public func shows(role: String) -> Bool { shownRoles.contains(role) }

    /// Whether a group's own figures may be shown.
    public func shows(group: Role.Group) -> Bool { shownGroups.contains(group) }

    /// Whether the difference between the board's and the schools' means may be shown.
    public var showsRoleGap: Bool { shows(group: .bestuur) && shows(group: .school) }

    // MARK: Choosing the parts

    /// The largest set of roles and groups, each of at least the minimum, whose means
    /// leave no part between 1 and `minimum − 1` respondents to be computed by subtraction.
    ///
    /// The parts nest (board ⊃ group ⊃ role), so what the means reveal is exactly each
    /// shown part minus its largest shown parts within: every such remainder must be
    /// empty, all of the part, or at least the minimum. Few parts qualify (each needs `N`
    /// respondents), so every combination is tried; the one with the most roles, then the
    /// most groups, then the most respondents in shown roles wins, and ties go to the
    /// first in a fixed order, so the choice depends on the counts alone.
    static func choose(counts: [String: Int], rule: PrivacyRule) -> (Set<String>, Set<Role.Group>) {
        let minimum = rule.minimumGroup
        var groupCounts: [Role.Group: Int] = [:]
        for (role, count) in counts {
            if let group = rule.groups[role] { groupCounts[group, default: 0] += count }
        }
        let roles = counts.filter { $0.value >= minimum }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(10).map(\.key)
        let groups = Role.Group.allCases.filter { (groupCounts[$0] ?? 0) >= minimum }
        let total = counts.values.reduce(0, +)

        func allowed(_ remainder: Int, of size: Int) -> Bool {
            remainder == 0 || remainder == size || remainder >= minimum
        }
        func valid(_ shownRoles: [String], _ shownGroups: [Role.Group]) -> Bool {
            // The whole board: less its shown groups and the shown roles outside them.
            var covered = shownGroups.reduce(0) { $0 + (groupCounts[$1] ?? 0) }
            for role in shownRoles where !(rule.groups[role].map(shownGroups.contains) ?? false) {
                covered += counts[role] ?? 0
            }
            guard allowed(total - covered, of: total) else { return false }
            for group in shownGroups {
                let size = groupCounts[group] ?? 0
                let inside = shownRoles.filter { rule.groups[$0] == group }.reduce(0) { $0 + (counts[$1] ?? 0) }
                guard allowed(size - inside, of: size) else { return false }
            }
            return true
        }

        var best: (roles: [String], groups: [Role.Group], key: (Int, Int, Int))?
        let nodes = roles.count + groups.count
        for mask in 0..<(1 << nodes) {
            let chosenRoles = roles.indices.filter { mask & (1 << $0) != 0 }.map { roles[$0] }
            let chosenGroups = groups.indices.filter { mask & (1 << (roles.count + $0)) != 0 }.map { groups[$0] }
            guard valid(chosenRoles, chosenGroups) else { continue }
            let key = (chosenRoles.count, chosenGroups.count, chosenRoles.reduce(0) { $0 + (counts[$1] ?? 0) })
            if best.map({ key > $0.key }) ?? true { best = (chosenRoles, chosenGroups, key) }
        }
        return (Set(best?.roles ?? []), Set(best?.groups ?? []))
    }
}
