import Assessment
import Reports
import Testing

/// The three formats of the hand-built sample, compared with golden files.
@Suite struct ReportGoldenTests {
    @Test func terminalReport() throws {
        let report = TerminalReport(language: "nl", colour: false).render(try Sample.assessment())
        assertGolden(report, named: "terminalReport.txt")
    }

    @Test func terminalReportInEnglish() throws {
        let report = TerminalReport(language: "en", colour: false).render(try Sample.assessment())
        assertGolden(report, named: "terminalReportInEnglish.txt")
    }

    @Test func terminalReportWithColour() throws {
        let report = TerminalReport(language: "nl", colour: true).render(try Sample.assessment())
        #expect(report.contains("\u{1B}[1mZelfassessment\u{1B}[0m"))
        let plain = TerminalReport(language: "nl", colour: false).render(try Sample.assessment())
        #expect(Self.strippingColour(report) == plain)
    }

    @Test func markdownReport() throws {
        let report = MarkdownReport(language: "nl").render(try Sample.assessment())
        assertGolden(report, named: "markdownReport.md")
    }

    @Test func markdownReportInEnglish() throws {
        let report = MarkdownReport(language: "en").render(try Sample.assessment())
        assertGolden(report, named: "markdownReportInEnglish.md")
    }

    @Test func jsonReport() throws {
        let report = JSONReport(language: "nl").render(try Sample.assessment())
        assertGolden(report, named: "jsonReport.json")
    }

    @Test func severalFilesAreReportedInTurn() throws {
        let first = try Sample.assessment()
        var second = first
        second.respondent.name = "Ahmed Yilmaz"
        second.path = "antwoorden/ahmed.yaml"
        let terminal = TerminalReport().render([first, second])
        #expect(terminal.components("Zelfassessment\n") == 2)
        #expect(terminal.contains(String(repeating: "═", count: 80)))
        let markdown = MarkdownReport().render([first, second])
        #expect(markdown.components("\n# Zelfassessment") + (markdown.hasPrefix("# ") ? 1 : 0) == 2)
        let json = JSONReport().document([first, second])
        guard case .object(let members) = json, case .array(let reports)? = members.first(where: { $0.0 == "reports" })?.1 else {
            Issue.record("no reports list")
            return
        }
        #expect(reports.count == 2)
    }

    /// The text without ANSI colour sequences.
    static func strippingColour(_ text: String) -> String {
        var out = ""
        var skipping = false
        for character in text {
            if character == "\u{1B}" { skipping = true; continue }
            if skipping { if character == "m" { skipping = false }; continue }
            out.append(character)
        }
        return out
    }
}

extension String {
    /// How often `part` occurs.
    func components(_ part: String) -> Int {
        var count = 0
        var rest = self[...]
        while let range = rest.firstRange(of: part) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
