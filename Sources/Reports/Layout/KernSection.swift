import Assessment
import Diagnostics
import Questionnaire

/// The checklist of kern statements as the reports show it, the same in a respondent's
/// report and a panel brief: a legend, the count of ticked statements, then per
/// questionnaire one line per statement with its mark and answer.
///
/// The renderers differ only in how an answer reads (`answer`): a respondent's option, or
/// the board's median with the number of respondents.
struct KernSection {
    /// The questionnaires that have kern statements, each with its checklist.
    var parts: [(questionnaire: Questionnaire, checks: [KernCheck])]
    var labels: Labels
    var heading: String
    var legend: String
    var answer: (KernCheck) -> String

    /// Nil when none of the questionnaires has a kern statement to show.
    init?(_ parts: [(Questionnaire, [KernCheck])], labels: Labels, legend: String, answer: @escaping (KernCheck) -> String) {
        let kept = parts.filter { !$0.1.isEmpty }.map { (questionnaire: $0.0, checks: $0.1) }
        guard !kept.isEmpty else { return nil }
        self.parts = kept
        self.labels = labels
        self.heading = labels.kernHeading
        self.legend = legend
        self.answer = answer
    }

    private var all: [KernCheck] { parts.flatMap(\.checks) }

    /// `5 van 7 kernuitspraken grotendeels of volledig`, over every questionnaire; lines a
    /// panel brief withholds (too few answers) count in neither number and are named apart.
    var total: String {
        let shown = all.filter { $0.status != .withheld }
        let withheld = all.count - shown.count
        return labels.kernCount(met: shown.metCount, of: shown.count) + (withheld > 0 ? labels.kernWithheld(withheld) : "")
    }

    /// `2 van 3`: the ticked statements of one questionnaire.
    private func count(_ checks: [KernCheck]) -> String {
        let checks = checks.filter { $0.status != .withheld }
        return labels.language == "en" ? "\(checks.metCount) of \(checks.count)" : "\(checks.metCount) van \(checks.count)"
    }

    private func tone(_ status: KernCheck.Status) -> TerminalStyle.Tone? {
        switch status {
        case .met: .inPlace
        case .partly: .developing
        case .notMet: .attention
        case .notApplicable, .unknown, .unanswered, .withheld: nil
        }
    }

    // MARK: Formats

    /// Lines for the terminal, below a heading the caller draws.
    func terminal(style: TerminalStyle, wrap: (String, String, String) -> [String]) -> [String] {
        var lines = wrap(legend, "  ", "  ").map { style.apply(.muted, $0) }
        lines += wrap(total, "  ", "  ").map { style.apply(.emphasis, $0) }
        for (questionnaire, checks) in parts {
            lines.append("")
            lines += wrap(SafeText.line(questionnaire.title.text(labels.language)) + " · " + count(checks), "  ", "  ")
                .map { style.apply(.emphasis, $0) }
            for check in checks {
                let text = SafeText.line(check.question.text.text(labels.language)) + " — " + SafeText.line(answer(check))
                let wrapped = wrap(text, "    " + (check.status.mark ?? " ") + " ", "      ")
                lines += wrapped.enumerated().map { index, line in
                    guard index == 0, let mark = check.status.mark else { return line }
                    return "    " + style.apply(tone(check.status), mark) + String(line.dropFirst(5))
                }
            }
        }
        return lines
    }

    /// A Markdown section with its `##` heading.
    func markdown() -> String {
        var out = "## \(heading)\n\n" + MarkdownText.inline(legend) + "\n\n**" + MarkdownText.inline(total) + "**\n"
        for (questionnaire, checks) in parts {
            out += "\n**" + MarkdownText.inline(questionnaire.title.text(labels.language)) + "** · " + count(checks) + "\n\n"
            for check in checks {
                let mark = check.status.mark.map { MarkdownText.inline($0) + " " } ?? ""
                out +=
                    "- " + mark + MarkdownText.inline(check.question.text.text(labels.language))
                    + " — *" + MarkdownText.inline(answer(check)) + "*\n"
            }
        }
        return out
    }

    /// An HTML section with its `h2` heading.
    /// The list as an HTML section; without `heading` only its content, for a page that
    /// gives the heading itself (the panel brief's appendix).
    func html(heading withHeading: Bool = true) -> String {
        var out = withHeading ? "<section class=\"kernlist\">\n<h2>\(HTMLText.inline(heading))</h2>\n" : ""

        out += "<p class=\"small\">\(HTMLText.inline(legend))</p>\n<p><strong>\(HTMLText.inline(total))</strong></p>\n"
        for (questionnaire, checks) in parts {
            out += "<h3>\(HTMLText.inline(questionnaire.title.text(labels.language))) <span class=\"small\">· \(count(checks))</span></h3>\n"
            out += "<ul class=\"checklist\">\n"
            for check in checks {
                let mark =
                    check.status.mark.map { mark -> String in
                        let colour =
                            switch check.status {
                            case .met: " tone-in-place"
                            case .partly: " tone-developing"
                            default: " tone-attention"
                            }
                        return "<span class=\"mark\(colour)\" aria-hidden=\"true\">\(mark)</span>"
                    } ?? "<span class=\"mark\"></span>"
                out += "<li>\(mark) \(HTMLText.inline(check.question.text.text(labels.language)))"
                out += " — <em>\(HTMLText.inline(answer(check)))</em></li>\n"
            }
            out += "</ul>\n"
        }
        return out + (withHeading ? "</section>\n" : "")
    }
}

extension KernSection {
    /// A respondent's checklist: the kern statements they were asked, with their answers.
    init?(_ assessment: RespondentAssessment, labels: Labels) {
        self.init(
            assessment.parts.map { ($0.questionnaire, $0.kernChecklist) }, labels: labels, legend: labels.kernLegend,
            answer: labels.kernAnswer)
    }

    /// The board's checklist: per kern statement the median answer and how many answered.
    init?(_ brief: PanelBrief, labels: PanelLabels) {
        self.init(
            brief.parts.map { ($0.questionnaire, $0.kernChecklist) }, labels: labels.report, legend: labels.kernLegend,
            answer: labels.kernAnswer)
    }
}

extension KernCheck {
    /// The check as JSON members: `id`, `text`, `status`, `mark`, `value`, `key`, `label`;
    /// the label is the option's, or the words for an answer without value.
    func jsonMembers(labels: Labels) -> [(String, JSONValue)] {
        [
            ("id", .string(question.id.description)),
            ("text", .string(question.text.text(labels.language))),
            ("status", .string(status.rawValue)),
            ("mark", .string(status.mark)),
            ("value", .number(value)),
            ("key", .string(option?.key)),
            ("label", .string(labels.kernAnswer(self))),
        ]
    }
}
