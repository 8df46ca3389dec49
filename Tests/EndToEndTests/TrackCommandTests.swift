import Foundation
import TestSupport
import Testing

/// After the panel: `waarborg verslag` drafts and checks what was agreed, and
/// `waarborg intentieverklaring` makes the document an aspirant board signs.
@Suite struct TrackCommandTests {
    static var questionnaires: [String] { ["--questionnaires", Waarborg.root + "/questionnaires"] }
    static let example = "Examples/regio/bestuur-de-linde/2026/"
    static let verslag = example + "panel-verslag.yaml"

    /// A board folder whose round has the example board's plan.
    static func boardFolder() throws -> String {
        let board = try Waarborg.temporaryFolder() + "/bestuur-de-linde"
        try FileManager.default.createDirectory(atPath: board + "/2026/antwoorden", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/plan.yaml", toPath: board + "/2026/plan.yaml")
        return board
    }

    @Test func aDraftHasThePlansSpeerpuntenAndFailsTheCheckUntilFilledIn() throws {
        let board = try Self.boardFolder()
        let run = try Waarborg.run(["verslag", board])
        #expect(run.status == 0, "\(run.stderr)")
        let path = board + "/2026/panel-verslag.yaml"
        let draft = Waarborg.read(path)
        for id in ["waarborg-1/afspraken-vastleggen", "waarborg-2/arrangement-elke-starter", "waarborg-4/cirkel-rond"] {
            #expect(draft.contains("id: " + id))
        }
        #expect(!draft.contains("waarborg-3/"), "a point that is no speerpunt")
        let check = try Waarborg.run(["verslag", "--check", board])
        #expect(check.status == 65)
        #expect(check.stderr.contains(path + ":6:1: error: de datum van het gesprek is niet ingevuld"))
        #expect(check.stderr.contains(":14:5: error: bij ‘waarborg-1/afspraken-vastleggen’ ontbreekt het besluit"))
        #expect(check.stderr.contains("error: het advies ontbreekt: toetreden, aspirant of niet-nu"))
        // The secretary's file is never overwritten by a new draft.
        try (draft + "# ingevuld\n").write(toFile: path, atomically: true, encoding: .utf8)
        let again = try Waarborg.run(["verslag", board])
        #expect(again.status == 73)
        #expect(Waarborg.read(path).hasSuffix("# ingevuld\n"))
    }

    @Test func mistakesInAVerslagAreLocatedAllAtOnce() throws {
        let folder = try Waarborg.temporaryFolder()
        let path = folder + "/v.yaml"
        try """
        board: Stichting De Linde
        date: 28-01-2027
        panel: [Anna]
        points:
          - id: a
            title: A
            decision: akoord
            owner: B
            due: 2027-07-02
          - id: b
            title: B
            decision: aangepast
            owner: B
            due: 2027-07-02
        advice: aspirant
        colour: rood
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try Waarborg.run(["verslag", "--check", path, "--lang", "en"])
        #expect(run.status == 65)
        #expect(run.stderr.contains(path + ":2:7: error: the date of the conversation '28-01-2027' must be an ISO date; did you mean 2027-01-28?"))
        #expect(
            run.stderr.contains(
                path + ":7:15: error: the decision must be one of 'akkoord', 'aangepast', 'geschrapt', not 'akoord'; did you mean 'akkoord'?"))
        #expect(run.stderr.contains(path + ":16:1: error: unknown key 'colour'"))
    }

    @Test func theExampleVerslagIsCompleteAndItsIntentieverklaringIsUpToDate() throws {
        let check = try Waarborg.run(["verslag", "--check", Self.verslag], directory: Waarborg.root)
        #expect(check.status == 0, "\(check.stderr)")
        for (format, name) in [("markdown", "intentieverklaring.md"), ("html", "intentieverklaring.html")] {
            let run = try Waarborg.run(
                ["intentieverklaring", Self.verslag, "--format", format, "--today", "2027-02-10"] + Self.questionnaires, directory: Waarborg.root)
            #expect(run.status == 0, "\(run.stderr)")
            let path = Waarborg.root + "/" + Self.example + name
            if Golden.recording {
                try run.stdout.write(toFile: path, atomically: true, encoding: .utf8)
                Issue.record("recorded \(Self.example + name); run again without WAARBORG_RECORD to compare")
                continue
            }
            #expect(run.stdout == Waarborg.read(path), "\(Self.example + name) is out of date; re-record with WAARBORG_RECORD=1")
        }
        let markdown = Waarborg.read(Waarborg.root + "/" + Self.example + "intentieverklaring.md")
        // The agreed points: kept, changed (as agreed), the panel's own; the dropped one is not there.
        #expect(markdown.contains("| 1 | Leg taken en verantwoordelijkheden vast | Bestuurder | 2 juli 2027 |"))
        #expect(markdown.contains("ook wie na 1 oktober of met een tijdelijke aanstelling begint"))
        #expect(markdown.contains("| 4 | Leg vast hoe schoolleiders en pabo samen besluiten"))
        #expect(!markdown.contains("Samen met de pabo: gedeeld eigenaarschap"))
        #expect(markdown.contains("uiterlijk plaats op **29 februari 2028**"))
    }

    @Test func anUnknownNameInTheTemplateIsALocatedError() throws {
        let folder = try Waarborg.temporaryFolder()
        try "# Intentieverklaring {{bestuur}}\n\n{{#punten}}\n- {{titel}} ({{trekker}})\n{{/punten}}\n"
            .write(toFile: folder + "/t.md", atomically: true, encoding: .utf8)
        let run = try Waarborg.run(["intentieverklaring", Waarborg.root + "/" + Self.verslag, "--template", folder + "/t.md"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(folder + "/t.md:4:14: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("trekker"))
    }

    @Test func onlyAnAspirantBoardGetsOne() throws {
        let folder = try Waarborg.temporaryFolder()
        let text = Waarborg.read(Waarborg.root + "/" + Self.verslag).replacingOccurrences(of: "advice: aspirant", with: "advice: toetreden")
        try text.write(toFile: folder + "/v.yaml", atomically: true, encoding: .utf8)
        let run = try Waarborg.run(["intentieverklaring", folder + "/v.yaml"] + Self.questionnaires)
        #expect(run.status == 65)
        #expect(run.stderr.contains("een intentieverklaring is er voor een aspirant-bestuur"))
    }

    @Test(
        .enabled(
            if: HTMLBrowserTests.available, "chromium and pdftotext are not installed (apt-get install chromium poppler-utils); CI runs this test"))
    func theHTMLPrintsAsADocumentToSign() throws {
        let chromium = try #require(HTMLBrowserTests.chromium, "chromium is not installed, but CI must run this test")
        let pdftotext = try #require(HTMLBrowserTests.pdftotext, "pdftotext is not installed, but CI must run this test")
        let html = Waarborg.root + "/" + Self.example + "intentieverklaring.html"
        let page = Waarborg.read(html)
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains(" src="), "the page would load something")
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pdf = folder + "/iv.pdf"
        _ = try HTMLBrowserTests.run(
            chromium, HTMLBrowserTests.browserArguments(folder) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"])
        let pages = try HTMLBrowserTests.run(pdftotext, ["-layout", pdf, "-"]).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        #expect(pages.count == 2, "the declaration and, after the page break, the signatures")
        #expect(pages.first?.contains("Afgesproken ontwikkelpunten") == true)
        #expect(pages.last?.contains("Ondertekening") == true)
        #expect(pages.last?.contains("Namens Stichting De Linde") == true)
    }

    /// The project group's HTML pages print in Chromium with their text, and load nothing.
    @Test(
        .enabled(
            if: HTMLBrowserTests.available, "chromium and pdftotext are not installed (apt-get install chromium poppler-utils); CI runs this test"),
        arguments: [
            ("Examples/regio/regio.html", ["Overzicht van de regio", "Stand van het traject", "Terugkerende ontwikkelpunten", "Verankerd"]),
            ("Examples/regio/bestuur-markiezaat/verloop.html", ["Verloop over de jaren: Stichting Markiezaat", "2025", "2026"]),
            (
                "Examples/regio/bestuur-de-linde/2026/voortgang.html",
                ["Voortgang voor het toetredingsgesprek", "Afgesproken ontwikkelpunten", "Open punten"]
            ),
        ])
    func theRegionPagesPrint(_ page: String, _ texts: [String]) throws {
        let chromium = try #require(HTMLBrowserTests.chromium, "chromium is not installed, but CI must run this test")
        let pdftotext = try #require(HTMLBrowserTests.pdftotext, "pdftotext is not installed, but CI must run this test")
        let html = Waarborg.root + "/" + page
        let source = Waarborg.read(html)
        #expect(!source.contains("http://") && !source.contains("https://") && !source.contains(" src="), "the page would load something")
        #expect(source.contains("Content-Security-Policy"))
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pdf = folder + "/page.pdf"
        _ = try HTMLBrowserTests.run(
            chromium, HTMLBrowserTests.browserArguments(folder) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"])
        let text = try HTMLBrowserTests.run(pdftotext, ["-layout", pdf, "-"])
        for expected in texts { #expect(text.contains(expected), "\(page): no '\(expected)' in the printed page") }
    }
}
