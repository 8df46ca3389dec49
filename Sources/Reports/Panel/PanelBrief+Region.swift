public import Assessment

extension PanelBrief {
    /// Recomputes the region's statistics per theme without the boards whose answers on
    /// that theme were migrated from a version in which the theme differs.
    ///
    /// `region` is the list the brief was made with; boards of the brief's own
    /// organisations stay left out.
    public mutating func leaveOutIncomparableRegion(_ region: [BoardAggregate]) {
        guard region.contains(where: { !$0.incomparableThemes.isEmpty }) else { return }
        let own = Set(organisations)
        for index in parts.indices {
            let questionnaire = parts[index].questionnaire
            var regional: [String: Statistics] = [:]
            for other in region where other.organisations.isDisjoint(with: own) {
                guard let part = other.part(questionnaire.id) else { continue }
                let incomparable = other.incomparableThemes[questionnaire.id] ?? []
                for theme in questionnaire.themes where !incomparable.contains(theme.id) {
                    if let mean = part.theme(theme.id).statistics.mean { regional[theme.id, default: Statistics()].add(mean) }
                }
            }
            parts[index].region = regional
        }
    }
}
