public import Assessment

/// Turns a panel brief into one document in some format.
///
/// Renderers are values holding their options (language, colour, width); they never read
/// the environment, so the same brief always gives the same text.
public protocol PanelRenderer: Sendable {
    /// The brief as one text ending in a newline.
    func render(_ brief: PanelBrief) -> String
}
