extension PanelBrief {
    /// Recomputes the region's figures per theme without the boards whose answers on
    /// that theme were migrated from a version in which the theme differs.
    ///
    /// `region` is the list the brief was made with; boards of the brief's own
    /// organisations stay left out, and a theme with fewer than `minimumBoards` other
    /// boards left gets no regional figure.
    public mutating func leaveOutIncomparableRegion(_ region: [BoardAggregate]) {
        guard region.contains(where: { !$0.incomparableThemes.isEmpty }) else { return }
        for index in parts.indices {
            parts[index].region = PanelAnalysis.region(
                parts[index].questionnaire, boards: region, own: Set(organisations), minimum: minimumBoards)
        }
    }
}
