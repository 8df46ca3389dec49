import Assessment
import Foundation
import Questionnaire
import Reports
import Testing

/// English output has no Dutch left in it: the example board's reports and its panel brief,
/// in every format, with `--lang en`.
///
/// Text from the answers files (notes, evidence, open answers, the file's path, names) is
/// what a respondent wrote and stays as written, so it is left out here; so are the facts of
/// reasons, which are rule-language expressions over ids (`score(visie) = 2.75 < 3`). The
/// questionnaires have English texts (which may name a Dutch term in brackets), and ids
/// (`waarborg-1`, `weet-niet`, `hoog`, a theme `ontwikkelpunten`) are the same in every
/// language: JSON and CSV, where ids stand alone, are checked for the words that are not ids.
@Suite struct EnglishOutputTests {
    /// Dutch words of the interface, matched as whole words, case-insensitive;
    /// `waarborg` only as a word, not in an id such as `waarborg-1`.
    static let dutch = [
        "respondenten", "respondent(en)", "nee", "ja", "waarborg", "waarborgen", "thema", "thema's", "gemiddelde",
        "beantwoord", "geen", "niveau", "vragenlijst", "bestuur", "besturen", "toelichting", "onderbouwing",
        "opgeschaald", "opgeschaalde", "kernuitspraak", "kernuitspraken", "versie", "een", "niet", "mediaan",
        "totaal", "overzicht", "sterke", "ontwikkelpunten", "gespreksvragen", "uitspraken", "spreiding", "laagste", "hoogste",
    ]
    /// In JSON and CSV: `ja` and `nee` are the ids of yes/no answers, as in answers files,
    /// and `ontwikkelpunten` is the id of a theme.
    static let ids: Set<String> = ["ja", "nee", "ontwikkelpunten"]

    static func leaks(_ text: String, ignoring ignored: Set<String> = []) -> [String] {
        // The program's name, in the HTML page's generator.
        var text = text.replacingOccurrences(of: "content=\"waarborg\"", with: "")
        // Anchors (`id="overzicht"`, `href="#overzicht"`, `](#overzicht)`) are addresses, not text.
        for pattern in ["id=\"[^\"]*\"", "href=\"#[^\"]*\"", "\\]\\(#[^)]*\\)"] {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        var found: [String] = []
        for word in dutch where !ignored.contains(word) {
            let escaped = NSRegularExpression.escapedPattern(for: word)
            let pattern = "(?<![\\p{L}\\-_.(])" + escaped + "(?![\\p{L}\\-_])"
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            let range = NSRange(text.startIndex..., in: text)
            for match in regex.matches(in: text, range: range).prefix(3) {
                let lineRange = (text as NSString).lineRange(for: match.range)
                found.append("\(word): \((text as NSString).substring(with: lineRange).trimmingCharacters(in: .whitespacesAndNewlines))")
            }
        }
        return found
    }

    /// A respondent's assessment without what the respondent wrote.
    static func assessment(_ respondent: String) throws -> RespondentAssessment {
        var assessment = try ExampleBoardTests.assessment(respondent)
        assessment.path = "answers/\(respondent).yaml"
        for index in assessment.parts.indices {
            var answers = assessment.parts[index].response.answers
            for (id, answer) in answers {
                var answer = answer
                answer.note = nil
                answer.evidence = nil
                if case .text = answer.value { answers[id] = nil; continue }
                answers[id] = answer
            }
            assessment.parts[index].response.answers = answers
            assessment.parts[index].findings = assessment.parts[index].findings.map(Self.withoutFacts)
        }
        return assessment
    }

    static func withoutFacts(_ finding: Finding) -> Finding {
        var finding = finding
        finding.reasons = finding.reasons.map { reason in
            var reason = reason
            reason.facts = []
            return reason
        }
        return finding
    }

    @Test(arguments: ExampleBoardTests.respondents) func reportsInEnglishHaveNoDutch(_ respondent: String) throws {
        let assessment = try Self.assessment(respondent)
        let set = ExampleBoardTests.set
        let outputs: [(String, String, Set<String>)] = [
            ("terminal", TerminalReport(language: "en", set: set).render(assessment), []),
            ("markdown", MarkdownReport(language: "en", set: set).render(assessment), []),
            ("html", HTMLReport(language: "en", set: set).render(assessment), []),
            ("json", JSONReport(language: "en", set: set).render(assessment), Self.ids),
            ("csv", AnswersCSV().render([assessment]), Self.ids.subtracting(["nee", "ja"])),
        ]
        for (format, text, ignored) in outputs {
            let leaks = Self.leaks(text, ignoring: ignored)
            #expect(leaks.isEmpty, "\(format): \(leaks.joined(separator: "\n"))")
        }
    }

    @Test func panelBriefInEnglishHasNoDutch() throws {
        var board = BoardAggregate()
        for respondent in ExampleBoardTests.respondents { board.add(try Self.assessment(respondent)) }
        var brief = PanelAnalysis().brief(board)
        brief.findings = brief.findings.map(Self.withoutFacts)
        let set = ExampleBoardTests.set
        let outputs: [(String, String, Set<String>)] = [
            ("terminal", PanelTerminal(language: "en", set: set).render(brief), []),
            ("markdown", PanelMarkdown(language: "en", set: set).render(brief), []),
            ("html", PanelHTML(language: "en", set: set).render(brief), []),
            ("json", PanelJSON(language: "en", set: set).render(brief), Self.ids),
        ]
        for (format, text, ignored) in outputs {
            let leaks = Self.leaks(text, ignoring: ignored)
            #expect(leaks.isEmpty, "\(format): \(leaks.joined(separator: "\n"))")
        }
    }

    /// The check itself finds what it looks for.
    @Test func theCheckFindsDutch() {
        #expect(!Self.leaks("3 respondenten").isEmpty)
        #expect(!Self.leaks("kern,nee").isEmpty)
        #expect(Self.leaks("waarborg-1, version 2.0.0").isEmpty)
        #expect(Self.leaks("kern,nee", ignoring: Self.ids.subtracting(["nee", "ja"])).count == 1)
    }
}
