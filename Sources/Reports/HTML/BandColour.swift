import Questionnaire

/// The colour of a level band: the lowest band warm, the highest green, those between blue;
/// the same places as the terminal's tones. Nothing is red: a low band asks for attention,
/// it is not a failure.
///
/// `strong` is for bars and text (at least 4.5:1 on white and on its tint); `tint` for the
/// band's background zone in a chart.
struct BandColour: Sendable, Hashable {
    var strong: String
    var tint: String
    /// The class that colours text in this band: `tone-attention`.
    var className: String

    static let attention = BandColour(strong: "#a4520a", tint: "#fbf1e6", className: "tone-attention")
    static let developing = BandColour(strong: "#1d6fa5", tint: "#eaf2f9", className: "tone-developing")
    static let inPlace = BandColour(strong: "#2f7d4f", tint: "#eaf4ed", className: "tone-in-place")
    /// A score without a level.
    static let neutral = BandColour(strong: "#4f5a63", tint: "#f3f6f8", className: "muted")

    /// The colour of a level by its place among the levels: first, last or between.
    static func of(_ level: Level?, among levels: [Level]) -> BandColour {
        switch TerminalStyle.tone(of: level, among: levels) {
        case .attention?: .attention
        case .developing?: .developing
        case .inPlace?: .inPlace
        default: .neutral
        }
    }
}
