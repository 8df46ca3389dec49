import Assessment
import Diagnostics
import Questionnaire
import Reports
import Testing

/// The panel brief of the sample board in every format, compared with golden files, and
/// the privacy rules every format keeps.
@Suite struct PanelReportTests {
    @Test func panelTerminal() throws {
        assertGolden(PanelTerminal(language: "nl").render(try PanelSample.brief()), named: "panelTerminal.txt")
    }

    @Test(arguments: [60, 80, 100])
    func panelTerminalFitsItsWidth(_ width: Int) throws {
        let text = PanelTerminal(language: "nl", width: width).render(try PanelSample.brief())
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "too wide: \(line)")
        }
    }

    @Test func panelTerminalInEnglish() throws {
        assertGolden(PanelTerminal(language: "en").render(try PanelSample.brief()), named: "panelTerminalInEnglish.txt")
    }

    @Test func panelTerminalWithColourIsThePlainTextPlusColour() throws {
        let brief = try PanelSample.brief()
        let coloured = PanelTerminal(colour: true).render(brief)
        #expect(coloured.contains("\u{1B}[1mPanelbrief\u{1B}[0m"))
        #expect(ReportGoldenTests.strippingColour(coloured) == PanelTerminal(colour: false).render(brief))
    }

    @Test func panelMarkdown() throws {
        assertGolden(PanelMarkdown(language: "nl").render(try PanelSample.brief()), named: "panelMarkdown.md")
    }

    @Test func panelMarkdownInEnglish() throws {
        assertGolden(PanelMarkdown(language: "en").render(try PanelSample.brief()), named: "panelMarkdownInEnglish.md")
    }

    @Test func panelMarkdownWithoutPreviousOrRegion() throws {
        assertGolden(PanelMarkdown(language: "nl").render(try PanelSample.plainBrief()), named: "panelMarkdownWithoutPreviousOrRegion.md")
    }

    @Test func panelJSON() throws {
        assertGolden(PanelJSON(language: "nl").render(try PanelSample.brief()), named: "panelJSON.json")
    }

    /// Every format of the brief: no names, no schools, no figures of a role below the
    /// minimum group, and a note's role only when its group is shown.
    @Test func noFormatNamesPeopleOrShowsSmallGroups() throws {
        let brief = try PanelSample.brief()
        let texts = [
            PanelTerminal().render(brief), PanelMarkdown().render(brief), PanelJSON().render(brief), PanelHTML().render(brief),
            PanelMarkdown(language: "en").render(brief),
        ]
        for text in texts {
            for respondent in PanelSample.respondents {
                #expect(!text.contains(respondent.name))
                if let school = respondent.school { #expect(!text.contains(school)) }
            }
            #expect(!text.contains("Bestuurder (1)") && !text.contains("Board member (1)"))
        }
        let json = PanelJSON().document(brief).rendered()
        #expect(!json.contains("\"bestuurder\": {"), "per-role figures of the single board member")
        #expect(json.contains("\"schoolleider\": {"))
        // The board member's note is attributed to "Respondent"; the school leaders' to their role.
        let markdown = PanelMarkdown().render(brief)
        #expect(markdown.contains("*Respondent* — Toelichting: Besluit in de bestuursvergadering van maart."))
        #expect(markdown.contains("*Schoolleider* — Toelichting: Op school nog weinig van gemerkt."))
    }

    @Test func notesAreSortedByTextSoTheyDoNotLinkUp() throws {
        let brief = try PanelSample.brief()
        let part = try #require(brief.part("waarborg-1"))
        let theme = try #require(part.questionnaire.theme("visie"))
        let noted = try #require(part.notes(theme).first)
        let notes = noted.notes.compactMap(\.note)
        #expect(notes == notes.sorted())
        #expect(notes.count == 3)
    }

    @Test func markdownEscapesInput() throws {
        let markdown = PanelMarkdown().render(try PanelSample.brief())
        #expect(markdown.contains("Zie \\<script\\>alert(1)\\</script\\> en \\*dit\\* \\| niet \\[link\\](http://x)"))
        #expect(markdown.contains("\\=SUM(A1:A3) is geen formule hier."))
    }

    @Test func aBriefWithoutScoredQuestionnairesStillSaysWhoAnswered() {
        var board = BoardAggregate()
        let file = AnswersFile(respondent: Respondent(name: "R", role: "leraar", organisation: "Stichting X"))
        board.add(Assessor.assess(file, path: "r.yaml", questionnaires: []))
        let brief = PanelAnalysis().brief(board)
        let text = PanelMarkdown().render(brief)
        #expect(text.contains("| Leraar | 1 | nee |"))
        #expect(text.contains("Dit bestand bevat geen antwoorden op een bekende vragenlijst."))
        #expect(PanelTerminal().render(brief).contains("Leraar"))
        #expect(PanelHTML().render(brief).contains("<td class=\"num\">1</td>"))
    }

    // MARK: Versions

    /// Earlier answers on waarborg-2 1.0.0 carried to 1.1.0: the split statement goes to
    /// both new ones, and its theme is not comparable.
    @Test func earlierAnswersAreMigratedToTheCurrentVersion() throws {
        let earlier = try PanelSample.questionnaire("waarborg-2", "1.0.0")
        let now = try PanelSample.questionnaire("waarborg-2", "1.1.0")
        var response = Response(questionnaire: "waarborg-2", version: earlier.version)
        response.answers[QuestionID("begeleiding.gesprekken")!] = Answer(.option("3"), note: "oud")
        response.answers[QuestionID("stageplaatsen.voldoende")!] = Answer(.option("2"))
        let file = AnswersFile(respondent: Respondent(name: "R", role: "bestuurder", organisation: "X"), responses: [response])
        let aligned = VersionAlignment(targets: [now], available: [earlier, now]).align(file, questionnaires: [earlier])
        #expect(aligned.questionnaires.map(\.reference) == ["waarborg-2@1.1.0"])
        let migrated = try #require(aligned.file.responses.first)
        #expect(migrated.version == now.version)
        #expect(migrated.answers[QuestionID("begeleiding.gesprekken-gepland")!]?.value == .option("3"))
        #expect(migrated.answers[QuestionID("begeleiding.gesprekken-leervragen")!]?.value == .option("3"))
        #expect(migrated.answers[QuestionID("stageplaatsen.voldoende")!]?.value == .option("2"))
        #expect(aligned.incomparableThemes["waarborg-2"]?.contains("begeleiding") == true)
        #expect(aligned.incomparableThemes["waarborg-2"]?.contains("stageplaatsen") == false)
        #expect(aligned.problems.isEmpty)
    }

    @Test func answersOnTheTargetVersionOrNewerStayAsTheyAre() throws {
        let now = try PanelSample.questionnaire("waarborg-2", "1.1.0")
        let earlier = try PanelSample.questionnaire("waarborg-2", "1.0.0")
        let file = AnswersFile(
            respondent: Respondent(name: "R", role: "bestuurder", organisation: "X"),
            responses: [Response(questionnaire: "waarborg-2", version: now.version)])
        let aligned = VersionAlignment(targets: [earlier], available: [earlier, now]).align(file, questionnaires: [now])
        #expect(aligned.file == file)
        #expect(aligned.questionnaires.map(\.reference) == ["waarborg-2@1.1.0"])
        #expect(aligned.incomparableThemes.isEmpty)
    }

    @Test func aVersionWithoutAMigrationPathIsReportedAndKept() throws {
        let one = try PanelSample.questionnaire("waarborg-1", "1.0.0")
        var newer = one
        newer.version = SemanticVersion(2, 0, 0)
        newer.migration = nil
        let file = AnswersFile(
            respondent: Respondent(name: "R", role: "bestuurder", organisation: "X"),
            responses: [Response(questionnaire: "waarborg-1", version: one.version)])
        let aligned = VersionAlignment(targets: [newer], available: [one, newer]).align(file, questionnaires: [one])
        #expect(aligned.file == file)
        #expect(aligned.problems.count == 1)
        #expect(aligned.problems.first?.contains("declares no migration") == true)
    }

    /// A board whose answers on a theme were migrated with changes does not count for that
    /// theme in the region; it still counts for the others.
    @Test func incomparableThemesLeaveTheRegion() throws {
        var region = try PanelSample.region()
        let before = PanelAnalysis().brief(try PanelSample.boardNow(), region: region)
        let count = try #require(before.part("waarborg-2")?.region["begeleiding"]?.count)
        region[0].incomparableThemes["waarborg-2"] = ["begeleiding"]
        var brief = PanelAnalysis().brief(try PanelSample.boardNow(), region: region)
        brief.leaveOutIncomparableRegion(region)
        #expect(brief.part("waarborg-2")?.region["begeleiding"]?.count == count - 1)
        #expect(brief.part("waarborg-2")?.region["stageplaatsen"]?.count == count)
    }
}
