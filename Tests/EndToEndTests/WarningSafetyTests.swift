import Foundation
import Testing

/// The warnings of `panel` and `plan` that name a board, and the questionnaire titles of
/// `list` and `fill --plain`, show control characters from their files as escapes.
@Suite struct WarningSafetyTests {
    /// An organisation that would clear the screen, set the window title, start a C1 CSI
    /// and reverse the rest of the line, written as YAML escapes.
    static let hostileYAML = #"Evil\e[2J\e]0;x\a\x9b31m\u202EBoard"#
    /// How it shows on the terminal.
    static let shown = #"Evil\u{1B}[2J\u{1B}]0;x\u{7}\u{9B}31m\u{202E}Board"#

    /// The fixture answers with another organisation, in `folder`.
    static func answers(_ name: String, organisation: String, in folder: String) throws -> String {
        let text = Waarborg.read(HostileInput.fixtures + "/answers.yaml")
            .replacingOccurrences(of: #"organisation: "Stichting De Linde""#, with: "organisation: \"\(organisation)\"")
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// Runs the program and checks that neither stdout nor stderr holds a raw control.
    static func run(_ arguments: [String], in folder: String, input: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let result = try Waarborg.run(arguments, input: input, directory: folder)
        let raw = OutputSafetyTests.rawControls(in: result.stdout + result.stderr)
        #expect(raw.isEmpty, "raw controls in the output of \(arguments): \(raw)\n\(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    @Test func panelWarnsOfSeveralBoardsWithEscapes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = try Self.answers("a.yaml", organisation: "Stichting De Linde", in: folder)
        let evil = try Self.answers("b.yaml", organisation: Self.hostileYAML, in: folder)
        for format in ["terminal", "markdown", "html", "json"] {
            let result = try Self.run(
                ["panel", "--questionnaires", HostileInput.questionnaires, "--format", format, good, evil], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains(Self.shown), "\(result.stderr)")
        }
    }

    @Test func panelWarnsOfAnotherPreviousBoardWithEscapes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let now = try Self.answers("now.yaml", organisation: "Stichting De Linde", in: folder)
        let earlier = try Self.answers("earlier.yaml", organisation: Self.hostileYAML, in: folder)
        let result = try Self.run(
            ["panel", "--questionnaires", HostileInput.questionnaires, now, "--previous", earlier], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(Self.shown), "\(result.stderr)")
    }

    @Test func planWarnsOfSeveralBoardsWithEscapes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = try Self.answers("a.yaml", organisation: "Stichting De Linde", in: folder)
        let evil = try Self.answers("b.yaml", organisation: Self.hostileYAML, in: folder)
        let evilFirst = try Self.answers("c.yaml", organisation: Self.hostileYAML, in: folder)
        let plan = folder + "/plan.yaml"
        let draft = try Self.run(
            ["plan", "--questionnaires", HostileInput.questionnaires, "--out", plan, good, evil, evilFirst], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stderr.contains(Self.shown), "\(draft.stderr)")
        let check = try Self.run(
            ["plan", "--questionnaires", HostileInput.questionnaires, "--check", plan, good, evil, evilFirst], in: folder)
        #expect(check.stderr.contains(Self.shown), "\(check.stderr)")
        let render = try Self.run(["plan", "--questionnaires", HostileInput.questionnaires, "--render", plan], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
    }

    /// A copy of the fixture questionnaires whose questionnaire has a hostile title.
    static func hostileTitle(in folder: String) throws -> String {
        let questionnaires = folder + "/questionnaires"
        try FileManager.default.createDirectory(atPath: questionnaires + "/proef", withIntermediateDirectories: true)
        let text = Waarborg.read(HostileInput.questionnaires + "/proef/1.0.0.yaml")
            .replacingOccurrences(
                of: #"title: {nl: "Proef — opleiders", en: "Trial — educators"}"#,
                with: "title: {nl: \"\(Self.hostileYAML)\", en: \"\(Self.hostileYAML)\"}")
        try #require(text.contains(Self.hostileYAML))
        try text.write(toFile: questionnaires + "/proef/1.0.0.yaml", atomically: false, encoding: .utf8)
        return questionnaires
    }

    @Test func listShowsATitleWithEscapes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let questionnaires = try Self.hostileTitle(in: folder)
        let result = try Self.run(["list", "--questionnaires", questionnaires], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(Self.shown), "\(result.stdout)")
    }

    @Test func plainFillShowsATitleWithEscapes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let questionnaires = try Self.hostileTitle(in: folder)
        let result = try Self.run(
            ["fill", "--plain", "--questionnaires", questionnaires, folder + "/new.yaml"], in: folder,
            input: "Fatima\n4\nBestuur \u{1B}[2J\nSchool\n\n\n\n")
        #expect(result.stderr.contains(Self.shown), "\(result.stderr)")
    }
}
