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
        // The board member's note has no role; the school leaders' (three, and three others) theirs.
        let markdown = PanelMarkdown().render(brief)
        #expect(markdown.contains("  - Toelichting: Besluit in de bestuursvergadering van maart.\n"))
        #expect(markdown.contains("  - Toelichting: Op school nog weinig van gemerkt. — *Schoolleider*\n"))
    }

    @Test func notesAreSortedByTextSoTheyDoNotLinkUp() throws {
        let brief = try PanelSample.brief()
        let part = try #require(brief.part("waarborg-1"))
        let theme = try #require(part.questionnaire.theme("visie"))
        let noted = try #require(part.notes(theme).first)
        let notes = noted.notes.filter { $0.kind == .note }.map(\.text)
        #expect(notes == notes.sorted())
        #expect(notes.count == 3)
        // Notes first, then the evidence.
        #expect(noted.notes.map(\.kind) == [.note, .note, .note, .evidence])
    }

    /// The same text from several respondents appears once with its count, notes before
    /// evidence; texts that differ only in white space are the same text.
    @Test func identicalNotesAppearOnceWithTheirCount() throws {
        let questionnaires = try PanelSample.current()
        let id = try #require(QuestionID("visie.visie-onderschreven"))
        var board = BoardAggregate(minimumGroup: 3, roles: questionnaires[0].roles)
        let written: [(role: String, note: String?, evidence: String)] = [
            ("schoolleider", "Zie het besluit.", "Bestuursbesluit 2024-03"),
            ("schoolleider", "Zie  het besluit.\n", "Bestuursbesluit 2024-03"),
            ("schoolleider", "Anders dan gedacht.", "Bestuursbesluit 2024-03"),
            ("bestuurder", nil, " Bestuursbesluit 2024-03"),
        ]
        for (index, who) in written.enumerated() {
            var file = PanelSample.answers(1, questionnaires: questionnaires, notes: false)
            file.respondent = Respondent(name: "R\(index)", role: who.role, organisation: PanelSample.board)
            file.responses[0].answers[id] = Answer(.option("3"), note: who.note, evidence: who.evidence)
            board.add(PanelSample.assess(file, path: "r\(index).yaml", questionnaires: questionnaires))
        }
        let brief = PanelAnalysis().brief(board)
        let part = try #require(brief.part("waarborg-1"))
        let theme = try #require(part.questionnaire.theme("visie"))
        let noted = try #require(part.notes(theme).first { $0.question.id == id })
        #expect(noted.notes.map(\.kind) == [.note, .note, .evidence])
        #expect(noted.notes.map(\.count) == [1, 2, 4])
        #expect(noted.notes.map(\.text) == ["Anders dan gedacht.", "Zie het besluit.", "Bestuursbesluit 2024-03"])
        // Three leaders and one board member: naming the leaders would name the board member too.
        #expect(noted.notes.allSatisfy { $0.roles.isEmpty })
        let markdown = PanelMarkdown().render(brief)
        #expect(markdown.contains("  - Toelichting (2×): Zie het besluit.\n"))
        #expect(markdown.contains("  - Onderbouwing (4×): Bestuursbesluit 2024-03\n"))
        #expect(!markdown.contains("Zie  het besluit."))
        #expect(PanelHTML().render(brief).contains("Onderbouwing (4×):"))
        #expect(PanelTerminal().render(brief).contains("Onderbouwing (4×): Bestuursbesluit 2024-03"))
        #expect(PanelJSON().render(brief).contains("\"count\": 4"))
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
        #expect(aligned.problems.first?.en.contains("declares no migration") == true)
    }

    /// A board whose answers on a theme were migrated with changes does not count for that
    /// theme in the region; it still counts for the others. Five other boards less one is
    /// below the minimum, so the theme then has no regional figure at all.
    @Test func incomparableThemesLeaveTheRegion() throws {
        var region = try PanelSample.region()
        let before = PanelAnalysis().brief(try PanelSample.boardNow(), region: region)
        let count = try #require(before.part("waarborg-2")?.region["begeleiding"]?.boards)
        region[0].incomparableThemes["waarborg-2"] = ["begeleiding"]
        var brief = PanelAnalysis().brief(try PanelSample.boardNow(), region: region)
        brief.leaveOutIncomparableRegion(region)
        #expect(count == 5)
        #expect(brief.part("waarborg-2")?.region["begeleiding"] == nil)
        #expect(brief.part("waarborg-2")?.region["stageplaatsen"]?.boards == count)
        let four = PanelAnalysis.region(
            try PanelSample.questionnaire("waarborg-2", "1.1.0"), boards: region, own: [PanelSample.board], minimum: 4)
        #expect(four["begeleiding"]?.boards == count - 1)
    }
}
