import Assessment
import Questionnaire
import Reports
import Testing

/// The HTML pages of a respondent's report and of a panel brief: golden files, and the
/// promises every page keeps: self-contained, escaped, accessible, printable.
@Suite struct HTMLReportTests {
    /// Input that would run or load something if it were not escaped.
    static let hostile = [
        "<script>document.body.insertAdjacentHTML('beforeend', '<div id=\"pwned\"></div>')</script>",
        "<img src=x onerror=\"document.body.appendChild(document.createElement('div')).id='pwned'\">",
        "\"><svg onload=alert(1)>",
        "</title></style></text></svg><b>vet</b>",
        "&lt;al escaped&gt; & <!-- commentaar -->",
    ]

    @Test func htmlReport() throws {
        assertGolden(HTMLReport(language: "nl").render(try Sample.assessment()), named: "htmlReport.html")
    }

    @Test func htmlReportInEnglish() throws {
        assertGolden(HTMLReport(language: "en").render(try Sample.assessment()), named: "htmlReportInEnglish.html")
    }

    @Test func htmlPanel() throws {
        assertGolden(PanelHTML(language: "nl").render(try PanelSample.brief()), named: "htmlPanel.html")
    }

    @Test func htmlPanelInEnglish() throws {
        assertGolden(PanelHTML(language: "en").render(try PanelSample.brief()), named: "htmlPanelInEnglish.html")
    }

    @Test(arguments: hostile)
    func inputIsEscapedInTheReport(_ text: String) throws {
        let respondent = Respondent(name: text, role: "schoolleider", organisation: text, school: text)
        let html = HTMLReport().render(try Sample.assessment(respondent: respondent, note: text))
        Self.expectNoMarkup(from: text, in: html)
    }

    @Test(arguments: hostile)
    func inputIsEscapedInThePanel(_ text: String) throws {
        let questionnaires = try PanelSample.current()
        var board = BoardAggregate(minimumGroup: 1)
        var file = PanelSample.answers(0, questionnaires: questionnaires, organisation: text)
        file.responses[0].answers[QuestionID("visie.visie-onderschreven")!]?.note = text
        file.responses[0].answers[QuestionID("visie.visie-onderschreven")!]?.evidence = text
        board.add(Assessor.assess(file, path: text, questionnaires: questionnaires))
        let html = PanelHTML().render(PanelAnalysis().brief(board))
        Self.expectNoMarkup(from: text, in: html)
    }

    /// The page holds the text only escaped, and no tag or attribute it would have added.
    static func expectNoMarkup(from text: String, in html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains(text), "unescaped input in the page", sourceLocation: sourceLocation)
        // `onerror=` may stand in the text; never inside a tag, since no `<` of the input survives.
        for needle in ["<script", "<img", "<svg onload", "<b>", "<!--", "<div id=\"pwned\""] {
            #expect(!html.contains(needle), "the page contains \(needle)", sourceLocation: sourceLocation)
        }
        #expect(html.contains("&lt;"), "the escaped text is missing", sourceLocation: sourceLocation)
    }

    @Test func pagesAreSelfContained() throws {
        for html in [HTMLReport().render(try Sample.assessment()), PanelHTML().render(try PanelSample.brief())] {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.contains("default-src 'none'"))
            for needle in ["<script", "<link", "<img", "@import", "url(", "src="] {
                #expect(!html.contains(needle), "found \(needle)")
            }
            // Links go only to places on the page itself (the table of contents, a development point).
            #expect(html.components("href=\"#") == html.components("href="))
            // The only address in an attribute is the SVG namespace, a name that is never fetched.
            let addresses = html.components("=\"http://") + html.components("=\"https://") + html.components("='http")
            #expect(addresses == html.components("xmlns=\"http://www.w3.org/2000/svg\""))
        }
        #expect(PanelHTML(language: "en").render(try PanelSample.brief()).contains("<html lang=\"en\">"))
    }

    @Test func everyChartIsFollowedByATable() throws {
        let html = PanelHTML().render(try PanelSample.brief())
        let figures = html.components("<figure>")
        #expect(figures > 4 + 4)
        var rest = html[...]
        while let figure = rest.firstRange(of: "</figure>\n") {
            rest = rest[figure.upperBound...]
            #expect(rest.hasPrefix("<table"), "a chart without a table after it: \(rest.prefix(80))")
        }
        #expect(html.components("role=\"img\"") == figures)
    }

    /// The main part runs on; the questions, the appendices and each appendix start a new
    /// A4 page, and the full plan prints on a landscape page of its own.
    @Test func printLayoutStartsQuestionsAndAppendicesOnANewPage() throws {
        let html = PanelHTML().render(try PanelSample.brief())
        #expect(html.contains("@page { size: A4 portrait;"))
        #expect(html.contains("section.questions { break-before: page; }"))
        #expect(html.contains("h2.appendices { break-before: page; }"))
        #expect(html.contains("section.appendix + section.appendix { break-before: page; }"))
        #expect(html.components("<section class=\"safeguard\"") == 4)
        #expect(html.components("<section class=\"appendix") >= 4)
    }

    @Test func smallGroupsAreNotShownApartInThePanelPage() throws {
        let html = PanelHTML().render(try PanelSample.brief())
        // Only the school leaders are three; the single board member's scores are nowhere apart.
        #expect(html.contains("Schoolleider (3)"))
        #expect(!html.contains("Bestuurder (1)"))
        for respondent in PanelSample.respondents {
            #expect(!html.contains(respondent.name))
            if let school = respondent.school { #expect(!html.contains(school)) }
        }
    }
}
