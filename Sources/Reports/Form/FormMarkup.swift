import Assessment
import Questionnaire

/// The form's body: who answers, then per questionnaire and theme one fieldset per
/// question with native controls, each labelled, and the save button.
///
/// Every text is escaped here; option keys never appear in the page (a control's value is
/// the option's position, which the script maps to its key).
struct FormMarkup {
    let form: BrowserForm
    let strings: FormStrings

    private var language: String { form.language }

    func body() -> String {
        var out = """
            <header class="top">
            <h1>\(HTMLText.inline(form.title))</h1>
            <p class="lead">\(HTMLText.inline(strings.intro(role: form.role.label.text(language))))</p>
            <details><summary>\(strings.privacyHeading)</summary><p>\(HTMLText.inline(form.privacy))</p></details>
            <noscript><p class="error">\(strings.needsScript)</p></noscript>
            <div class="progress"><progress id="progress-bar" max="1" value="0" aria-labelledby="progress"></progress> \
            <span id="progress" role="status"></span></div>
            </header>
            <form id="form" novalidate>
            <fieldset class="respondent">
            <legend>\(strings.who)</legend>
            <p><label for="respondent-name">\(strings.name)</label>
            <input id="respondent-name" type="text" autocomplete="name" maxlength="200"></p>
            <p><label for="respondent-organisation">\(strings.organisation)</label>
            <input id="respondent-organisation" type="text" autocomplete="organization" maxlength="200"></p>
            <p><label for="respondent-school">\(strings.school)</label>
            <input id="respondent-school" type="text" maxlength="200"></p>
            <p>\(strings.role): <strong>\(HTMLText.inline(form.role.label.text(language)))</strong></p>
            </fieldset>

            """
        let fields = form.fields
        if fields.contains(where: \.question.kern) {
            out += "<p class=\"small\">\(strings.kernExplanation)</p>\n"
        }
        for (part, questionnaire) in form.questionnaires.enumerated() {
            out += "<section class=\"questionnaire\" aria-labelledby=\"p\(part)\">\n"
            out += "<h2 id=\"p\(part)\">\(HTMLText.inline(questionnaire.title.text(language)))</h2>\n"
            if let description = questionnaire.description {
                out += "<details class=\"about\"><summary>\(strings.about)</summary><p>\(HTMLText.lines(description.text(language)))</p></details>\n"
            }
            for theme in questionnaire.themes {
                let themeFields = fields.filter { $0.part == part && $0.theme.id == theme.id }
                guard !themeFields.isEmpty else { continue }
                out += "<section class=\"theme\">\n<h3>\(HTMLText.inline(theme.title.text(language)))</h3>\n"
                if let description = theme.description {
                    out += "<p class=\"muted\">\(HTMLText.lines(description.text(language)))</p>\n"
                }
                for field in themeFields { out += question(field) }
                out += "</section>\n"
            }
            out += "</section>\n"
        }
        out += """
            <div class="save">
            <button type="submit" id="save">\(strings.save)</button>
            <p id="save-status" role="status"></p>
            <p class="small">\(strings.afterSave)</p>
            </div>
            </form>

            """
        return out
    }

    private func question(_ field: FormField) -> String {
        let n = field.field, question = field.question
        let help = question.help.map { "<p class=\"help\" id=\"q\(n)-help\">\(HTMLText.lines($0.text(language)))</p>\n" } ?? ""
        let described = question.help == nil ? "" : " aria-describedby=\"q\(n)-help\""
        let kern = question.kern ? " <span class=\"kern\">\(strings.kern)</span>" : ""
        var out = """
            <fieldset class="question" id="q\(n)" data-field="\(n)"\(described)>
            <legend><span class="nr" id="q\(n)-nr"></span> \(HTMLText.inline(question.text.text(language)))\(kern)</legend>
            \(help)
            """
        out += controls(field)
        for remark in [Remark.note, .evidence] where remark.requirement(of: question) != .none {
            let name = remark == .note ? strings.note : strings.evidence
            out += """
                <div class="remark-box" id="q\(n)-\(remark.rawValue)-box" hidden>
                <label for="q\(n)-\(remark.rawValue)">\(name) <span id="q\(n)-\(remark.rawValue)-required" hidden>\(strings.required)</span></label>
                <textarea class="remark" id="q\(n)-\(remark.rawValue)" rows="2"></textarea>
                </div>

                """
        }
        if !question.required {
            out += "<p class=\"skip\"><label><input type=\"checkbox\" id=\"q\(n)-skip\"> \(strings.skip)</label></p>\n"
        }
        out += "<p class=\"error\" id=\"q\(n)-error\" role=\"alert\" hidden></p>\n</fieldset>\n"
        return out
    }

    private func controls(_ field: FormField) -> String {
        let n = field.field, question = field.question
        func choices(_ labels: [(String, Bool)], type: String) -> String {
            var out = "<div class=\"options\">\n"
            for (index, (label, aside)) in labels.enumerated() {
                let attributes = aside ? " class=\"aside\"" : ""
                out += "<label\(attributes)><input type=\"\(type)\" name=\"q\(n)\" value=\"\(index)\"> \(HTMLText.inline(label))</label>\n"
            }
            return out + "</div>\n"
        }
        let options = question.kind.options.map { ($0.label.text(language), $0.value == nil && question.kind.isScored) }
        switch question.kind {
        case .scale, .choice:
            return choices(options, type: "radio")
        case .multi:
            return choices(options, type: "checkbox")
        case .yesno:
            return choices([(strings.yes, false), (strings.no, false)], type: "radio")
        case .number(let min, let max):
            return """
                <p><label for="q\(n)-v">\(strings.numberLabel(min: min, max: max))</label>
                <input type="text" inputmode="decimal" id="q\(n)-v" name="q\(n)-v" autocomplete="off" size="10"></p>

                """
        case .text:
            return """
                <p><label for="q\(n)-v">\(strings.answer)</label>
                <textarea id="q\(n)-v" name="q\(n)-v" rows="3"></textarea></p>

                """
        }
    }
}
