import Diagnostics
import TestSupport
import Testing

@testable import Reports

/// The intentieverklaring's template: placeholders, sections, standalone lines, and every
/// mistake a project group can make in it reported at its `{{`.
@Suite struct DocumentTemplateTests {
    static let schema = TemplateSchema([
        "bestuur": .text,
        "datum": .text,
        "toelichting": .text,
        "ondertekend": .flag,
        "punten": .list(
            TemplateSchema([
                "titel": .text,
                "eigenaar": .text,
                "acties": .list(TemplateSchema(["wat": .text])),
            ])),
    ])

    static let values: TemplateValues = [
        "bestuur": .text("Stichting X"),
        "datum": .text("1 mei"),
        "ondertekend": .flag(true),
        "punten": .list([
            ["titel": .text("Visie"), "eigenaar": .text("Jan"), "acties": .list([["wat": .text("plan")], ["wat": .text("overleg")]])],
            ["titel": .text("Borging"), "eigenaar": .text("Piet"), "acties": .list([])],
        ]),
    ]

    func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> DocumentTemplate {
        let (template, diagnostics) = DocumentTemplate.parse(text, path: "t.md", schema: Self.schema)
        #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
        return try #require(template, sourceLocation: sourceLocation)
    }

    func render(_ text: String, _ values: TemplateValues = Self.values, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try parsed(text, sourceLocation: sourceLocation).render(values) { $0 }
    }

    /// The first lines of the diagnostics, in English.
    func errors(_ text: String) -> [String] {
        let (template, diagnostics) = DocumentTemplate.parse(text, path: "t.md", schema: Self.schema)
        #expect(template == nil)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        return diagnostics.map(\.description)
    }

    // MARK: Rendering

    @Test func substitutesValues() throws {
        #expect(try render("Bestuur: {{bestuur}}, {{ datum }}.") == "Bestuur: Stichting X, 1 mei.")
        #expect(try render("Geen plaatshouders\nhier.\n") == "Geen plaatshouders\nhier.\n")
        // A name the values lack renders as empty.
        #expect(try render("[{{toelichting}}]") == "[]")
    }

    @Test func listSectionsSeeTheirItemsAndTheNamesOutside() throws {
        let text = """
            # Punten
            {{#punten}}
            - {{titel}} ({{eigenaar}}) voor {{bestuur}}
            {{#acties}}
              - {{wat}} door {{eigenaar}}
            {{/acties}}
            {{/punten}}
            Einde
            """
        #expect(
            try render(text) == """
                # Punten
                - Visie (Jan) voor Stichting X
                  - plan door Jan
                  - overleg door Jan
                - Borging (Piet) voor Stichting X
                Einde
                """)
        // An item's name hides an outer one of the same name.
        let schema = TemplateSchema(["naam": .text, "items": .list(TemplateSchema(["naam": .text]))])
        let template = try #require(DocumentTemplate.parse("{{#items}}{{naam}},{{/items}}{{naam}}", path: "t.md", schema: schema).template)
        #expect(template.render(["naam": .text("buiten"), "items": .list([["naam": .text("binnen")], [:]])]) { $0 } == "binnen,buiten,buiten")
    }

    @Test func flagAndInvertedSections() throws {
        let text = "{{#ondertekend}}getekend{{/ondertekend}}{{^ondertekend}}niet getekend{{/ondertekend}}"
        #expect(try render(text, ["ondertekend": .flag(true)]) == "getekend")
        #expect(try render(text, ["ondertekend": .flag(false)]) == "niet getekend")
        #expect(try render(text, [:]) == "niet getekend")

        let list = "{{#punten}}{{titel}} {{/punten}}{{^punten}}geen punten{{/punten}}"
        #expect(try render(list) == "Visie Borging ")
        #expect(try render(list, ["punten": .list([])]) == "geen punten")

        let note = "{{#toelichting}}Toelichting: {{toelichting}}{{/toelichting}}{{^toelichting}}-{{/toelichting}}"
        #expect(try render(note, ["toelichting": .text("zie bijlage")]) == "Toelichting: zie bijlage")
        #expect(try render(note, ["toelichting": .text("")]) == "-")
        #expect(try render(note, ["toelichting": .text("  \n")]) == "-")
    }

    @Test func sectionTagsAloneOnTheirLineTakeTheLine() throws {
        #expect(try render("a\n  {{#punten}}  \n* {{titel}}\n\t{{/punten}}\nb\n") == "a\n* Visie\n* Borging\nb\n")
        // At the start and end of the text, without a final line break.
        #expect(try render("{{^ondertekend}}\nnee\n{{/ondertekend}}", ["ondertekend": .flag(false)]) == "nee\n")
        // CR LF and a lone CR are line breaks too.
        #expect(try render("a\r\n{{#ondertekend}}\r\nja\r\n{{/ondertekend}}\r\nb") == "a\r\nja\r\nb")
        #expect(try render("a\r{{#ondertekend}}\rja\r{{/ondertekend}}\rb") == "a\rja\rb")
        // Not alone: the line and its spaces stay.
        #expect(try render("a {{#ondertekend}}ja{{/ondertekend}} b\n") == "a ja b\n")
        #expect(try render("{{#ondertekend}}ja\n{{/ondertekend}}x\n") == "ja\nx\n")
        // A value tag alone on its line is not removed.
        #expect(try render("a\n{{toelichting}}\nb") == "a\n\nb")
    }

    @Test func commentsAreDropped() throws {
        #expect(try render("a{{! weg }}b\n{{! een regel }}\nc\n  {{! over\ntwee regels }}\nd") == "ab\nc\nd")
        #expect(try render("{{!}}x{{! {niet} }}") == "x")
    }

    @Test func escapeIsAppliedToValuesOnly() throws {
        let template = try parsed("*{{bestuur}}* {{#punten}}[{{titel}}]{{/punten}}")
        #expect(template.render(Self.values) { "<\($0)>" } == "*<Stichting X>* [<Visie>][<Borging>]")
        let hostile: TemplateValues = ["bestuur": .text("*vet* <b>x</b> | # kop"), "punten": .list([])]
        #expect(template.render(hostile, escape: MarkdownText.inline) == "*\\*vet\\* \\<b\\>x\\</b\\> \\| # kop* ")
    }

    // MARK: Errors

    @Test func unknownNameWithSuggestionAndTheNamesInScope() throws {
        let (_, diagnostics) = DocumentTemplate.parse("Hallo {{bestur}}!", path: "t.md", schema: Self.schema)
        #expect(diagnostics.map(\.description) == ["t.md:1:7: error: unknown name 'bestur'; did you mean 'bestuur'?"])
        #expect(diagnostics.first?.notes.map(\.message.en) == ["names known here: bestuur, datum, ondertekend, punten, toelichting"])
        #expect(diagnostics.first?.message.nl == "onbekende naam ‘bestur’; bedoel je ‘bestuur’?")

        let (_, inner) = DocumentTemplate.parse("{{#punten}}\n  {{titl}}\n{{/punten}}", path: "t.md", schema: Self.schema)
        #expect(inner.map(\.description) == ["t.md:2:3: error: unknown name 'titl'; did you mean 'titel'?"])
        #expect(
            inner.first?.notes.map(\.message.en) == ["names known here: acties, bestuur, datum, eigenaar, ondertekend, punten, titel, toelichting"])

        // An item's names are not in scope outside its section, nor in an inverted one.
        #expect(
            errors("{{titel}}\n{{^punten}}{{titel}}{{/punten}}") == [
                "t.md:1:1: error: unknown name 'titel'",
                "t.md:2:12: error: unknown name 'titel'",
            ])
        #expect(errors("{{#onbekend}}x{{/onbekend}}") == ["t.md:1:1: error: unknown name 'onbekend'"])
    }

    @Test func columnsCountUnicodeScalars() {
        // E and a combining accent are one character but two scalars.
        #expect(errors("E\u{301}n {{x}}") == ["t.md:1:5: error: unknown name 'x'"])
        #expect(errors("a\r\nb\rc\n  {{x}}") == ["t.md:4:3: error: unknown name 'x'"])
    }

    @Test func unclosedSectionIsReportedAtItsOpening() {
        #expect(errors("a\n{{#punten}}\n{{titel}}\n") == ["t.md:2:1: error: section 'punten' is never closed with {{/punten}}"])
    }

    @Test func closingTagsWithoutOrWithAnotherOpening() throws {
        #expect(errors("x {{/punten}}") == ["t.md:1:3: error: {{/punten}} closes nothing: no section is open"])

        let (_, other) = DocumentTemplate.parse("{{#punten}}\n{{/ondertekend}}\n{{/punten}}", path: "t.md", schema: Self.schema)
        #expect(other.map(\.description) == ["t.md:2:1: error: {{/ondertekend}} does not match the open section 'punten'"])
        #expect(
            other.first?.notes == [
                Diagnostic.Note(
                    Message(nl: "‘punten’ wordt hier geopend", en: "'punten' is opened here"), at: FileLocation(file: "t.md", line: 1, column: 1))
            ])

        #expect(
            errors("{{#ondertekend}}{{#punten}}{{/ondertekend}}") == [
                "t.md:1:28: error: {{/ondertekend}} closes 'ondertekend' while 'punten' is still open"
            ])
    }

    @Test func openBracesWithoutClosingBraces() {
        #expect(errors("a {{bestuur\nb") == ["t.md:1:3: error: '{{' without '}}' on the same line"])
        // The tag after it is still read.
        #expect(
            errors("{{bestuur en {{datum}} {{x}}") == [
                "t.md:1:1: error: '{{' without '}}' on the same line",
                "t.md:1:24: error: unknown name 'x'",
            ])
        #expect(
            errors("a\n  {{! nooit gesloten\n{{! ook niet") == [
                "t.md:2:3: error: comment '{{!' is never closed with '}}'",
                "t.md:3:1: error: comment '{{!' is never closed with '}}'",
            ])
    }

    @Test func emptyAndMalformedNames() {
        #expect(
            errors("{{}} {{ # }}") == [
                "t.md:1:1: error: empty name between {{ and }}",
                "t.md:1:6: error: empty name between {{ and }}",
            ])
        #expect(errors("{{/}}") == ["t.md:1:1: error: empty name in {{/}}"])
        #expect(errors("{{Bestuur}}") == ["t.md:1:1: error: invalid name 'Bestuur': a name is made of a–z, 0–9 and _; did you mean 'bestuur'?"])
        #expect(errors("{{{bestuur}}}") == ["t.md:1:1: error: invalid name '{bestuur': a name is made of a–z, 0–9 and _; did you mean 'bestuur'?"])
        // A section with a bad name still pairs with its closing tag: one mistake, one error.
        #expect(
            errors("{{#Punten}}x{{/Punten}}") == ["t.md:1:1: error: invalid name 'Punten': a name is made of a–z, 0–9 and _; did you mean 'punten'?"])
    }

    @Test func listsAndFlagsAreNoValues() {
        #expect(errors("{{punten}}") == ["t.md:1:1: error: 'punten' is a list, not a text: use {{#punten}}…{{/punten}}"])
        #expect(
            errors("x {{ondertekend}}") == [
                "t.md:1:3: error: 'ondertekend' is yes or no, not a text: use {{#ondertekend}}…{{/ondertekend}} or {{^ondertekend}}…{{/ondertekend}}"
            ])
    }

    @Test func everyProblemIsReportedInOneRunByLocation() {
        let text = "{{#punten}}\n{{onbekend}}\n{{punten}}\n{{/ondertekend}}\nen {{datum\n"
        #expect(
            errors(text) == [
                "t.md:1:1: error: section 'punten' is never closed with {{/punten}}",
                "t.md:2:1: error: unknown name 'onbekend'",
                "t.md:3:1: error: 'punten' is a list, not a text: use {{#punten}}…{{/punten}}",
                "t.md:4:1: error: {{/ondertekend}} does not match the open section 'punten'",
                "t.md:5:4: error: '{{' without '}}' on the same line",
            ])
        #expect(errors(String(repeating: "{{x}}", count: 500)).count == DocumentTemplate.maxDiagnostics)
    }

    @Test func deepNestingIsRefusedWithoutTrapping() throws {
        let depth = 20_000
        let deep = String(repeating: "{{#ondertekend}}", count: depth) + String(repeating: "{{/ondertekend}}", count: depth)
        #expect(
            errors(deep) == [
                "t.md:1:\(DocumentTemplate.maxDepth * 16 + 1): error: sections are nested deeper than \(DocumentTemplate.maxDepth) levels"
            ])
        let allowed =
            String(repeating: "{{#ondertekend}}", count: DocumentTemplate.maxDepth) + "ja"
            + String(repeating: "{{/ondertekend}}", count: DocumentTemplate.maxDepth)
        #expect(try render(allowed) == "ja")
        #expect(errors(String(repeating: "{{#punten}}", count: 3)).count == 3)
    }

    @Test func noInputTraps() {
        let alphabet: [String] = ["{", "{", "}", "}", "{{", "}}", "#", "/", "^", "!", "a", "b", "l", " ", "\n", "\r", "é"]
        let schema = TemplateSchema(["a": .text, "b": .flag, "l": .list(TemplateSchema(["a": .text, "b": .text]))])
        let values: TemplateValues = ["a": .text("A"), "b": .flag(true), "l": .list([["a": .text("1")], ["b": .text("2")]])]
        var random = SeededGenerator(seed: 0x7E3A)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(random.small() % 60) { text += alphabet[random.small() % alphabet.count] }
            let (template, diagnostics) = DocumentTemplate.parse(text, path: "t.md", schema: schema)
            #expect((template == nil) == !diagnostics.isEmpty, "\(text.debugDescription)")
            for diagnostic in diagnostics {
                #expect((diagnostic.location?.line ?? 0) >= 1 && (diagnostic.location?.column ?? 0) >= 1)
            }
            if let template {
                let rendered = template.render(values) { $0 }
                if !text.contains("{{") { #expect(rendered == text) }
                _ = MarkdownHTML.body(rendered)
            }
        }
    }

    @Test func aRenderedDeclarationBecomesSafeHTML() throws {
        let template = try parsed(
            "# Intentieverklaring {{bestuur}}\n\n{{#punten}}\n- **{{titel}}**: {{eigenaar}}\n{{/punten}}\n\n---\n\nDatum: {{datum}}\n")
        let hostile: TemplateValues = [
            "bestuur": .text("<script>alert(1)</script>"),
            "datum": .text("\"><img src=x onerror=alert(1)>"),
            "punten": .list([["titel": .text("**x** | y"), "eigenaar": .text("- Jan\n# kop")]]),
        ]
        let html = MarkdownHTML.body(template.render(hostile, escape: MarkdownText.inline))
        #expect(
            html == """
                <h1>Intentieverklaring &lt;script&gt;alert(1)&lt;/script&gt;</h1>
                <ul>
                <li><strong>**x** | y</strong>: - Jan # kop</li>
                </ul>
                <div class="page-break"></div>
                <p>Datum: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>

                """)
    }
}

/// The Markdown subset of the templates as HTML, with every text escaped.
@Suite struct DocumentTemplateMarkdownHTMLTests {
    @Test func headingsAndParagraphs() {
        #expect(
            MarkdownHTML.body("# Intentieverklaring\n## Partijen\n### Sub\n#### Geen kop\n#geen kop") == """
                <h1>Intentieverklaring</h1>
                <h2>Partijen</h2>
                <h3>Sub</h3>
                <p>#### Geen kop #geen kop</p>

                """)
        #expect(
            MarkdownHTML.body("Regel een\n  regel twee\n\n\nNieuwe alinea\r\nmet CR LF")
                == "<p>Regel een regel twee</p>\n<p>Nieuwe alinea met CR LF</p>\n")
        #expect(MarkdownHTML.body("") == "")
        #expect(MarkdownHTML.body("\n \n") == "")
    }

    @Test func lists() {
        #expect(
            MarkdownHTML.body("Intro\n- een\n* twee\n  vervolg\n\n1. eerst\n2. dan\n\n3. later") == """
                <p>Intro</p>
                <ul>
                <li>een</li>
                <li>twee vervolg</li>
                </ul>
                <ol>
                <li>eerst</li>
                <li>dan</li>
                </ol>
                <ol start="3">
                <li>later</li>
                </ol>

                """)
        #expect(MarkdownHTML.body("- a\n1. b") == "<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>\n")
    }

    @Test func tables() {
        #expect(
            MarkdownHTML.body("| Punt | Eigenaar |\n|---|:--:|\n| A | **Jan** |\n| B \\| C |\n|1|2|3|\nna") == """
                <table>
                <thead><tr><th>Punt</th><th>Eigenaar</th></tr></thead>
                <tbody>
                <tr><td>A</td><td><strong>Jan</strong></td></tr>
                <tr><td>B | C</td><td></td></tr>
                <tr><td>1</td><td>2</td></tr>
                </tbody>
                </table>
                <p>na</p>

                """)
        #expect(MarkdownHTML.body("a | b\n--- | ---") == "<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n</table>\n")
        // Without a separator row, or with another number of cells, it is a paragraph.
        #expect(MarkdownHTML.body("| a | b |\n| c | d |") == "<p>| a | b | | c | d |</p>\n")
        #expect(MarkdownHTML.body("| a | b |\n|---|") == "<p>| a | b | |---|</p>\n")
    }

    @Test func pageBreaks() {
        #expect(
            MarkdownHTML.body("Een\n---\nTwee\n\n  -----  \n")
                == "<p>Een</p>\n<div class=\"page-break\"></div>\n<p>Twee</p>\n<div class=\"page-break\"></div>\n")
        #expect(MarkdownHTML.body("--") == "<p>--</p>\n")
        let page = MarkdownHTML.document("# Titel\n---\nMeer", title: "Intentieverklaring <X>")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>Intentieverklaring &lt;X&gt;</title>"))
        #expect(page.contains(".page-break { break-after: page; }"))
        #expect(page.contains("<div class=\"page-break\"></div>"))
    }

    @Test func boldAndItalic() {
        #expect(
            MarkdownHTML.body("Dit is **vet** en *schuin* en **vet met *schuin* erin**.")
                == "<p>Dit is <strong>vet</strong> en <em>schuin</em> en <strong>vet met <em>schuin</em> erin</strong>.</p>\n")
        #expect(MarkdownHTML.body("2 * 3 * 4, ** niet **, **open en *half") == "<p>2 * 3 * 4, ** niet **, **open en *half</p>\n")
        #expect(MarkdownHTML.body("\\*geen\\* \\*\\*nadruk\\*\\* en C:\\pad\\") == "<p>*geen* **nadruk** en C:\\pad\\</p>\n")
        #expect(MarkdownHTML.body(String(repeating: "*a ", count: 20_000)).hasPrefix("<p>*a *a"))
    }

    @Test func markdownTextEscapesComeOutAsTheText() {
        let text = "# kop *vet* <b>x</b> | [link](y) `code` & 1. - "
        #expect(MarkdownHTML.body(MarkdownText.inline(text)) == "<p># kop *vet* &lt;b&gt;x&lt;/b&gt; | [link](y) `code` &amp; 1. -</p>\n")
        #expect(
            MarkdownHTML.body("\\# geen kop\n\n\\- geen lijst\n\n1\\. geen nummer\n\n\\---")
                == "<p># geen kop</p>\n<p>- geen lijst</p>\n<p>1. geen nummer</p>\n<p>---</p>\n")
    }

    @Test func rawHTMLIsShownAsText() {
        #expect(MarkdownHTML.body("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
        #expect(MarkdownHTML.body("\"><img src=x onerror=alert(1)>") == "<p>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>\n")
        let everywhere =
            "# <script>alert(1)</script>\n- \"><img onerror=alert(1)>\n1. <b>\n\n| <i> | ' |\n|---|---|\n| <script> | **<img>** |\n\n*<svg onload=x>* \u{1B}[31m"
        let html = MarkdownHTML.body(everywhere)
        for tag in ["<script", "<img", "<b>", "<i>", "<svg"] { #expect(!html.contains(tag)) }
        #expect(!html.unicodeScalars.contains { $0.value == 0x1B })
        #expect(html.contains("<em>&lt;svg onload=x&gt;</em>"))
        #expect(html.contains("<th>&#39;</th>"))
    }

    @Test func noInputAddsMarkup() {
        let alphabet: [String] = ["<", ">", "\"", "'", "&", "*", "**", "\\", "|", "-", "---", "#", "1. ", "- ", "a", " ", "\n", "\n\n", "script"]
        let ownTags = [
            "<p>", "</p>", "<h1>", "</h1>", "<h2>", "</h2>", "<h3>", "</h3>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>",
            "<strong>", "</strong>", "<em>", "</em>", "<table>", "</table>", "<thead>", "</thead>", "<tbody>", "</tbody>",
            "<tr>", "</tr>", "<th>", "</th>", "<td>", "</td>", "<div class=\"page-break\"></div>",
        ]
        var random = SeededGenerator(seed: 0x4D44)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(random.small() % 50) { text += alphabet[random.small() % alphabet.count] }
            var html = MarkdownHTML.body(text)
            html = html.replacing(/<ol start="\d+">/, with: "")
            for tag in ownTags { html = html.replacing(tag, with: "") }
            #expect(!html.contains("<") && !html.contains(">") && !html.contains("\""), "\(text.debugDescription)")
        }
    }
}
