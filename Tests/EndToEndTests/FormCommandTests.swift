import Foundation
import TestSupport
import Testing

/// `waarborg form` as a coordinator uses it: the file it writes, its errors, and the page
/// in a real browser with a hostile `--from` file, answered with the keyboard and saved
/// as a file that `waarborg check` accepts.
@Suite(.serialized)
struct FormCommandTests {
    static var shipped: String { Waarborg.root + "/questionnaires" }

    @Test func theFormIsWrittenAndMistakesGetTheirExitCodes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try Waarborg.run(["form", "--questionnaires", Self.shipped, "--role", "schoolleider"], directory: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let page = Waarborg.read(folder + "/vragenlijst-schoolleider.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(page.contains("script-src 'sha256-") && page.contains("default-src 'none'"))
        #expect(made.stderr.contains("vragenlijst voor schoolleider met"))

        // Written once: a second form does not replace it without --force.
        let again = try Waarborg.run(["form", "--questionnaires", Self.shipped, "--role", "schoolleider"], directory: folder)
        #expect(again.status == 73)
        let forced = try Waarborg.run(
            ["form", "--questionnaires", Self.shipped, "--role", "schoolleider", "--force", "--lang", "en"], directory: folder)
        #expect(forced.status == 0)
        #expect(Waarborg.read(folder + "/vragenlijst-schoolleider.html").contains("<html lang=\"en\">"))

        let typo = try Waarborg.run(["form", "--questionnaires", Self.shipped, "--role", "schoolleidr", "--out", "x.html"], directory: folder)
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("onbekende rol ‘schoolleidr’") && typo.stderr.contains("schoolleider"), "\(typo.stderr)")
        let noRole = try Waarborg.run(["form", "--questionnaires", Self.shipped, "--out", "x.html"], directory: folder)
        #expect(noRole.status == 64)
        let missing = try Waarborg.run(["form", "--questionnaires", Self.shipped, "--from", "weg.yaml"], directory: folder)
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.html"))

        let answers = folder + "/anna.yaml"
        try Self.hostileAnswers.write(toFile: answers, atomically: true, encoding: .utf8)
        let otherRole = try Waarborg.run(["form", "--questionnaires", Self.shipped, "--from", answers, "--role", "bestuurder"], directory: folder)
        #expect(otherRole.status == 64)
        #expect(otherRole.stderr.contains("schoolleider"))
        try "respondent: {name: x, role: schoolleider}\n".write(toFile: folder + "/kapot.yaml", atomically: true, encoding: .utf8)
        let broken = try Waarborg.run(["form", "--questionnaires", Self.shipped, "--from", "kapot.yaml"], directory: folder)
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("kapot.yaml:1:"), "\(broken.stderr)")
    }

    /// Names and a note that try to add markup and run script.
    static let hostileAnswers = """
        respondent:
          name: "<script>window.pwned = 1</script>Anna"
          role: schoolleider
          organisation: "<img src=x onerror=\\"window.pwned = 2\\">"
        questionnaires:
          - questionnaire: waarborg-1
            version: 2.0.0
            answers:
              visie.beroepsbeeld: {value: 2, note: "</textarea><script>window.pwned = 3</script>\\u2028 & <b>vet</b>"}

        """

    @Test(
        .enabled(
            if: HeadlessBrowser.executable != nil || ProcessInfo.processInfo.environment["CI"] != nil, "chromium is not installed; CI runs this test")
    )
    func aHostileFileRunsNothingAndTheKeyboardAnswersAndSaves() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let answers = folder + "/anna.yaml"
        try Self.hostileAnswers.write(toFile: answers, atomically: true, encoding: .utf8)
        let made = try Waarborg.run(
            ["form", "--questionnaires", Self.shipped, "--from", answers, "--school", "OBS De Vlinder", "--out", "anna.html"], directory: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let downloads = folder + "/downloads"
        try FileManager.default.createDirectory(atPath: downloads, withIntermediateDirectories: true)
        let browser = try HeadlessBrowser(folder: folder, downloads: downloads)
        try browser.open("file://\(folder)/anna.html")

        // Nothing from the file ran or became markup; it is there as text.
        #expect(try browser.evaluate("window.pwned === undefined") as? Bool == true)
        #expect(try browser.evaluate("document.querySelectorAll('script').length") as? Int == 2)
        #expect(try browser.evaluate("document.querySelectorAll('b, img').length") as? Int == 0)
        #expect(try browser.string("document.getElementById('respondent-name').value") == "<script>window.pwned = 1</script>Anna")
        #expect(try browser.string("document.getElementById('q0-note').value") == "</textarea><script>window.pwned = 3</script>\u{2028} & <b>vet</b>")
        #expect(try browser.string("document.getElementById('respondent-school').value") == "OBS De Vlinder")
        // The policy refuses any script the page did not bring.
        let injected =
            "(function () { var s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s); return window.injected === undefined; })()"
        #expect(try browser.evaluate(injected) as? Bool == true)

        // Native controls work with the keyboard: arrow down moves the answer from 2 to 3,
        // Enter on the button saves.
        #expect(try browser.evaluate("document.querySelector('[name=\"q0\"][value=\"1\"]').checked") as? Bool == true)
        try browser.evaluate("document.querySelector('[name=\"q0\"][value=\"1\"]').focus()")
        try Self.press(browser, key: "ArrowDown", code: 40)
        #expect(try browser.evaluate("document.querySelector('[name=\"q0\"][value=\"2\"]').checked") as? Bool == true)
        #expect(try browser.evaluate("document.activeElement.name") as? String == "q0")
        try browser.evaluate("document.getElementById('save').focus()")
        try Self.press(browser, key: "Enter", code: 13, text: "\r")
        let guid = try browser.waitForDownload()
        let saved = downloads + "/" + guid
        let text = Waarborg.read(saved)
        #expect(
            text.contains("visie.beroepsbeeld:\n        value: 3\n        note: \"</textarea><script>window.pwned = 3</script>\\L & <b>vet</b>\""),
            "\(text)")
        #expect(text.contains("school: OBS De Vlinder"))
        let checked = try Waarborg.run(["check", "--questionnaires", Self.shipped, saved], directory: folder)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")

        // Nothing was asked of the network: the page itself and the download only.
        #expect(browser.requests.allSatisfy { $0.hasPrefix("file://") || $0.hasPrefix("blob:") }, "\(browser.requests)")
        #expect(!browser.requests.isEmpty)
    }

    @Test(
        .enabled(
            if: HeadlessBrowser.executable != nil || ProcessInfo.processInfo.environment["CI"] != nil, "chromium is not installed; CI runs this test")
    )
    func everyControlHasALabelAndThePageFitsAPhone() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try Waarborg.run(["form", "--questionnaires", Self.shipped, "--role", "schoolopleider", "--out", "form.html"], directory: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let browser = try HeadlessBrowser(folder: folder)
        try browser.open("file://\(folder)/form.html")
        #expect(try browser.evaluate("document.documentElement.lang") as? String == "nl")
        let unlabelled = "Array.from(document.querySelectorAll('input, textarea')).filter(function (e) { return e.labels.length === 0; }).length"
        #expect(try browser.evaluate(unlabelled) as? Int == 0)
        #expect(
            try browser.evaluate(
                "Array.from(document.querySelectorAll('fieldset')).every(function (f) { return f.querySelector('legend') !== null; })") as? Bool
                == true)
        for (width, scale) in [(390, 1), (640, 2)] {
            // A phone, and a laptop of 1280 pixels at 200 % zoom: one column, no sideways scrolling.
            try browser.send(
                "Emulation.setDeviceMetricsOverride", ["width": width, "height": 800, "deviceScaleFactor": scale, "mobile": width < 500])
            let overflow = try browser.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") as? Int
            #expect(overflow == 0, "at \(width) px the page scrolls sideways by \(overflow ?? -1) px")
        }
    }

    static func press(_ browser: HeadlessBrowser, key: String, code: Int, text: String? = nil) throws {
        var down: [String: Any] = ["type": "keyDown", "key": key, "code": key, "windowsVirtualKeyCode": code]
        if let text { down["text"] = text }
        try browser.send("Input.dispatchKeyEvent", down)
        try browser.send("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": key, "windowsVirtualKeyCode": code])
    }
}
