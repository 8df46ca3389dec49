import Assessment
import Reports
import Testing

/// A report streamed one respondent at a time, its parts made in any order, must equal
/// what the format's renderer makes of all respondents at once.
@Suite struct ReportStreamTests {
    static let formats: [(String, ReportStream.Format, any ReportRenderer)] = [
        ("terminal", .terminal(TerminalReport(language: "nl")), TerminalReport(language: "nl")),
        ("markdown", .markdown(MarkdownReport(language: "en")), MarkdownReport(language: "en")),
        ("json", .json(JSONReport(language: "nl")), JSONReport(language: "nl")),
        ("csv", .csv(AnswersCSV()), AnswersCSV()),
    ]

    @Test(arguments: 0..<4)
    func joinedPartsEqualTheWholeReport(_ format: Int) throws {
        let (name, streamed, renderer) = Self.formats[format]
        let assessments = try ExampleBoardTests.respondents.map(ExampleBoardTests.assessment)
        let stream = ReportStream(streamed)
        // Made back to front, as threads may finish them, and joined in order.
        let parts = assessments.indices.reversed().map { stream.part(assessments[$0], index: $0) }.reversed()
        let joined = stream.prefix + parts.joined() + stream.suffix(after: assessments.count)
        #expect(joined == renderer.render(assessments), "\(name)")
        #expect(stream.prefix + stream.suffix(after: 0) == renderer.render([]), "\(name) without respondents")
    }
}
