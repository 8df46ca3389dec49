import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text from answers files reaches the terminal only as visible escapes: a name or note
/// with ESC sequences, BEL, backspace, CR, C1 controls or bidi overrides cannot move the
/// cursor, change colours, set the window title or reorder what is shown.
@Suite struct OutputSafetyTests {
    /// Answers whose respondent, notes, evidence and text answer hold control sequences.
    static var answers: String { HostileInput.fixtures + "/control-characters.yaml" }

    @Test(arguments: ["terminal", "markdown", "html"])
    func reportsShowControlCharactersAsEscapes(format: String) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try WatchedProcess.run(
            Waarborg.executable, ["report", "--format", format, "--questionnaires", HostileInput.questionnaires, Self.answers],
            in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Fatima"))
        #expect(Self.rawControls(in: result.stdout).isEmpty, "raw controls on stdout: \(Self.rawControls(in: result.stdout))")
        #expect(Self.rawControls(in: result.stderr).isEmpty, "raw controls on stderr: \(Self.rawControls(in: result.stderr))")
    }

    @Test func theTerminalReportShowsTheEscapes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try WatchedProcess.run(
            Waarborg.executable, ["report", "--questionnaires", HostileInput.questionnaires, Self.answers], in: folder)
        #expect(result.stdout.contains(#"Fatima\u{1B}[2J\u{1B}[H\u{1B}]0;pwned\u{7} el Amrani\u{202E}"#))
        #expect(result.stdout.contains(#"In concept.\u{1B}[1A\u{1B}[2K\u{D}weg\u{200F}\u{61C}\u{2028}x"#))
    }

    @Test func diagnosticsShowControlCharactersAsEscapes() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try HostileInput.text("unknown-question.yaml") {
            """
            respondent: {name: A, role: schoolopleider, organisation: B}
            questionnaires:
              - questionnaire: proef
                version: 1.0.0
                answers:
                  "rollen.\\e[2J\\a\\b\\r\\u202E\\x9b31m": 1
                  "\\e]0;pwned\\a": 1

            """
        }(folder)
        let result = try WatchedProcess.run(
            Waarborg.executable, ["check", "--questionnaires", HostileInput.questionnaires, path], in: folder)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains(#"heeft geen vraag ‘rollen.\u{1B}[2J\u{7}\u{8}\u{D}\u{202E}\u{9B}31m’"#), "\(result)")
        #expect(Self.rawControls(in: result.stderr).isEmpty, "raw controls on stderr: \(Self.rawControls(in: result.stderr))")
    }

    /// A file name is input too: `evil<ESC>[2J<ESC>]0;x<BEL><U+202E>.yaml`.
    @Test(arguments: [["lint"], ["check"], ["report"]])
    func fileNamesShowControlCharactersAsEscapes(command: [String]) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = "evil\u{1B}[2J\u{1B}]0;x\u{07}\u{202E}.yaml"
        let source = command == ["lint"] ? HostileInput.questionnaires + "/proef/1.0.0.yaml" : HostileInput.fixtures + "/answers.yaml"
        let path = try HostileInput.bytes(name) { HostileInput.read(source) + Array("titel: x\n".utf8) }(folder)
        let clean = try HostileInput.bytes("clean-" + name) { HostileInput.read(source) }(folder)
        for file in [path, clean, folder + "/missing-" + name] {
            let arguments = command + (command == ["lint"] ? [] : ["--questionnaires", HostileInput.questionnaires]) + [file]
            let result = try WatchedProcess.run(Waarborg.executable, arguments, in: folder)
            #expect(result.status != 0 || file == clean, "\(result)")
            let raw = Self.rawControls(in: result.stdout + result.stderr)
            #expect(raw.isEmpty, "raw controls in the output of \(arguments): \(raw)\n\(result)")
        }
    }

    /// The scalars a terminal would act on: C0 controls but tab and newline, DEL, C1
    /// controls, line and paragraph separators and bidi controls.
    static func rawControls(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            let v = scalar.value
            return (v < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(v)
                || v == 0x2028 || v == 0x2029 || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
