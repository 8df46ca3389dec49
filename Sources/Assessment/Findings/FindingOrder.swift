import Questionnaire

extension Array where Element == Finding {
    /// Ranked: development points first, then conversation points, panel questions and
    /// strengths. Within a kind, by priority; then a kern statement first; then the
    /// finding furthest below its threshold; then the one with more statements behind it;
    /// then by safeguard and theme, in the questionnaires' own order (`docs/scoring.md`).
    public func ordered(themeOrder: [String: Int]) -> [Finding] {
        ordered { questionnaire, theme in themeOrder["\(questionnaire)/\(theme)"] }
    }

    /// Ordered as ``ordered(themeOrder:)`` with the themes of `questionnaires`, looked up
    /// in place instead of by a key made for every finding. A later questionnaire with the
    /// same id, or a later theme with the same id, decides, as it would in a theme order.
    func ordered(in questionnaires: [Questionnaire]) -> [Finding] {
        var ordered = self
        ordered.order(in: questionnaires)
        return ordered
    }

    /// ``ordered(in:)`` in place.
    mutating func order(in questionnaires: [Questionnaire]) {
        order { id, theme in
            for index in questionnaires.indices.reversed() where questionnaires[index].id == id {
                if let place = questionnaires[index].themes.lastIndex(where: { $0.id == theme }) { return place }
            }
            return nil
        }
    }

    /// ``order(in:)`` for the findings of one questionnaire, borrowed rather than copied
    /// into an array of one.
    mutating func order(of questionnaire: Questionnaire) {
        let themes = questionnaire.themes
        order { id, theme in
            guard id == questionnaire.id else { return nil }
            return themes.lastIndex { $0.id == theme }
        }
    }

    /// Ordered with `themeIndex` giving a theme's place among its questionnaire's themes.
    private func ordered(themeIndex: (_ questionnaire: String, _ theme: String) -> Int?) -> [Finding] {
        var ordered = self
        ordered.order(themeIndex: themeIndex)
        return ordered
    }

    /// Put in order with `themeIndex` giving a theme's place among its questionnaire's
    /// themes; the findings are swapped into place, not copied.
    private mutating func order(themeIndex: (_ questionnaire: String, _ theme: String) -> Int?) {
        // Each finding's place among the themes is looked up once, not in every comparison.
        let keys = map { finding -> SortKey in
            let theme = finding.theme.flatMap { themeIndex(finding.questionnaire, $0) } ?? Int.max
            return SortKey(finding: finding, theme: theme)
        }
        // Keys are compared field by field where they stand: a key copied counts a reference.
        let places = keys.indices.sorted { a, b in
            if keys[a].rank != keys[b].rank { return keys[a].rank < keys[b].rank }
            if keys[a].priority != keys[b].priority { return keys[a].priority < keys[b].priority }
            if keys[a].kern != keys[b].kern { return keys[a].kern }
            if abs(keys[a].distance - keys[b].distance) > 1e-9 { return keys[a].distance > keys[b].distance }
            if keys[a].statements != keys[b].statements { return keys[a].statements > keys[b].statements }
            if keys[a].safeguard != keys[b].safeguard { return keys[a].safeguard < keys[b].safeguard }
            if keys[a].questionnaire != keys[b].questionnaire { return keys[a].questionnaire < keys[b].questionnaire }
            if keys[a].theme != keys[b].theme { return keys[a].theme < keys[b].theme }
            return a < b
        }
        // The finding at `places[i]` goes to `i`: each cycle of the permutation by swaps,
        // in a buffer, whose swaps move where an array's copy.
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where !placed[start] {
                var current = start
                while true {
                    placed[current] = true
                    let next = places[current]
                    if next == start { break }
                    buffer.swapAt(current, next)
                    current = next
                }
            }
        }
    }
}

/// What orders a finding, computed once per finding.
private struct SortKey {
    var rank: Int
    /// Development points by priority; other kinds all alike.
    var priority: Priority
    /// Resting on a kern statement ranks first among equal priorities.
    var kern: Bool
    /// Further below the threshold ranks first.
    var distance: Double
    /// More statements behind it ranks first.
    var statements: Int
    var safeguard: Int
    var questionnaire: String
    var theme: Int

    @inline(__always)
    init(finding: Finding, theme: Int) {
        switch finding.kind {
        case .developmentPoint:
            rank = 0
            priority = finding.priority ?? .laag
        case .conversationPoint:
            rank = 1
            priority = finding.priority ?? .laag
        case .panelQuestion:
            rank = 2
            priority = .laag
        case .strength:
            rank = 3
            priority = .laag
        }
        kern = finding.kern
        distance = finding.distance
        statements = finding.questions.count
        safeguard = finding.safeguard ?? Int.max
        questionnaire = finding.questionnaire
        self.theme = theme
    }
}
