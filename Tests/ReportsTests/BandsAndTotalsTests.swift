import Assessment
import Questionnaire
import Reports
import Testing

/// Overviews whose level labels never run against their scores, no total over the
/// safeguards unless the set asks for a plain average, and totals built from an
/// extrapolated sum marked in every format.
@Suite struct BandsAndTotalsTests {
    /// The example school leader with safeguard 1 given the older bands (below 2.5) and
    /// scores that straddle the two sets of bands: 2,46 on the newer, 2,48 on the older.
    static func mixedBands() throws -> RespondentAssessment {
        var assessment = try ExampleBoardTests.assessment("schoolleider")
        var older = assessment.parts[0].questionnaire
        older.scoring.levels = Level.defaults
        older.version = SemanticVersion(1, 9, 0)
        assessment.parts[0].questionnaire = older
        assessment.parts[0].card.score = 2.48
        assessment.parts[0].card.level = Level.defaults.level(for: 2.48)
        assessment.parts[1].card.score = 2.46
        assessment.parts[1].card.level = assessment.parts[1].questionnaire.scoring.levels.level(for: 2.46)
        #expect(assessment.parts[0].card.level?.id == "aandacht")
        #expect(assessment.parts[1].card.level?.id == "ontwikkeling")
        return assessment
    }

    /// The overview's rows as (score, level) in the Markdown table.
    static func overviewRows(_ markdown: String) -> [(score: Double, level: String)] {
        let overview = markdown.components(separatedBy: "## Overzicht")[1].components(separatedBy: "\n## ")[0]
        return overview.split(separator: "\n").filter { $0.hasPrefix("| Waarborg ") }.compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, let score = Double(cells[1].replacingOccurrences(of: ",", with: ".")) else { return nil }
            return (score, cells[2])
        }
    }

    @Test func overviewLevelsFollowTheScoresWhenVersionsHaveOtherBands() throws {
        let assessment = try Self.mixedBands()
        let markdown = MarkdownReport(language: "nl", set: ExampleBoardTests.set).render(assessment)
        let rows = Self.overviewRows(markdown)
        #expect(rows.count == 4)
        let rank = ["Vraagt aandacht": 0, "In ontwikkeling": 1, "Verankerd": 2]
        for a in rows {
            for b in rows where a.score < b.score {
                #expect(rank[a.level]! <= rank[b.level]!, "\(a) beside \(b)")
            }
        }
        #expect(rows.contains { $0.score == 2.48 && $0.level == "In ontwikkeling" })
        #expect(markdown.contains("De niveaus in dit overzicht volgen de indeling van waarborg-2 2.0.0"))
        #expect(markdown.contains("waarborg-1 1.9.0 deelt anders in"))
        // The safeguard's own section keeps its own bands.
        #expect(markdown.contains("Score waarborg: **2,48** — Vraagt aandacht"))
        let terminal = TerminalReport(language: "nl", set: ExampleBoardTests.set).render(assessment)
        #expect(terminal.contains("volgen de indeling van waarborg-2 2.0.0"))
        let html = HTMLReport(language: "en", set: ExampleBoardTests.set).render(assessment)
        #expect(html.contains("The levels in this overview follow the bands of waarborg-2 2.0.0"))
    }

    @Test func overviewWithSharedBandsHasNoNote() throws {
        let markdown = MarkdownReport(language: "nl", set: ExampleBoardTests.set).render(try ExampleBoardTests.assessment("schoolleider"))
        #expect(!markdown.contains("De niveaus in dit overzicht"))
    }

    @Test func overviewBandsChooseWhatMostShare() throws {
        let assessment = try Self.mixedBands()
        let bands = OverviewBands(assessment.questionnaires)
        #expect(bands.source?.id == "waarborg-2")
        #expect(bands.others.map(\.id) == ["waarborg-1"])
        #expect(bands.levels == assessment.parts[1].questionnaire.scoring.levels)
    }

    @Test func noTotalOverTheSafeguards() throws {
        let assessment = try ExampleBoardTests.assessment("bestuurder")
        for language in ["nl", "en"] {
            let set = ExampleBoardTests.set
            let outputs = [
                TerminalReport(language: language, set: set).render(assessment),
                MarkdownReport(language: language, set: set).render(assessment),
                HTMLReport(language: language, set: set).render(assessment),
            ]
            for output in outputs {
                #expect(!output.contains("Totaal") && !output.contains("Overall") && !output.contains("Gemiddelde") && !output.contains("Average"))
            }
        }
        let json = JSONReport(language: "nl", set: ExampleBoardTests.set).render(assessment)
        #expect(json.contains("\"overall\": null"))
    }

    @Test func aSetMayAskForAPlainAverageWithoutLevel() throws {
        var set = ExampleBoardTests.set
        set.average = true
        let assessment = try ExampleBoardTests.assessment("bestuurder")
        let markdown = MarkdownReport(language: "nl", set: set).render(assessment)
        #expect(markdown.contains("| **Gemiddelde** |"))
        #expect(markdown.contains("gewoon gemiddelde van 4 scores, zonder niveau"))
        let averageRow = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| **Gemiddelde**") })
        #expect(averageRow.hasSuffix("| — |"))
        let json = JSONReport(language: "nl", set: set).render(assessment)
        #expect(json.contains("\"average\": "))
        let overall = json.components(separatedBy: "\"overall\": {")[1].components(separatedBy: "}")[0]
        #expect(!overall.contains("level"))
    }

    @Test func theSetsWordsNameTheReport() throws {
        let assessment = try ExampleBoardTests.assessment("schoolleider")
        let neutral = MarkdownReport(language: "nl").render(assessment)
        #expect(neutral.hasPrefix("# Zelfassessment: "))
        #expect(neutral.contains("- **Organisatie:** Stichting De Linde"))
        #expect(neutral.contains("| Vragenlijst | Score | Niveau |"))
        #expect(!neutral.contains("Samen Opleiden:"))
        let shipped = MarkdownReport(language: "nl", set: ExampleBoardTests.set).render(assessment)
        #expect(shipped.hasPrefix("# Zelfassessment Samen Opleiden: "))
        #expect(shipped.contains("- **Bestuur:** Stichting De Linde"))
        #expect(shipped.contains("| Waarborg | Score | Niveau |"))
    }

    // MARK: Extrapolated sums

    /// The sample's summed safeguard has a theme with a missing answer, scaled up.
    @Test func anExtrapolatedSumMarksTheTotalInEveryFormat() throws {
        let assessment = try Sample.assessment()
        let summed = try #require(assessment.parts.first { $0.questionnaire.scoring.method == .sum })
        #expect(summed.card.themes.contains { $0.extrapolated })
        #expect(summed.card.extrapolated)
        let total = Labels(language: "nl").number(try #require(summed.card.score), method: .sum)

        let terminal = TerminalReport(language: "nl").render(assessment)
        #expect(terminal.split(separator: "\n").contains { $0.contains("Score vragenlijst") && $0.contains(total + "*") })
        #expect(terminal.contains("* opgeschaald: in deze som telt een thema mee"))

        let markdown = MarkdownReport(language: "nl").render(assessment)
        #expect(markdown.contains("**\(total)**\\*"))
        #expect(markdown.contains("\\* opgeschaald: in deze som telt een thema mee"))

        let html = HTMLReport(language: "en").render(assessment)
        #expect(html.contains("<strong>\(Labels(language: "en").number(summed.card.score!, method: .sum))*</strong>"))
        #expect(html.contains("* scaled up: this total includes a theme whose sum was scaled"))

        let json = JSONReport(language: "nl").render(assessment)
        let part = json.components(separatedBy: "\"id\": \"\(summed.questionnaire.id)\"")[1]
        #expect(part.components(separatedBy: "\"themes\"")[0].contains("\"extrapolated\": true"))
    }

    @Test func aBoardMeanOverExtrapolatedSumsSaysSo() throws {
        var board = BoardAggregate()
        let assessment = try Sample.assessment()
        board.add(assessment)
        var complete = assessment
        complete.respondent.name = "Tweede"
        board.add(complete)
        let brief = PanelAnalysis().brief(board)
        let part = try #require(brief.parts.first { $0.questionnaire.scoring.method == .sum })
        #expect(part.aggregate.safeguard.extrapolated == 2)
        let markdown = PanelMarkdown(language: "nl").render(brief)
        #expect(markdown.contains("* 2 van 2 respondenten: een opgeschaalde som".replacingOccurrences(of: "* ", with: "\\* ")))
        let terminal = PanelTerminal(language: "en").render(brief)
        #expect(terminal.contains("* 2 of 2 respondents: a scaled-up sum"))
        let html = PanelHTML(language: "nl").render(brief)
        #expect(html.contains("een opgeschaalde som (er ontbreken antwoorden)"))
        let json = PanelJSON(language: "nl").render(brief)
        #expect(json.contains("\"extrapolated\": 2"))
    }
}
