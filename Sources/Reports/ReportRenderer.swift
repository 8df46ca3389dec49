public import Assessment

/// Turns assessments into one report document in some format.
///
/// Renderers are values holding their options (language, colour, width); they never read
/// the environment, so the same input always gives the same text.
public protocol ReportRenderer: Sendable {
    /// The report of the assessments, each in turn, as one text ending in a newline.
    func render(_ assessments: [RespondentAssessment]) -> String
}

extension ReportRenderer {
    public func render(_ assessment: RespondentAssessment) -> String {
        render([assessment])
    }
}
