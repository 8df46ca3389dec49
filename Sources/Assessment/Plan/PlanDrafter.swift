public import Questionnaire

/// Turns a board's development points into a draft plan, and brings an existing plan up to
/// date with a new self-assessment without touching the board's own text.
public struct PlanDrafter: Sendable {
    /// The language of the prefilled titles and actions (`nl` or `en`).
    public var language: String
    /// The questionnaires the findings come from, whose words the reasons use.
    public var questionnaires: [Questionnaire]

    public init(language: String = "nl", questionnaires: [Questionnaire] = []) {
        self.language = language
        self.questionnaires = questionnaires
    }

    /// What an update changed, by entry id.
    public struct Update: Sendable {
        public var plan: ActionPlan
        /// New development points, added at the end.
        public var added: [String] = []
        /// Entries whose development point no longer follows from the answers.
        public var vanished: [String] = []
        /// Entries marked vanished earlier whose development point is back.
        public var returned: [String] = []
        /// Entries still made for a development point, with reason and priority refreshed.
        public var kept: [String] = []
    }

    /// A draft with one entry per development point, in the findings' order.
    public func draft(board: String, basis: PlanBasis, findings: [Finding]) -> ActionPlan {
        ActionPlan(board: board, basis: basis, entries: Self.points(findings).map(entry))
    }

    /// A new entry for a development point: its facts filled in, the rules' suggested
    /// actions as a start (one empty action when there are none), everything else left
    /// for the board.
    public func entry(for finding: Finding) -> PlanEntry {
        var entry = PlanEntry(
            id: PlanKey.id(of: finding), title: finding.title.text(language),
            actions: finding.actions.isEmpty
                ? [PlanAction(description: nil)] : finding.actions.map { PlanAction(description: $0.text(language)) },
            status: .open)
        refresh(&entry, from: finding)
        return entry
    }

    /// The plan brought up to date with new findings.
    ///
    /// An entry keeps everything the board wrote (title, goal, success criterion, actions,
    /// evaluation, status, covers, notes); the fields taken from its development point
    /// (`questionnaire`, `safeguard`, `theme`, `reason`, `priority`) are refreshed. A
    /// development point that no entry has or covers is added. An entry of waarborg's (its
    /// id starts with a questionnaire id and `/`) whose development point is gone, and
    /// that covers none that remains, is marked `vanished`, never deleted. The board's own
    /// entries stay as they are.
    public func update(_ plan: ActionPlan, basis: PlanBasis, findings: [Finding]) -> Update {
        let points = Self.points(findings)
        var used = Set<Int>()
        var result = Update(plan: plan)
        result.plan.basis = basis
        var own = Set<Int>()
        for index in result.plan.entries.indices {
            let entry = result.plan.entries[index]
            guard let match = points.indices.first(where: { !used.contains($0) && PlanKey.isMade(entry, for: points[$0]) })
            else { continue }
            used.insert(match)
            own.insert(index)
            refresh(&result.plan.entries[index], from: points[match])
        }
        for index in points.indices where !used.contains(index) {
            if result.plan.entries.contains(where: { PlanKey.matches($0, points[index]) }) { used.insert(index) }
        }
        let questionnaires = Set((plan.basis.questionnaires + basis.questionnaires).map(\.id))
        // An entry the board made for a point for discussion stays linked while that point is there.
        let discussed = findings.filter { $0.kind == .conversationPoint }
        for index in result.plan.entries.indices {
            var entry = result.plan.entries[index]
            let linked =
                own.contains(index) || points.contains { PlanKey.matches(entry, $0) }
                || discussed.contains { PlanKey.matches(entry, $0) }
            if linked {
                if entry.vanished != nil {
                    entry.vanished = nil
                    result.returned.append(entry.id)
                } else if own.contains(index) {
                    result.kept.append(entry.id)
                }
            } else if Self.isDerived(entry, questionnaires: questionnaires), entry.vanished == nil {
                entry.vanished = basis.date ?? plan.basis.date
                result.vanished.append(entry.id)
            }
            result.plan.entries[index] = entry
        }
        var taken = Set(result.plan.entries.map(\.id))
        for index in points.indices where !used.contains(index) {
            var entry = entry(for: points[index])
            // Two findings with the same first key (rare) still get distinct ids.
            var id = entry.id, suffix = 2
            while taken.contains(id) {
                id = "\(entry.id)-\(suffix)"
                suffix += 1
            }
            entry.id = id
            taken.insert(id)
            result.plan.entries.append(entry)
            result.added.append(id)
        }
        return result
    }

    static func points(_ findings: [Finding]) -> [Finding] {
        findings.filter { $0.kind == .developmentPoint }
    }

    /// Whether an entry was made by waarborg from a finding, judged by its id.
    static func isDerived(_ entry: PlanEntry, questionnaires: Set<String>) -> Bool {
        guard let slash = entry.id.firstIndex(of: "/") else { return false }
        return questionnaires.contains(String(entry.id[..<slash]))
    }

    private func refresh(_ entry: inout PlanEntry, from finding: Finding) {
        entry.questionnaire = finding.questionnaire
        entry.safeguard = finding.safeguard
        entry.theme = finding.theme
        let questionnaire = questionnaires.last { $0.id == finding.questionnaire }
        entry.reason = ReasonText(language: language, perspective: .board).sentences(for: finding, in: questionnaire)
        entry.priority = finding.priority
    }
}
