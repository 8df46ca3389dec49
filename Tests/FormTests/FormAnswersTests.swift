import Assessment
import Foundation
import Interview
import Questionnaire
import Reports
import TestSupport
import Testing

/// The form writes the answers file itself; it must be the file `fill` writes for the same
/// answers, and one that `check` accepts.
@Suite(.serialized)
struct FormAnswersTests {
    /// Clicks and typing as a person does them: each fires the events the page listens to.
    static let hands = """
        window.hands = {
          click: function (selector) {
            var element = document.querySelector(selector);
            if (element === null) throw new Error("no " + selector);
            element.click();
          },
          type: function (id, text) {
            var element = document.getElementById(id);
            if (element === null) throw new Error("no #" + id);
            element.focus();
            element.value = text;
            element.dispatchEvent(new Event("input", { bubbles: true }));
            element.dispatchEvent(new Event("change", { bubbles: true }));
          },
          shown: function (id) { return !document.getElementById(id).hidden; },
          text: function (id) { return document.getElementById(id).textContent; }
        };
        true
        """

    @Test(.enabled(if: FormSupport.available, "chromium is not installed (apt-get install chromium); CI runs this test"))
    func answersGivenInTheBrowserMakeTheFileFillMakes() throws {
        let questionnaire = try FormSupport.fixture()
        let role = FormSupport.role("schoolleider")
        let form = BrowserForm(questionnaires: [questionnaire], role: role, language: "nl", title: "Proef", privacy: "Privacy.")
        let folder = try FormSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let downloads = folder + "/downloads"
        try FileManager.default.createDirectory(atPath: downloads, withIntermediateDirectories: true)
        let browser = try FormSupport.open(form, in: folder, downloads: downloads)
        #expect(try browser.evaluate(Self.hands) as? Bool == true)
        let field = Dictionary(
            uniqueKeysWithValues: questionnaire.questions.filter { $0.isAsked(of: role.id) }.enumerated().map { ($1.id.description, $0) })
        func q(_ id: String) -> Int { field[id] ?? -1 }
        func click(_ id: String, _ option: Int) throws {
            try browser.evaluate("hands.click('[name=\"q\(q(id))\"][value=\"\(option)\"]')")
        }
        func type(_ id: String, _ text: String) throws {
            try browser.evaluate("hands.type('\(id)', \(try FormSupport.literal(text)))")
        }
        func shown(_ id: String) throws -> Bool { try browser.evaluate("hands.shown('\(id)')") as? Bool ?? false }

        try type("respondent-name", "Anna \"de\" Vries: schoolleider")
        try type("respondent-organisation", "Stichting De Linde")
        try type("respondent-school", "OBS De Vlinder")
        #expect(try browser.string("document.getElementById('progress').textContent").hasSuffix("vragen beantwoord"))

        // A 1 asks a note, and without one the answer is not in the file yet.
        try click("a.schaal", 0)
        #expect(try shown("q\(q("a.schaal"))-note-box"))
        #expect(try shown("q\(q("a.schaal"))-note-required"))
        #expect(try shown("q\(q("a.schaal"))-error"))
        try type("q\(q("a.schaal"))-note", "Nog geen afspraken.")
        #expect(try !shown("q\(q("a.schaal"))-error"))
        // A 3 asks evidence, not the note, which goes with the 1 (as in fill).
        try click("a.schaal", 2)
        #expect(try !shown("q\(q("a.schaal"))-note-box"))
        #expect(try shown("q\(q("a.schaal"))-evidence-box"))
        try type("q\(q("a.schaal"))-evidence", "Verslag van mei\nmet twee regels")
        try click("a.keuze", 1)
        try click("a.meer", 0)
        try click("a.meer", 1)
        try type("q\(q("a.meer"))-note", "  Met y.  ")
        try click("a.janee", 1)
        // Shown while there is no number, answered, then hidden by the number: left out.
        #expect(try shown("q\(q("b.standaard"))"))
        try click("b.standaard", 1)
        try type("q\(q("a.getal"))-v", "12x")
        #expect(try shown("q\(q("a.getal"))-error"))
        try type("q\(q("a.getal"))-v", "5,1")
        #expect(try !shown("q\(q("a.getal"))-error"))
        #expect(try !shown("q\(q("b.standaard"))"))
        try type("q\(q("a.tekst"))-v", "  ja  ")
        // A chain: keten shows while ongelijk is low; answered, then hidden again.
        try click("b.ongelijk", 0)
        #expect(try shown("q\(q("b.keten"))"))
        try click("b.keten", 3)
        try click("b.ongelijk", 3)
        #expect(try !shown("q\(q("b.keten"))"))
        #expect(try !shown("q\(q("b.na-opleider"))"))

        // Every other question shown is answered with the option its number picks.
        let plan = try Self.remainingPlan(questionnaire, role: role.id, field: field)
        for (id, option) in plan {
            #expect(try shown("q\(q(id))"), "\(id) should be shown")
            try click(id, option)
        }
        let progress = try browser.string("document.getElementById('progress').textContent")
        let shownCount = try #require(try browser.evaluate("document.querySelectorAll('fieldset.question:not([hidden])').length") as? Int)
        #expect(progress == "\(shownCount) van \(shownCount) vragen beantwoord")

        // The answers stay in the browser: a reload shows them again.
        try browser.reload()
        #expect(try browser.evaluate("document.querySelector('[name=\"q\(q("a.schaal"))\"][value=\"2\"]').checked") as? Bool == true)
        #expect(try browser.string("document.getElementById('q\(q("a.getal"))-v').value") == "5,1")
        #expect(try browser.string("document.getElementById('respondent-name').value") == "Anna \"de\" Vries: schoolleider")

        try browser.evaluate("document.getElementById('save').click(); true")
        let guid = try browser.waitForDownload()
        let bytes = try #require(FileManager.default.contents(atPath: downloads + "/" + guid), "the download is not in \(downloads)")
        let status = try browser.string("document.getElementById('save-status').textContent")
        #expect(status.contains("antwoorden-schoolleider-anna-de-vries-schoolleider.yaml"), "\(status)")

        // check accepts it.
        let read = AnswersReader.read(bytes: [UInt8](bytes), path: "antwoorden.yaml", resolver: FixedResolver([questionnaire]))
        #expect(read.diagnostics.filter { $0.severity == .error }.isEmpty, "\(read.diagnostics)")
        let file = try #require(read.file)

        // The same answers through fill's interview give the same file, byte for byte.
        var interview = Interview(questionnaires: [questionnaire])
        let roleIndex = try #require(interview.roles.firstIndex { $0.id == role.id })
        for action: Action in [
            .submit("Anna \"de\" Vries: schoolleider"), .choose(roleIndex), .submit("Stichting De Linde"), .submit("OBS De Vlinder"),
        ] {
            _ = interview.perform(action)
        }
        let answersInFill: [String: [Action]] = [
            "a.schaal": [.choose(2), .submit("Verslag van mei\nmet twee regels")],
            "a.keuze": [.choose(1)], "a.meer": [.chooseSet([0, 1]), .submit("Met y.")], "a.janee": [.choose(1)],
            "a.getal": [.submit("5,1")], "a.tekst": [.submit("ja")], "b.ongelijk": [.choose(3)],
        ].merging(plan.map { ($0.0, [Action.choose($0.1)]) }) { first, _ in first }
        var steps = 0
        while case .question(let index, _) = interview.step, steps < 200 {
            steps += 1
            let id = interview.items[index].question.id.description
            let actions = try #require(answersInFill[id], "fill asks \(id), which the browser did not answer")
            for action in actions { _ = interview.perform(action) }
        }
        #expect(interview.step == .review)
        var filled = try #require(interview.file)
        filled.started = file.started
        filled.updated = file.updated
        #expect(file.started != nil && file.updated != nil)
        let expected = AnswersWriter.yaml(filled, questionnaires: [questionnaire])
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(browser.requests.allSatisfy { $0.hasPrefix("file://") || $0.hasPrefix("blob:") }, "\(browser.requests)")
    }

    /// The questions shown at the end that the test does not answer on purpose, each with
    /// an option picked from its number.
    static func remainingPlan(_ questionnaire: Questionnaire, role: String, field: [String: Int]) throws -> [(String, Int)] {
        let special: Set<String> = ["a.schaal", "a.keuze", "a.meer", "a.janee", "a.getal", "a.tekst", "b.standaard", "b.ongelijk", "b.keten"]
        let answers: [QuestionID: Answer] = [
            try #require(QuestionID("a.schaal")): Answer(.option("3")), try #require(QuestionID("a.keuze")): Answer(.option("bb")),
            try #require(QuestionID("a.meer")): Answer(.options(["x", "y"])), try #require(QuestionID("a.janee")): Answer(.yesno(false)),
            try #require(QuestionID("a.getal")): Answer(.number(5.1)), try #require(QuestionID("a.tekst")): Answer(.text("ja")),
            try #require(QuestionID("b.ongelijk")): Answer(.option("4")),
        ]
        let response = Response(questionnaire: questionnaire.id, version: questionnaire.version, answers: answers)
        let visibility = Visibility(questionnaire, role: role)
        return visibility.shownQuestions(in: response).map(\.id.description).filter { !special.contains($0) }.map { id in
            let question = questionnaire.questions.first { $0.id.description == id }
            let count = question?.kind == .yesno ? 2 : question?.kind.options.count ?? 1
            return (id, (field[id] ?? 0) % min(4, count))
        }
    }

    @Test(.enabled(if: FormSupport.available, "chromium is not installed (apt-get install chromium); CI runs this test"))
    func thePagesWriterWritesWhatAnswersWriterWrites() throws {
        let questionnaire = try FormSupport.fixture()
        let form = BrowserForm(questionnaires: [questionnaire], role: FormSupport.role("schoolleider"), language: "nl", title: "Proef", privacy: "")
        let folder = try FormSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let browser = try FormSupport.open(form, in: folder)
        var generator = SeededGenerator(seed: 7)
        let texts = [
            "Anna", "", " leading", "trailing ", "yes", "No", "null", "~", "true", "123", "0x1F", "0o17", "1e5", ".inf", "-.5",
            "a: b", "a #b", "#x", "- x", "-", "---", "...x", "'q'", "\"q\"", "tab\there", "two\nlines", "ends\n", "\nstarts",
            "three\n\n\nbreaks\n\n", "cr\r\nlf", "ünïcödé — ‘quotes’", "emoji 🎓", "bidi \u{202E}x", "nel\u{85}x", "ls\u{2028}x",
            "bell\u{7}", "del\u{7F}", "bom\u{FEFF}", "nbsp\u{A0}", " \u{A0}", "key: value: more", "@at", "`tick", "%pct", "a\\b",
        ]
        func text() -> String { texts[generator.small() % texts.count] }
        var failures = 0
        for round in 0..<300 {
            var response = Response(questionnaire: questionnaire.id, version: questionnaire.version, digest: questionnaire.source.digest)
            for (id, answer) in FormVisibilityTests.randomAnswers(questionnaire, using: &generator) {
                var answer = answer
                if case .text = answer.value { answer.value = .text(text().isEmpty ? "x" : text()) }
                if case .number = answer.value, generator.small() % 4 == 0 {
                    answer.value = .number([0.1, 1e-5, 123456.789, 1e15, 1e16, 2.5e-7, 7.0 / 3][generator.small() % 7])
                }
                if generator.small() % 3 == 0 { answer.note = text() }
                if generator.small() % 4 == 0 { answer.evidence = text() }
                response.answers[id] = answer
            }
            if generator.small() % 3 == 0 { response.skipped = [try #require(QuestionID("a.tekst"))] }
            let file = AnswersFile(
                respondent: Respondent(
                    name: text(), role: "schoolleider", organisation: text(), school: generator.small() % 2 == 0 ? nil : text()),
                started: "2026-12-05T10:00:00Z", updated: generator.small() % 2 == 0 ? nil : "2026-12-05T11:00:00Z",
                responses: [response])
            let expected = AnswersWriter.yaml(file, questionnaires: [questionnaire])
            let written = try browser.string(
                "waarborgForm.answersYAML(\(try FormSupport.literal(FormSupport.json(file, questionnaires: [questionnaire]))))")
            if written != expected {
                failures += 1
                if failures <= 3 { Issue.record("round \(round): the page writes\n\(written)\nAnswersWriter writes\n\(expected)") }
            }
        }
        #expect(failures == 0)
    }
}
