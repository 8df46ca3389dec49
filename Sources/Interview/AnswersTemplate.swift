import Assessment
public import Questionnaire

/// An answers file to fill in by hand: every question present with an empty answer, and
/// its text, options, help and what it asks for as YAML comments.
///
/// Read back as it is, every answer is open; `waarborg check` then asks only for the
/// respondent's name, role and board.
public enum AnswersTemplate {
    /// Comments are wrapped to this many characters where the words allow.
    public static let width = 100

    /// The template; with a `role`, only the questions asked of that role, and the role filled in.
    public static func text(questionnaires: [Questionnaire], language: String, role: String? = nil) -> String {
        let strings = Strings(language)
        var out: [String] = []
        func comment(_ text: String, indent: Int, prefix: String = "") {
            let margin = String(repeating: " ", count: indent) + "# "
            for line in wrap(prefix + text, width: width - margin.count, continuation: String(repeating: " ", count: prefix.count)) {
                out.append((margin + line).trailingSpacesRemoved)
            }
        }
        for line in strings.templateIntro { comment(line, indent: 0) }
        if let role {
            let label = questionnaires.lazy.compactMap { $0.role(role) }.first?.label.text(language) ?? role
            comment(strings.workload(Workload(questionnaires, role: role), role: label), indent: 0)
        }
        var roles = questionnaires.roles
        if questionnaires.isEmpty { roles = Role.defaults }
        out.append("respondent:")
        comment(strings.fieldName, indent: 2)
        out.append("  name:")
        comment(strings.templateRoles(roles.map { "\($0.id) (\($0.label.text(language)))" }), indent: 2)
        out.append("  role:" + (role.map { " " + $0 } ?? ""))
        comment(strings.fieldOrganisation, indent: 2)
        out.append("  organisation:")
        comment(strings.fieldSchool, indent: 2)
        out.append("  school:")
        out.append("questionnaires:")
        for questionnaire in questionnaires {
            out.append("  - questionnaire: " + questionnaire.id)
            out.append("    version: " + questionnaire.version.description)
            out.append("    digest: " + questionnaire.source.digest)
            comment(questionnaire.title.text(language), indent: 4)
            if let description = questionnaire.description { comment(description.text(language), indent: 4) }
            out.append("    answers:")
            for theme in questionnaire.themes where theme.questions.contains(where: { $0.isAsked(of: role) }) {
                out.append("")
                comment("── " + theme.title.text(language) + " ──", indent: 6)
                for question in theme.questions where question.isAsked(of: role) {
                    out.append("")
                    var text = question.text.text(language)
                    var marks: [String] = []
                    if question.kern { marks.append(strings.kern) }
                    if !question.required { marks.append(strings.optional) }
                    if !marks.isEmpty { text += " (" + marks.joined(separator: ", ") + ")" }
                    comment(text, indent: 6)
                    if let help = question.help { comment(help.text(language), indent: 6, prefix: strings.helpLabel + ": ") }
                    let prefix = strings.templateAnswer + ": "
                    let hint = answerHint(question, strings: strings)
                    let options = question.kind.options
                    let multi = question.kind.name == "multi"
                    if multi {
                        comment(strings.templateMulti(example: options.prefix(2).map(\.key).joined(separator: ", ")), indent: 6, prefix: prefix)
                    }
                    if !multi, 8 + prefix.count + hint.count <= width || options.isEmpty {
                        comment(hint, indent: 6, prefix: prefix)
                    } else {
                        // One option a line when they do not fit on one.
                        let indent = String(repeating: " ", count: prefix.count)
                        for (index, option) in options.enumerated() {
                            let lead = index == 0 && !multi ? prefix : indent
                            comment(lead + option.key + " = " + option.label.text(language), indent: 6)
                        }
                    }
                    for remark in Remark.allCases where remark.requirement(of: question) != .none {
                        comment(
                            strings.templateRemark(
                                remark, required: remark.requirement(of: question) == .required, only: remark.condition(of: question)),
                            indent: 6)
                    }
                    if let condition = question.showIf {
                        comment(strings.templateShowIf(condition.source), indent: 6)
                    }
                    out.append("      " + question.id.description + ":")
                }
            }
            if questionnaire.questions.contains(where: { !$0.required }) {
                out.append("")
                comment(strings.templateSkipped, indent: 4)
            }
            out.append("    skipped: []")
        }
        if questionnaires.isEmpty { out.append("  []") }
        return out.joined(separator: "\n") + "\n"
    }

    static func answerHint(_ question: Question, strings: Strings) -> String {
        let language = strings.language
        func list(_ options: [AnswerOption]) -> String {
            options.map { $0.key + " = " + $0.label.text(language) }.joined(separator: " · ")
        }
        switch question.kind {
        case .scale(let scale): return list(scale.options)
        case .choice(let options): return list(options)
        case .multi(let options): return list(options)
        case .yesno: return strings.templateYesNo
        case .number(let min, let max): return strings.numberLabel(min: min, max: max).lowercased()
        case .text: return strings.templateText
        }
    }

    /// Words of `text` in lines of at most `width` characters; a word longer than that
    /// gets a line of its own.
    static func wrap(_ text: String, width: Int, continuation: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lead = String(paragraph.prefix { $0 == " " })
            var line = lead
            for word in paragraph.split(separator: " ") {
                if line == lead || line == continuation {
                    line += word
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = continuation + word
                }
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    fileprivate var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
