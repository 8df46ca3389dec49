extension Sequence where Element == Questionnaire {
    /// Per questionnaire id the newest version among these, in safeguard order: the
    /// versions a comparison over several files or rounds aligns to.
    public var newestVersions: [Questionnaire] {
        var newest: [String: Questionnaire] = [:]
        for questionnaire in self where (newest[questionnaire.id]?.version).map({ $0 < questionnaire.version }) ?? true {
            newest[questionnaire.id] = questionnaire
        }
        return newest.values.sorted { ($0.safeguard ?? Int.max, $0.id) < ($1.safeguard ?? Int.max, $1.id) }
    }
}
