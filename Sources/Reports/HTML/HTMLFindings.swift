import Assessment

/// Findings as HTML lists, the same for a respondent's report and a panel brief: the
/// title, where it belongs, the text and actions, and every reason with its facts.
struct HTMLFindings {
    var labels: Labels
    /// Names a reason's rule: `regel visie-laag`.
    var rule: (String) -> String
    /// Where a finding belongs: `Waarborg 1 · Visie en beroepsbeeld`.
    var place: (Finding) -> String

    /// The findings as a list, numbered for development points; `none` when there are none.
    func list(_ findings: [Finding], none: String, numbered: Bool = false) -> String {
        guard !findings.isEmpty else { return "<p class=\"muted\">\(HTMLText.inline(none))</p>\n" }
        let tag = numbered ? "ol" : "ul"
        var out = "<\(tag) class=\"findings\">\n"
        for finding in findings {
            out += "<li><span class=\"title\">\(HTMLText.inline(finding.title.text(labels.language)))</span>"
            var place = place(finding)
            if let priority = finding.priority {
                place = "\(labels.priority) \(labels.priority(priority)) · " + place
            }
            out += "<span class=\"place\">\(HTMLText.inline(place.capitalisedFirst))</span>"
            if let text = finding.text {
                out += "<p class=\"user-text\">\(HTMLText.lines(text.text(labels.language)))</p>"
            }
            if !finding.actions.isEmpty {
                out += "<p class=\"small\"><strong>\(HTMLText.inline(labels.actions))</strong></p><ul>"
                for action in finding.actions { out += "<li>\(HTMLText.inline(action.text(labels.language)))</li>" }
                out += "</ul>"
            }
            if !finding.reasons.isEmpty {
                out += "<ul class=\"why\" aria-label=\"\(HTMLText.inline(labels.why))\">"
                for reason in finding.reasons {
                    out += "<li>\(HTMLText.inline(labels.why)): \(HTMLText.inline(rule(reason.rule)))"
                    if !reason.facts.isEmpty {
                        out += ": " + reason.facts.map { "<code>\(HTMLText.inline($0))</code>" }.joined(separator: ", ")
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
