import Assessment
import Diagnostics
import Questionnaire
import Reports
import TestSupport
import Testing

/// Hostile text in names and notes reaches every format as text, never as markup or as
/// terminal control.
@Suite struct EscapingTests {
    static let hostile =
        "Eve <script>alert(1)</script> [klik hier](https://evil.example) ![x](y.png) \u{1B}[31mROOD\u{1B}[0m \u{202E}sdrawkcab & &amp; *vet* `code` | pijp"

    static func assessment() throws -> RespondentAssessment {
        let respondent = Respondent(name: hostile, role: "schoolleider", organisation: "Stichting <b>X</b>", school: "# School")
        return try Sample.assessment(respondent: respondent, note: "# Kop\n- lijst\n1. nummer\n> citaat\n" + hostile)
    }

    @Test func terminalShowsControlCharactersAsEscapes() throws {
        let report = TerminalReport(language: "nl", colour: false).render(try Self.assessment())
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B })
        #expect(!report.unicodeScalars.contains { $0.value == 0x202E })
        #expect(report.contains("\\u{1B}[31mROOD\\u{1B}[0m"))
        #expect(report.contains("\\u{202E}sdrawkcab"))
    }

    @Test func terminalWithColourAddsOnlyItsOwnEscapes() throws {
        let report = TerminalReport(language: "nl", colour: true).render(try Self.assessment())
        // Every ESC starts one of the report's own SGR sequences.
        let scalars = Array(report.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar.value == 0x1B {
            let sequence = String(String.UnicodeScalarView(scalars[index..<min(index + 5, scalars.count)]))
            #expect(["\u{1B}[0m", "\u{1B}[1m", "\u{1B}[2m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[36m"].contains { sequence.hasPrefix($0) })
        }
        #expect(!report.contains("\u{1B}[31m"))
    }

    @Test func markdownEscapesHTMLLinksAndBlocks() throws {
        let report = MarkdownReport(language: "nl").render(try Self.assessment())
        #expect(!report.contains("<script>"))
        #expect(!report.contains("<b>"))
        #expect(report.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(!report.contains("[klik hier]("))
        #expect(report.contains("\\[klik hier\\](https://evil.example)"))
        #expect(report.contains("!\\[x\\](y.png)") || report.contains("\\!\\[x\\](y.png)"))
        #expect(report.contains("\\&amp;"))
        #expect(report.contains("\\*vet\\*"))
        #expect(report.contains("\\`code\\`"))
        #expect(report.contains("\\| pijp"))
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        // The note's own headings, lists and quotes stay inside its line.
        for line in report.split(separator: "\n") {
            #expect(!line.hasPrefix("# Kop") && !line.hasPrefix("- lijst") && !line.hasPrefix("> citaat") && !line.hasPrefix("1. nummer"))
        }
        #expect(report.contains("- **School:** \\# School"))
    }

    @Test func jsonKeepsTheTextExactly() throws {
        let assessment = try Self.assessment()
        let document = JSONReport(language: "nl").document([assessment])
        let text = document.rendered()
        #expect(text.contains("\\u001b[31mROOD\\u001b[0m"))
        #expect(text.contains("<script>alert(1)</script>"))
        guard case .object(let top) = document, case .array(let reports)? = top.first(where: { $0.0 == "reports" })?.1,
            case .object(let report)? = reports.first, case .object(let respondent)? = report.first(where: { $0.0 == "respondent" })?.1
        else {
            Issue.record("unexpected structure")
            return
        }
        #expect(respondent.first { $0.0 == "name" }?.1 == .string(Self.hostile))
    }

    @Test(arguments: [
        ("<b>", "\\<b\\>"),
        ("[a](b)", "\\[a\\](b)"),
        ("# kop", "\\# kop"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("12. punt", "12\\. punt"),
        ("3) punt", "3\\) punt"),
        ("= rule", "\\= rule"),
        ("a | b", "a \\| b"),
        ("&lt; & &#60; &x", "\\&lt; & \\&#60; &x"),
        ("a\nb\r\n\tc", "a b c"),
        ("~~weg~~", "\\~\\~weg\\~\\~"),
        ("2024-2025 (v1.0)", "2024-2025 (v1.0)"),
        ("C:\\pad", "C:\\\\pad"),
    ])
    func markdownInline(_ input: String, _ expected: String) {
        #expect(MarkdownText.inline(input) == expected)
    }

    @Test(arguments: [
        ("a", "`a`"),
        ("a`b", "``a`b``"),
        ("`a", "`` `a ``"),
        ("a ``` b", "````a ``` b````"),
    ])
    func markdownCode(_ input: String, _ expected: String) {
        #expect(MarkdownText.code(input) == expected)
    }

    @Test func markdownTableCellsNeverBreakTheTable() {
        let table = MarkdownTable(columns: [.init("A"), .init("B", alignment: .right)], rows: [[MarkdownText.cell("x | y"), MarkdownText.cell("")]])
        #expect(table.rendered() == "| A | B |\n|---|---:|\n| x \\| y |   |\n")
    }
}
