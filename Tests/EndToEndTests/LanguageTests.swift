import Foundation
import Testing

/// Every message Waarborg writes itself follows `--lang`: Dutch by default, English with
/// `--lang en`, never a mix. Only the keywords `error`, `warning` and `note` of the
/// compiler-style format are the same in both.
@Suite struct LanguageTests {
    /// English phrases of the messages; none may be left in a Dutch run. (`unknown` alone is
    /// also a key of the questionnaire format, quoted in Dutch messages.)
    static let englishPhrases = [
        "unknown key", "unknown role", "unknown question", "unknown scale", "unknown theme", "unknown function",
        "unknown character", "unknown alias", "did you mean", "expected", "cannot", "must be", "must not", "is not", "not allowed",
        "duplicate", "missing key", "no such", "is above", "is below", "needs", "asks for", "starts here",
        "first defined", "write it", "the file", "the plan", "add an entry", "errors", "warnings",
    ]

    /// The messages of a run's diagnostics: each line's text after `error:`, `warning:` or
    /// `note:`, without the file names, which may be English words.
    static func messages(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").compactMap { line in
            for keyword in [": error: ", ": warning: ", ": note: "] {
                if let range = line.range(of: keyword) { return String(line[range.upperBound...]) }
            }
            return line.hasPrefix("error: ") ? String(line.dropFirst(7)) : nil
        }
    }

    static func englishLeft(in stderr: String) -> [String] {
        messages(stderr).filter { message in englishPhrases.contains { message.contains($0) } }
    }

    @Test func diffSpeaksDutchByDefaultAndEnglishWhenAsked() throws {
        let dutch = try Waarborg.run(["diff", "waarborg-2@1.0.0", "waarborg-2@1.1.0"], directory: Waarborg.root)
        #expect(dutch.status == 1)
        #expect(dutch.stdout.contains("brekend ("), "\(dutch.stdout)")
        #expect(dutch.stdout.contains("brekende wijziging(en)"), "\(dutch.stdout)")
        for phrase in ["changed", "was removed", "was added", "breaking change", "became", "migrated"] {
            #expect(!dutch.stdout.contains(phrase), "\(phrase) in \(dutch.stdout)")
        }
        let english = try Waarborg.run(["diff", "waarborg-2@1.0.0", "waarborg-2@1.1.0", "--lang", "en"], directory: Waarborg.root)
        #expect(english.stdout.contains("breaking change(s)"))
        #expect(!english.stdout.contains("gewijzigd"))
        let json = try Waarborg.run(["diff", "waarborg-2@1.0.0", "waarborg-2@1.1.0", "--format", "json"], directory: Waarborg.root)
        #expect(json.stdout.contains("\"class\": \"breaking\""), "the class is an id, the same in every language")
        let unknown = try Waarborg.run(["diff", "waarborg-2@1.0.0", "waarborg-2@9.0.0"], directory: Waarborg.root)
        #expect(unknown.stderr.contains("de ingebouwde vragenlijsten") || unknown.stderr.contains("geen vragenlijst"), "\(unknown.stderr)")
        #expect(!unknown.stderr.contains("built-in"), "\(unknown.stderr)")
    }

    @Test func checkSpeaksDutchByDefaultAndEnglishWhenAsked() throws {
        let file = "Examples/broken/schoolleider-met-fouten.yaml"
        let dutch = try Waarborg.run(["check", file], directory: Waarborg.root)
        #expect(dutch.status == 65)
        #expect(Self.messages(dutch.stderr).count >= 10, "\(dutch.stderr)")
        #expect(Self.englishLeft(in: dutch.stderr).isEmpty, "\(Self.englishLeft(in: dutch.stderr))")
        #expect(dutch.stderr.contains("\(file):6:9: error: onbekende rol ‘schoolleidster’; bedoel je ‘schoolleider’?"))
        #expect(dutch.stderr.contains("1 bestand(en) gecontroleerd: 10 fout(en), 0 waarschuwing(en)."))

        let english = try Waarborg.run(["check", "--lang", "en", file], directory: Waarborg.root)
        #expect(english.status == 65)
        #expect(english.stderr.contains("\(file):6:9: error: unknown role 'schoolleidster'; did you mean 'schoolleider'?"))
        #expect(english.stderr.contains("1 file(s) checked: 10 error(s), 0 warning(s)."))
        #expect(!english.stderr.contains("onbekende"), "\(english.stderr)")
    }

    @Test func checkAsJSONFollowsTheLanguageToo() throws {
        let file = "Examples/broken/schoolleider-met-fouten.yaml"
        let dutch = try Waarborg.run(["check", "--format", "json", file], directory: Waarborg.root)
        #expect(dutch.stdout.contains("onbekende rol"))
        #expect(dutch.stdout.contains("\"severity\":\"error\"") || dutch.stdout.contains("\"severity\": \"error\""))
        let english = try Waarborg.run(["check", "--format", "json", "--lang", "en", file], directory: Waarborg.root)
        #expect(english.stdout.contains("unknown role"))
    }

    /// Every broken questionnaire fixture: dozens of different checks, none left in English.
    @Test func lintSpeaksDutchByDefaultAndEnglishWhenAsked() throws {
        let folder = "Tests/QuestionnaireTests/Fixtures/broken"
        let dutch = try Waarborg.run(["lint", folder], directory: Waarborg.root)
        #expect(dutch.status == 65)
        #expect(Self.messages(dutch.stderr).count > 100)
        #expect(Self.englishLeft(in: dutch.stderr).isEmpty, "\(Self.englishLeft(in: dutch.stderr))")
        #expect(dutch.stderr.contains("bestand(en) gecontroleerd"))

        let english = try Waarborg.run(["lint", "--lang", "en", folder], directory: Waarborg.root)
        #expect(english.status == 65)
        #expect(english.stderr.contains("unknown key"))
        #expect(english.stderr.contains("file(s) checked"))
        #expect(Self.messages(english.stderr).count == Self.messages(dutch.stderr).count)
    }

    @Test func aMissingFileIsDutchOrEnglishWithTheSameExitCode() throws {
        let dutch = try Waarborg.run(["check", "niet-er.yaml"], directory: Waarborg.root)
        #expect(dutch.status == 66)
        #expect(dutch.stderr.contains("niet-er.yaml:1:1: error: bestand bestaat niet"))
        #expect(Self.englishLeft(in: dutch.stderr).isEmpty, "\(dutch.stderr)")

        let english = try Waarborg.run(["check", "--lang", "en", "niet-er.yaml"], directory: Waarborg.root)
        #expect(english.status == 66)
        #expect(english.stderr.contains("niet-er.yaml:1:1: error: no such file"))

        let report = try Waarborg.run(["report", "--lang", "en", "niet-er.yaml"], directory: Waarborg.root)
        #expect(report.status == 66)
        #expect(report.stderr.contains("no such file"))
    }

    @Test func planCheckSpeaksDutchByDefaultAndEnglishWhenAsked() throws {
        let board = "Examples/regio/bestuur-de-linde/2026"
        let arguments =
            ["plan", "--check", "\(board)/plan.yaml"]
            + ["bestuurder", "schoolleider", "schoolopleider"].map { "\(board)/antwoorden/\($0).yaml" }
            + ["--questionnaires", "questionnaires", "--today", "2026-12-21"]
        let dutch = try Waarborg.run(arguments, directory: Waarborg.root)
        #expect(dutch.status == 65)
        #expect(dutch.stderr.contains("error: het plan pakt ontwikkelpunt ‘waarborg-4/behoud-volgen’ niet op (prioriteit hoog)"))
        #expect(Self.englishLeft(in: dutch.stderr).isEmpty, "\(dutch.stderr)")

        let english = try Waarborg.run(arguments + ["--lang", "en"], directory: Waarborg.root)
        #expect(english.status == 65)
        #expect(english.stderr.contains("error: the plan does not address development point 'waarborg-4/behoud-volgen' (priority hoog)"))
        #expect(!english.stderr.contains("pakt"), "\(english.stderr)")
    }

    /// A broken plan: the decoder's messages, with their notes and suggestions.
    @Test func aBrokenPlanIsReportedInTheLanguageAsked() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/plan.yaml"
        try """
        board: De Linde
        based_on:
          questionnaires: [{id: waarborg-1, version: 2.0.0}]
          digest: sha256:123
        entries:
          - id: a
            titel: Iets
            status: klaar
            evaluation: 31-12-2027
        """.write(toFile: plan, atomically: true, encoding: .utf8)
        let dutch = try Waarborg.run(["plan", "--check", plan], directory: Waarborg.root)
        #expect(dutch.status == 65)
        #expect(dutch.stderr.contains("onbekende sleutel ‘titel’ in een punt; bedoel je ‘title’?"), "\(dutch.stderr)")
        #expect(dutch.stderr.contains("bedoel je ‘afgerond’?"), "\(dutch.stderr)")
        #expect(Self.englishLeft(in: dutch.stderr).isEmpty, "\(Self.englishLeft(in: dutch.stderr))")

        let english = try Waarborg.run(["plan", "--check", plan, "--lang", "en"], directory: Waarborg.root)
        #expect(english.status == 65)
        #expect(english.stderr.contains("unknown key 'titel' in an entry; did you mean 'title'?"), "\(english.stderr)")
    }

    /// A usage error Waarborg writes itself; the argument parser's own `Error:` and
    /// `Usage:` lines around it stay English (see the README).
    @Test func ourOwnUsageErrorsFollowTheLanguage() throws {
        let arguments = ["plan", "--check", "a.yaml", "--render", "b.yaml"]
        let dutch = try Waarborg.run(arguments, directory: Waarborg.root)
        #expect(dutch.status == 64)
        #expect(dutch.stderr.contains("Error: geef --check of --render, niet allebei"), "\(dutch.stderr)")
        let english = try Waarborg.run(arguments + ["--lang", "en"], directory: Waarborg.root)
        #expect(english.status == 64)
        #expect(english.stderr.contains("Error: give either --check or --render, not both"), "\(english.stderr)")
    }
}
