public import Assessment
import Questionnaire

/// The answers as CSV for the project group's spreadsheets: one row per respondent and
/// question, every question of every questionnaire answered, in questionnaire order.
///
/// Respondents are numbered in the order of their files; their names are personal data
/// and are left out unless `names` is set. Column names are fixed English ids so formulas
/// and scripts keep working whatever the report's language; `docs/panel.md` describes them.
public struct AnswersCSV: ReportRenderer {
    public var writer: CSVWriter
    /// Add a `name` column with the respondent's name.
    public var names: Bool

    public init(format: CSVFormat = CSVFormat(), names: Bool = false) {
        self.writer = CSVWriter(format: format)
        self.names = names
    }

    /// The columns, in order.
    public var columns: [String] {
        ["respondent"] + (names ? ["name"] : []) + [
            "organisation", "school", "role", "questionnaire", "version", "safeguard", "theme", "question", "kern",
            "status", "option", "value", "text", "note", "evidence",
        ]
    }

    public func render(_ assessments: [RespondentAssessment]) -> String {
        var out = header()
        for (index, assessment) in assessments.enumerated() {
            out += rows(assessment, number: index + 1)
        }
        return out
    }

    /// The byte order mark when asked for, and the header line.
    public func header() -> String {
        writer.header(columns)
    }

    /// The rows of one respondent, numbered `number`; so a long list of files can be
    /// written one file at a time.
    public func rows(_ assessment: RespondentAssessment, number: Int) -> String {
        let respondent = assessment.respondent
        var out = ""
        for part in assessment.parts {
            let questionnaire = part.questionnaire
            for question in questionnaire.questions {
                // A hidden question's answer does not count, as in every report.
                let answer = part.hidden.contains(question.id) ? nil : part.response.answers[question.id]
                var cells: [CSVCell] = [.number(Double(number))]
                if names { cells.append(.text(respondent.name)) }
                cells += [
                    .text(respondent.organisation), .text(respondent.school), .text(respondent.role),
                    .text(questionnaire.id), .text(questionnaire.version.description),
                    .number(questionnaire.safeguard.map(Double.init)), .text(question.id.theme), .text(question.id.description),
                    .text(question.kern ? "true" : "false"),
                    .text(status(question, part: part)),
                    .text(answer.flatMap(option)),
                    .number(value(question, answer: answer, part: part)),
                    .text(answer.flatMap(text)),
                    .text(answer?.note), .text(answer?.evidence),
                ]
                out += writer.line(cells)
            }
        }
        return out
    }

    /// `scored`, `nvt`, `weet-niet`, `unanswered`, `skipped`, `hidden`, or `answered` for a question that does not score.
    private func status(_ question: Question, part: ResponseAssessment) -> String {
        if part.hidden.contains(question.id) { return QuestionScore.Status.hidden.rawValue }
        guard part.response.answers[question.id] != nil else {
            return part.response.skipped.contains(question.id) ? "skipped" : QuestionScore.Status.unanswered.rawValue
        }
        guard let score = part.card.question(question.id), score.status != .unscored else { return "answered" }
        return score.status.rawValue
    }

    /// The option key(s) chosen, `true` or `false` for yes/no (the same in every language, and
    /// read back by an answers file); multiple keys joined with `|`.
    private func option(_ answer: Answer) -> String? {
        switch answer.value {
        case .option(let key): key
        case .options(let keys): keys.joined(separator: "|")
        case .yesno(let yes): yes ? "true" : "false"
        case .number, .text: nil
        }
    }

    /// The value that scores, or the number answered.
    private func value(_ question: Question, answer: Answer?, part: ResponseAssessment) -> Double? {
        if case .number(let number)? = answer?.value { return number }
        guard !part.hidden.contains(question.id) else { return nil }
        return part.card.question(question.id)?.value
    }

    private func text(_ answer: Answer) -> String? {
        if case .text(let text) = answer.value { return text }
        return nil
    }
}
