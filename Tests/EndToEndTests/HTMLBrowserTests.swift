import Foundation
import Testing

/// The panel brief's HTML opened in a real browser: headless Chromium (Debian package
/// `chromium`) prints it to PDF and takes a screenshot; `pdftotext` (poppler-utils) reads
/// the PDF back.
///
/// Skipped only when Chromium is missing outside CI; in CI (`CI` set) a missing browser
/// fails the test, so the check cannot silently stop running.
@Suite(.serialized) struct HTMLBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let pdftotext = ["/usr/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }
    static var available: Bool { (chromium != nil && pdftotext != nil) || inCI }

    /// A respondent whose note and evidence would run script if they were not escaped.
    static let hostile = """
        respondent: {name: "<b>Leraar</b> X", role: leraar, organisation: "Stichting De Linde"}
        questionnaires:
          - questionnaire: waarborg-1
            version: 2.0.0
            answers:
              visie.gezamenlijke-taak:
                value: 2
                note: "<script>document.body.insertAdjacentHTML('beforeend', '<div id=\\"pwned\\">gehackt</div>')</script>"
              betrokkenheid.teams-geinformeerd:
                value: 3
                note: "<img src=x onerror=\\"document.body.appendChild(document.createElement('div')).id='pwned'\\">"
        """

    /// The example board and the hostile respondent as a panel brief in HTML, with the
    /// brief's scores as JSON beside it.
    static func makeBrief(in folder: String) throws -> (html: String, json: [String: Any]) {
        let hostilePath = folder + "/leraar.yaml"
        try hostile.write(toFile: hostilePath, atomically: true, encoding: .utf8)
        let answers =
            ["bestuurder", "schoolleider", "schoolopleider"].map { Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/antwoorden/\($0).yaml" }
            + [hostilePath]
        let common = ["--questionnaires", Waarborg.root + "/questionnaires"]
        let html = folder + "/panel.html"
        let run = try Waarborg.run(["panel"] + answers + common + ["--format", "html", "--out", html])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Waarborg.run(["panel"] + answers + common + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        return (html, document)
    }

    @Test(.enabled(if: available, "chromium and pdftotext are not installed (apt-get install chromium poppler-utils); CI runs this test"))
    func theBriefPrintsWithEverySafeguardAndScore() throws {
        let chromium = try #require(Self.chromium, "chromium is not installed, but CI must run this test")
        let pdftotext = try #require(Self.pdftotext, "pdftotext is not installed, but CI must run this test")
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (html, json) = try Self.makeBrief(in: folder)
        let pdf = folder + "/panel.pdf"
        let printed = try Self.run(chromium, Self.browserArguments(folder) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"])
        #expect(FileManager.default.fileExists(atPath: pdf), "no PDF: \(printed)")
        let text = try Self.run(pdftotext, ["-layout", pdf, "-"])
        let questionnaires = json["questionnaires"] as? [[String: Any]] ?? []
        #expect(questionnaires.count == 4)
        for questionnaire in questionnaires {
            let title = try #require(questionnaire["title"] as? String)
            let score = try #require(questionnaire["score"] as? Double)
            #expect(Self.normalised(text).contains(Self.normalised(title)), "the PDF lacks \(title)")
            #expect(text.contains(Self.dutch(score)), "the PDF lacks the score \(Self.dutch(score)) of \(title)")
        }
        // The hostile note is in the print as the text it is.
        #expect(text.contains("<script>document.body.insertAdjacentHTML"))
    }

    /// A respondent's report (`waarborg report --format html`) prints the same way.
    @Test(.enabled(if: available, "chromium and pdftotext are not installed (apt-get install chromium poppler-utils); CI runs this test"))
    func theRespondentsReportPrintsWithEverySafeguardAndScore() throws {
        let chromium = try #require(Self.chromium, "chromium is not installed, but CI must run this test")
        let pdftotext = try #require(Self.pdftotext, "pdftotext is not installed, but CI must run this test")
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let answers = Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/antwoorden/schoolleider.yaml"
        let common = ["--questionnaires", Waarborg.root + "/questionnaires"]
        let html = folder + "/rapport.html"
        let run = try Waarborg.run(["report", answers, "--format", "html", "--out", html] + common)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Waarborg.run(["report", answers, "--format", "json"] + common)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let report = (document?["reports"] as? [[String: Any]])?.first
        let questionnaires = report?["questionnaires"] as? [[String: Any]] ?? []
        #expect(questionnaires.count == 4)
        let pdf = folder + "/rapport.pdf"
        _ = try Self.run(chromium, Self.browserArguments(folder) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"])
        let text = try Self.run(pdftotext, ["-layout", pdf, "-"])
        for questionnaire in questionnaires {
            let title = try #require(questionnaire["title"] as? String)
            let score = try #require(questionnaire["score"] as? Double)
            #expect(Self.normalised(text).contains(Self.normalised(title)), "the PDF lacks \(title)")
            #expect(text.contains(Self.dutch(score)), "the PDF lacks the score \(Self.dutch(score)) of \(title)")
        }
    }

    @Test(.enabled(if: available, "chromium is not installed (apt-get install chromium); CI runs this test"))
    func scriptInANoteRunsNothing() throws {
        let chromium = try #require(Self.chromium, "chromium is not installed, but CI must run this test")
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (html, _) = try Self.makeBrief(in: folder)
        let dom = try Self.run(chromium, Self.browserArguments(folder) + ["--virtual-time-budget=2000", "--dump-dom", "file://\(html)"])
        #expect(dom.contains("<h1>"), "no DOM dumped: \(dom.prefix(300))")
        // Neither the script nor the onerror handler made an element (as text the id may show).
        #expect(!dom.contains("<div id=\"pwned\""))
        #expect(!dom.contains("<img"))
        #expect(!dom.contains("<script"))
        // The note shows literally, escaped as text.
        #expect(dom.contains("&lt;script&gt;document.body.insertAdjacentHTML"))
        #expect(dom.contains("&lt;img src=x onerror="))
        // The respondent's name is in no panel brief at all.
        #expect(!dom.contains("Leraar</b>") && !dom.contains("Leraar&lt;/b&gt;"))
    }

    @Test(.enabled(if: available, "chromium is not installed (apt-get install chromium); CI runs this test"))
    func thePageLoadsNothingFromTheNetworkAndMakesAScreenshot() throws {
        let chromium = try #require(Self.chromium, "chromium is not installed, but CI must run this test")
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (html, _) = try Self.makeBrief(in: folder)
        let page = Waarborg.read(html)
        // Text from the answers may say `src=`; no tag of the page has such an attribute.
        for tag in Self.tags(page) {
            // Links stay on the page (`href="#…"`); nothing else names an address.
            let tag = tag.replacingOccurrences(of: " href=\"#", with: " ")
            for needle in [" src=", " href=", " srcset=", " action=", " data=", "url(", "<link", "<script", "<iframe", "<object"] {
                #expect(!tag.lowercased().contains(needle), "a tag loads something: \(tag)")
            }
        }
        let style = page.split(separator: "<style>").last?.split(separator: "</style>").first ?? ""
        #expect(!style.contains("url(") && !style.contains("@import"))
        #expect(page.contains("default-src 'none'"))
        let shot = folder + "/panel.png"
        _ = try Self.run(chromium, Self.browserArguments(folder) + ["--window-size=1200,2000", "--screenshot=\(shot)", "file://\(html)"])
        let png = try #require(FileManager.default.contents(atPath: shot), "no screenshot")
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000, "the screenshot looks empty")
        if let keep = ProcessInfo.processInfo.environment["WAARBORG_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: shot, toPath: keep)
        }
    }

    // MARK: Helpers

    /// Headless, no sandbox (CI runs as root), a profile of its own, and every host name
    /// unresolvable, so a page that tried to load anything would get nothing.
    static func browserArguments(_ folder: String) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(folder)/profile", "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars",
        ]
    }

    /// Runs a program and returns its standard output; a program still running after
    /// `seconds` is ended.
    static func run(_ program: String, _ arguments: [String], seconds: Double = 90) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
        let data = readToEnd(stdout.fileHandleForReading)
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    /// Every tag of the page, `<` to `>`; escaped text holds no `<`, so none is missed.
    static func tags(_ page: String) -> [Substring] {
        var tags: [Substring] = []
        var rest = page[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            tags.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    /// A score as the brief prints it: two decimals with a decimal comma.
    static func dutch(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100),\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Text with every run of white space as one space, so a title broken over lines in
    /// the PDF still matches.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
