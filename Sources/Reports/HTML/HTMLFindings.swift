import Assessment

/// Findings as HTML lists, the same for a respondent's report and a panel brief: the
/// title, where it belongs, why in sentences, the text and actions; with `explain`, the
/// rules and expressions behind it.
struct HTMLFindings {
    var labels: Labels
    /// Why a finding arose, in sentences.
    var why: (Finding) -> [String]
    /// Whether to show the rules and expressions behind each finding (`--explain`).
    var explain: Bool = false
    /// Where a finding belongs: `Waarborg 1 · Visie en beroepsbeeld`.
    var place: (Finding) -> String
    /// The anchor of a finding's item, for links to it (the panel brief's speerpunten).
    var anchor: (Finding) -> String? = { _ in nil }
    /// A finding's own number in a numbered list, when the list shows a selection.
    var number: (Finding) -> Int? = { _ in nil }
    /// What to say instead of the reasons, such as a link to the development point a
    /// question belongs to; nil to give the reasons.
    var instead: (Finding) -> String? = { _ in nil }

    /// The findings as a list, numbered for development points; `none` when there are none.
    func list(_ findings: [Finding], none: String, numbered: Bool = false, full: Bool? = nil) -> String {
        let full = full ?? numbered
        guard !findings.isEmpty else { return "<p class=\"muted\">\(HTMLText.inline(none))</p>\n" }
        let tag = numbered ? "ol" : "ul"
        var out = "<\(tag) class=\"findings\">\n"
        for finding in findings {
            out += "<li"
            if let id = anchor(finding) { out += " id=\"\(HTMLText.escaped(id))\"" }
            if numbered, let value = number(finding) { out += " value=\"\(value)\"" }
            out += "><span class=\"title\">\(HTMLText.inline(finding.title.text(labels.language)))</span>"
            var place = place(finding)
            if let priority = finding.priority {
                place = "\(labels.priority) \(labels.priority(priority)) · " + place
            }
            out += "<span class=\"place\">\(HTMLText.inline(place.capitalisedFirst))</span>"
            if full, let text = finding.text {
                out += "<p class=\"user-text\">\(HTMLText.lines(text.text(labels.language)))</p>"
            }
            let why = why(finding)
            if let instead = instead(finding) {
                out += "<p class=\"why\">\(instead)</p>"
            } else if finding.kind != .strength, !why.isEmpty {
                out +=
                    "<p class=\"why\">" + (full ? "<strong>\(HTMLText.inline(labels.why)):</strong> " : "")
                    + HTMLText.inline(why.joined(separator: " ")) + "</p>"
            }
            if full, !finding.actions.isEmpty {
                out += "<p class=\"small\"><strong>\(HTMLText.inline(labels.actions))</strong></p><ul>"
                for action in finding.actions { out += "<li>\(HTMLText.inline(action.text(labels.language)))</li>" }
                out += "</ul>"
            }
            if explain {
                out += "<ul class=\"explain\">"
                for reason in finding.reasons {
                    out += "<li>\(HTMLText.inline(labels.rule(reason.rule)))"
                    if !reason.expressions.isEmpty {
                        out += ": " + reason.expressions.map { "<code>\(HTMLText.inline($0))</code>" }.joined(separator: ", ")
                    }
                    out += "</li>"
                }
                out += "</ul>"
            }
            out += "</li>\n"
        }
        return out + "</\(tag)>\n"
    }
}
