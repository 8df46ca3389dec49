public import Assessment
public import Questionnaire

/// One line per score in the terminal: a name, the score, a bar and the level, in columns
/// that line up across every table of a report.
public struct ScoreLayout: Sendable {
    public var labels: Labels
    public var width: Int
    /// Columns of the level: the widest label that can occur.
    public var levelWidth: Int

    public init(labels: Labels, width: Int, levelWidth: Int) {
        self.labels = labels
        self.width = width
        self.levelWidth = levelWidth
    }

    /// A layout wide enough for every level label of the assessment's questionnaires.
    public init(assessment: RespondentAssessment, labels: Labels, width: Int) {
        var levels = assessment.questionnaires.flatMap { questionnaire in
            questionnaire.scoring.levels + questionnaire.themes.flatMap { $0.levels ?? [] }
        }
        levels += Level.defaults
        let widest = levels.map { DisplayWidth.of(SafeText.line($0.label.text(labels.language))) }.max() ?? 0
        self.init(labels: labels, width: width, levelWidth: Swift.min(24, widest))
    }

    var table: TextTable {
        TextTable(
            columns: [
                .init(.fill),
                .init(.fixed(TerminalReport.scoreWidth), alignment: .right),
                .init(.fixed(TerminalReport.barWidth)),
                .init(.fixed(levelWidth)),
            ],
            indent: "  ")
    }

    /// The line(s) of one score; without a score, the bar's place says so.
    public func row(
        name: String, score: Double?, method: ScoringMethod, extrapolated: Bool, range: ScoreRange?,
        level: Level?, levels: [Level], style: TerminalStyle, nameTone: TerminalStyle.Tone? = nil
    ) -> [String] {
        let cells: [TextTable.Cell]
        if let score {
            let mark = extrapolated ? labels.extrapolatedMark : ""
            let tone = TerminalStyle.tone(of: level, among: levels)
            cells = [
                TextTable.Cell(name, tone: nameTone),
                TextTable.Cell(labels.number(score, method: method) + mark),
                TextTable.Cell(ScoreBar.text(fraction: range?.fraction(score) ?? 0, width: TerminalReport.barWidth), tone: tone),
                TextTable.Cell(level.map { SafeText.line($0.label.text(labels.language)) } ?? "", tone: tone),
            ]
        } else {
            cells = [TextTable.Cell(name, tone: nameTone), "—", TextTable.Cell(labels.noScore, tone: .muted), ""]
        }
        return table.render([cells], width: width, style: style)
    }
}
