import Foundation
import TestSupport
import Testing

/// The panel brief is read by a panel member in an evening: its main part (first page,
/// questions, plan, the safeguards) must fit in ten printed A4 pages and under 3,000
/// words, and its first page must hold what to talk about.
///
/// Measured on the example board's brief with its plan and earlier self-assessment
/// (`Examples/regio/bestuur-de-linde/2026/panelbrief-met-plan.*`, kept up to date by
/// `ExampleFilesTests`), the largest brief the examples make.
@Suite(.serialized) struct BriefLengthTests {
    static let markdown = "Examples/regio/bestuur-de-linde/2026/panelbrief-met-plan.md"
    static let html = "Examples/regio/bestuur-de-linde/2026/panelbrief-met-plan.html"

    /// The Markdown up to the appendices.
    static func mainPart(_ text: String) -> Substring {
        guard let appendices = text.range(of: "<a id=\"bijlagen\"></a>") else { return text[...] }
        return text[..<appendices.lowerBound]
    }

    /// The words a reader reads: anchors and link targets left out, a word being a run of
    /// characters with at least one letter or digit.
    static func words(_ text: some StringProtocol) -> Int {
        var text = String(text)
        for pattern in ["<a id=\"[^\"]*\"></a>", "\\]\\(#[^)]*\\)"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text.split(whereSeparator: \.isWhitespace).filter { word in
            word.contains { $0.isLetter || $0.isNumber }
        }.count
    }

    @Test func theMainPartIsUnderThreeThousandWords() throws {
        let text = Waarborg.read(Waarborg.root + "/" + Self.markdown)
        let main = Self.mainPart(text)
        #expect(main.count < text.count, "the brief has no appendices")
        let count = Self.words(main)
        #expect(count > 1000, "the main part is suspiciously short: \(count) words")
        #expect(count < 3000, "the main part has \(count) words")
    }

    /// The check counts what it should.
    @Test func wordsAreCountedAsAReaderReadsThem() {
        #expect(Self.words("1. <a id=\"vraag-1\"></a>**Wie doet wat?** — *Waarborg 4* | 3,21 |") == 7)
        #expect(Self.words("[Hoort bij ontwikkelpunt 2](#ontwikkelpunt-2)") == 4)
        #expect(Self.mainPart("a\n<a id=\"bijlagen\"></a>\nb") == "a\n")
    }

    /// Headless Chromium prints the HTML on A4; the appendices start on a page of their
    /// own, so the pages before the one that opens with "Bijlagen" are the main part.
    @Test(
        .enabled(
            if: HTMLBrowserTests.available, "chromium and pdftotext are not installed (apt-get install chromium poppler-utils); CI runs this test"))
    func theMainPartPrintsOnAtMostTenPagesAndTheFirstPageHoldsTheSpeerpunten() throws {
        let chromium = try #require(HTMLBrowserTests.chromium, "chromium is not installed, but CI must run this test")
        let pdftotext = try #require(HTMLBrowserTests.pdftotext, "pdftotext is not installed, but CI must run this test")
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pdf = folder + "/brief.pdf"
        let printed = try HTMLBrowserTests.run(
            chromium,
            HTMLBrowserTests.browserArguments(folder) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(Waarborg.root)/\(Self.html)"])
        #expect(FileManager.default.fileExists(atPath: pdf), "no PDF: \(printed)")
        let pages = try HTMLBrowserTests.run(pdftotext, ["-layout", pdf, "-"]).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        let appendices = try #require(pages.firstIndex { $0.hasPrefix("Bijlagen") }, "no page opens with the appendices")
        #expect(appendices >= 1)
        #expect(appendices <= 10, "the main part prints on \(appendices) pages")
        // The first page: the board, who answered, the safeguards at a glance and every speerpunt.
        let first = HTMLBrowserTests.normalised(pages[0])
        for needle in ["Stichting De Linde", "3 respondenten", "De waarborgen in één oogopslag", "Speerpunten voor het gesprek"] {
            #expect(first.contains(HTMLBrowserTests.normalised(needle)), "the first page lacks \(needle)")
        }
        let speerpunten = Self.speerpuntTitles(Waarborg.read(Waarborg.root + "/" + Self.markdown))
        #expect((3...6).contains(speerpunten.count), "\(speerpunten)")
        for title in speerpunten {
            #expect(first.contains(HTMLBrowserTests.normalised(title)), "the first page lacks the speerpunt \(title)")
        }
    }

    /// `1. **[Title](#ontwikkelpunt-1)** — …` or `1. **Title** — …` under the speerpunten heading.
    static func speerpuntTitles(_ markdown: String) -> [String] {
        guard let start = markdown.range(of: "## Speerpunten voor het gesprek"),
            let end = markdown.range(of: "<a id=\"vragen\"></a>", range: start.upperBound..<markdown.endIndex)
        else { return [] }
        return markdown[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line -> String? in
            guard line.first?.isNumber == true, let open = line.range(of: "**"),
                let close = line.range(of: "**", range: open.upperBound..<line.endIndex)
            else { return nil }
            var title = String(line[open.upperBound..<close.lowerBound])
            if title.hasPrefix("["), let bracket = title.range(of: "](") {
                title = String(title[title.index(after: title.startIndex)..<bracket.lowerBound])
            }
            return title.replacingOccurrences(of: "\\", with: "")
        }
    }

    /// The first page as it reads in Markdown, up to the questions: a golden file, so a
    /// change in what the panel sees first is a change someone looked at.
    /// `WAARBORG_RECORD=1` writes it anew (and fails while recording).
    @Test func theFirstPageIsTheGoldenOne() throws {
        let text = Waarborg.read(Waarborg.root + "/" + Self.markdown)
        let end = try #require(text.range(of: "<a id=\"vragen\"></a>"))
        let page = String(text[..<end.lowerBound])
        let golden = Fixtures.path("golden") + "/speerpunten-page.md"
        if Golden.recording {
            try FileManager.default.createDirectory(atPath: Fixtures.path("golden"), withIntermediateDirectories: true)
            try page.write(toFile: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded \(golden); run again without WAARBORG_RECORD to compare")
            return
        }
        #expect(page == Waarborg.read(golden), "the first page changed; re-record with WAARBORG_RECORD=1 after reading it")
    }
}
