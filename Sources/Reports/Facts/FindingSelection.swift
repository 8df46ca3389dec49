public import Assessment

/// How many development points a report shows up front; the rest go to an appendix.
public struct FindingLimits: Sendable, Hashable {
    /// At most this many per safeguard (questionnaire).
    public var perSafeguard: Int
    /// At most this many in all.
    public var total: Int

    public init(perSafeguard: Int = 5, total: Int = 8) {
        self.perSafeguard = perSafeguard
        self.total = total
    }
}

/// Ranked findings split into those a report shows up front and those it lists in its
/// appendix, counted.
public struct FindingSelection: Sendable {
    public var shown: [Finding] = []
    public var more: [Finding] = []

    /// `ranked` in their order: each goes up front while its safeguard and the whole still
    /// have room, else to the appendix.
    public init(_ ranked: [Finding], limits: FindingLimits) {
        var perQuestionnaire: [String: Int] = [:]
        for finding in ranked {
            let count = perQuestionnaire[finding.questionnaire, default: 0]
            if shown.count < limits.total, count < limits.perSafeguard {
                shown.append(finding)
                perQuestionnaire[finding.questionnaire] = count + 1
            } else {
                more.append(finding)
            }
        }
    }
}
