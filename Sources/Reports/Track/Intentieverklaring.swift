public import Assessment
public import Diagnostics

/// The intentieverklaring of an aspirant board: the agreed development points of its panel
/// verslag, with owners and dates, the term and signature blocks, from a template the
/// project group can change (`questionnaires/intentieverklaring.md`, `docs/track.md`).
public struct Intentieverklaring: Sendable {
    /// The names a template may use.
    public static let schema = TemplateSchema([
        "bestuur": .text, "datum_gesprek": .text, "panel": .text, "termijn": .text, "opgemaakt": .text, "advies": .text,
        "punten": .list(
            TemplateSchema([
                "nummer": .text, "titel": .text, "eigenaar": .text, "datum": .text, "toelichting": .text,
            ])),
        "voorwaarden": .list(TemplateSchema(["tekst": .text])),
    ])

    public let template: DocumentTemplate

    /// The template at `path` with its text; nil with located errors for an unknown name or
    /// a section that is not closed.
    public static func template(_ text: String, path: String) -> (Intentieverklaring?, [Diagnostic]) {
        let (template, diagnostics) = DocumentTemplate.parse(text, path: path, schema: schema)
        return (template.map(Intentieverklaring.init), diagnostics)
    }

    private init(template: DocumentTemplate) {
        self.template = template
    }

    /// What the template is filled in with; dates in Dutch words (`1 maart 2027`).
    public static func values(_ verslag: PanelVerslag, today: PlanDate) -> TemplateValues {
        let labels = PlanLabels(language: "nl")
        let points = verslag.agreedPoints.enumerated().map { index, point -> [String: TemplateValue] in
            [
                "nummer": .text(String(index + 1)), "titel": .text(point.agreedText), "eigenaar": .text(point.owner ?? ""),
                "datum": .text(point.due.map(labels.longDate) ?? ""), "toelichting": .text(point.notes ?? ""),
            ]
        }
        return [
            "bestuur": .text(verslag.board),
            "datum_gesprek": .text(verslag.date.map(labels.longDate) ?? ""),
            "panel": .text(verslag.panel.joined(separator: ", ")),
            "termijn": .text(verslag.term.map(labels.longDate) ?? ""),
            "opgemaakt": .text(labels.longDate(today)),
            "advies": .text(verslag.advice?.rawValue ?? ""),
            "punten": .list(points),
            "voorwaarden": .list(verslag.conditions.map { ["tekst": .text($0)] }),
        ]
    }

    public func markdown(_ verslag: PanelVerslag, today: PlanDate) -> String {
        template.render(Self.values(verslag, today: today), escape: MarkdownText.inline)
    }

    /// A print-ready A4 page.
    public func html(_ verslag: PanelVerslag, today: PlanDate) -> String {
        MarkdownHTML.document(markdown(verslag, today: today), title: "Intentieverklaring " + verslag.board, language: "nl")
    }
}
