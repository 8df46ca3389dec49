import Assessment
import Questionnaire
import Reports
import Testing

/// Wrapping, bars, tables and "geen score": the pieces every terminal report is built of.
@Suite struct LayoutTests {
    @Test func wrapsOnSpacesWithAHangingIndent() {
        let lines = TextWrapper.wrap("een twee drie vier vijf zes", width: 12, first: "- ", rest: "  ")
        #expect(lines == ["- een twee", "  drie vier", "  vijf zes"])
    }

    @Test func cutsWordsLongerThanALine() {
        let lines = TextWrapper.wrap("zie https://example.org/een/heel/lang/pad", width: 16, first: "  ", rest: "  ")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 16 })
        #expect(lines.map { $0.dropFirst(2) }.joined(separator: "|") == "zie|https://exampl|e.org/een/heel|/lang/pad")
    }

    @Test func keepsNewlinesAndEmptyLines() {
        #expect(TextWrapper.wrap("a\n\nb", width: 10, first: "> ", rest: "  ") == ["> a", "", "  b"])
    }

    @Test func countsWideCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        let lines = TextWrapper.wrap("日本語のテキスト", width: 6)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 6 })
    }

    @Test(arguments: [(0.0, "░░░░░░░░"), (0.5, "████░░░░"), (1.0, "████████"), (1.7, "████████"), (-1, "░░░░░░░░"), (Double.nan, "░░░░░░░░")])
    func bar(_ fraction: Double, _ expected: String) {
        #expect(ScoreBar.text(fraction: fraction, width: 8) == expected)
    }

    @Test func scoreRangeOfAMeanAndASum() throws {
        let assessment = try Sample.assessment()
        let mean = try #require(assessment.part("proef-opleiden"))
        let plaatsen = try #require(mean.themes.first { $0.theme.id == "plaatsen" })
        #expect(ScoreRange(theme: plaatsen.theme, score: plaatsen.score) == ScoreRange(lower: 1, upper: 4))
        let sum = try #require(assessment.part("proef-telling"))
        #expect(ScoreRange(questionnaire: sum.questionnaire, card: sum.card) == ScoreRange(lower: 0, upper: 12))
        #expect(ScoreRange(lower: 1, upper: 4).fraction(2.5) == 0.5)
    }

    @Test func tableColumnsLineUpAndTheFillColumnWraps() {
        let table = TextTable(columns: [.init(.fill), .init(.fixed(4), alignment: .right), .init(.fit)], indent: "  ")
        let lines = table.render(
            [["Een lange naam die moet afbreken", "2,5", "laag"], ["Kort", "10", "hoog"]], width: 30, style: TerminalStyle(colour: false))
        // 30 columns less the indent, two fixed columns and separators leave 16 to fill.
        #expect(
            lines == [
                "  Een lange naam     2,5  laag",
                "  die moet",
                "  afbreken",
                "  Kort                10  hoog",
            ])
    }

    @Test func everyLineFitsEightyColumnsEvenWithLongInput() throws {
        let long = String(repeating: "onafgebrokenwoordzonderspaties", count: 5)
        let respondent = Respondent(name: "Jan " + long, role: "schoolleider", organisation: "Stichting " + long, school: nil)
        let assessment = try Sample.assessment(respondent: respondent, note: "Zie " + long + " en ook 日本語のテキストはとても長いです。日本語のテキストはとても長いです。")
        for language in ["nl", "en"] {
            let report = TerminalReport(language: language, colour: false, width: 80).render(assessment)
            for line in report.split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= 80, "too wide: \(line)")
                #expect(!line.hasSuffix(" "), "trailing space: \(line)")
            }
        }
    }

    @Test func narrowerAndWiderTerminals() throws {
        let assessment = try Sample.assessment()
        for width in [60, 100] {
            let report = TerminalReport(width: width).render(assessment)
            #expect(report.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= width })
        }
    }

    // MARK: Geen score

    @Test func themeWithTooMuchMissingHasNoScoreAndSaysWhy() throws {
        let assessment = try Sample.assessment()
        let part = try #require(assessment.part("proef-opleiden"))
        let inductie = try #require(part.card.theme("inductie"))
        #expect(inductie.score == nil)
        #expect(inductie.noScore == .tooMuchMissing(missing: 2, of: 3, maxShare: 0.5))
        #expect(ThemeCounts(inductie) == ThemeCounts(answered: 1, notApplicable: 1, unanswered: 1, hidden: 0))

        let terminal = TerminalReport().render(assessment)
        #expect(
            terminal.contains(
                "  Inductie van starters                —  geen score\n    1 beantwoord · 1 n.v.t. · 1 open\n    Geen score: 2 van 3 uitspraken zijn open of n.v.t.; voor een score mag\n    hooguit 50% ontbreken.\n"
            ))
        let markdown = MarkdownReport().render(assessment)
        #expect(markdown.contains("| Inductie van starters | geen score | — | 1 | 1 | 1 |"))
        #expect(
            markdown.contains(
                "- *Inductie van starters*: Geen score: 2 van 3 uitspraken zijn open of n.v.t.; voor een score mag hooguit 50% ontbreken."))
        let english = TerminalReport(language: "en").render(assessment)
        #expect(english.contains("no score"))
        #expect(english.contains("No score: 2 of 3 statements are open or n/a; a score allows at most 50%"))
    }

    @Test func safeguardWithoutAnyAnswersHasNoScoreAndSaysWhy() throws {
        let questionnaires = try Sample.questionnaires()
        let file = AnswersFile(
            respondent: Sample.respondent,
            responses: [Response(questionnaire: "proef-opleiden", version: SemanticVersion(1, 2, 0))])
        let assessment = Assessor.assess(file, path: "leeg.yaml", questionnaires: questionnaires)
        let part = try #require(assessment.part("proef-opleiden"))
        #expect(part.card.score == nil)
        #expect(part.card.noScore == .themesMissing(missing: 3, of: 3, maxShare: 0.5))
        let terminal = TerminalReport().render(assessment)
        #expect(
            terminal.contains(
                "  Score vragenlijst                         —  geen score\n    Geen score: 3 van 3 thema's hebben geen score; hooguit 50% mag ontbreken.\n"
            ))
        #expect(terminal.contains(Labels(language: "nl").none(.developmentPoint)))
        let json = JSONReport().render(assessment)
        #expect(json.contains("\"reason\": \"themes_missing\""))
    }

    @Test func decimalCommaInDutchOnly() {
        #expect(Labels(language: "nl").number(2.857) == "2,86")
        #expect(Labels(language: "en").number(2.857) == "2.86")
        #expect(Labels(language: "nl").number(3) == "3,00")
        #expect(Labels(language: "nl").number(12, method: .sum) == "12")
        #expect(Labels(language: "nl").number(10.5, method: .sum) == "10,50")
        #expect(Labels(language: "fr").language == "nl")
    }
}
