public import Assessment
import Diagnostics

/// A report over many answers files written one respondent at a time, so memory stays
/// the same however many files there are: what comes first, each respondent's part with
/// what separates it from the previous one, and what comes last.
///
/// Joined, the pieces equal what the format's renderer makes of all respondents at once.
public struct ReportStream: Sendable {
    public enum Format: Sendable {
        case terminal(TerminalReport)
        case markdown(MarkdownReport)
        case json(JSONReport)
        case csv(AnswersCSV)
    }

    public let format: Format

    public init(_ format: Format) {
        self.format = format
    }

    /// What comes before the first respondent.
    public var prefix: String {
        switch format {
        case .terminal, .markdown: ""
        case .json(let report):
            "{\n  \"format\": \"waarborg-report\",\n  \"version\": \(JSONReport.version),\n  \"language\": "
                + JSONValue.string(report.labels.language).rendered(nestedAt: 1) + ",\n  \"reports\": ["
        case .csv(let csv): csv.header()
        }
    }

    /// The part of the respondent at `index` (0 for the first), with the separator before
    /// it; parts can be made in any order, on any thread, and joined in order.
    public func part(_ assessment: RespondentAssessment, index: Int) -> String {
        let first = index == 0
        switch format {
        case .terminal(let report): return (first ? "" : report.separator) + report.block(assessment)
        case .markdown(let report): return (first ? "" : MarkdownReport.separator) + report.block(assessment)
        case .json(let report): return (first ? "\n    " : ",\n    ") + report.report(assessment).rendered(nestedAt: 2)
        case .csv(let csv): return csv.rows(assessment, number: index + 1)
        }
    }

    /// What comes after `count` respondents' parts.
    public func suffix(after count: Int) -> String {
        switch format {
        case .terminal: "\n"
        case .markdown: ""
        case .json: (count == 0 ? "]" : "\n  ]") + "\n}\n"
        case .csv: ""
        }
    }
}
