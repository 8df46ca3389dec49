import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every command writes only where the user meant: a device or a named pipe is written,
/// never replaced; a link's target is replaced and the link stays; an input is never
/// overwritten; a write-protected file needs --force; stdout errors are exit 74; new files
/// with personal data are private. Device nodes are made with `mknod` in the test's own
/// folder, never taken from `/dev`.
@Suite struct OutputTargetTests {
    static let board = Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/antwoorden"
    static let questionnaires = ["--questionnaires", Waarborg.root + "/questionnaires"]
    static let answers = board + "/bestuurder.yaml"
    static let plan = Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/plan.yaml"
    static let isRoot = geteuid() == 0

    /// The commands that write an output file, given that file and a scratch folder.
    static let writers: [OutputCommand] = [
        OutputCommand("report") { out, _ in ["report", answers, "--out", out] + questionnaires },
        OutputCommand("panel") { out, _ in ["panel", answers, board + "/schoolleider.yaml", "--out", out] + questionnaires },
        OutputCommand("plan --render") { out, _ in ["plan", "--render", plan, "--format", "markdown", "--out", out] + questionnaires },
        OutputCommand("template --force") { out, _ in ["template", "--output", out, "--force"] + questionnaires },
    ]

    // MARK: Devices, pipes and links

    @Test(.enabled(if: isRoot, "mknod needs root"), arguments: writers)
    func aDeviceIsWrittenNotReplaced(_ writer: OutputCommand) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let node = folder + "/null"
        // The null device (1, 3), private to this folder.
        #expect(mknod(node, S_IFCHR | 0o666, deviceNumber(1, 3)) == 0)
        let run = try Waarborg.run(writer.arguments(node, folder))
        #expect(run.status == 0, "\(run.stderr)")
        var info = stat()
        #expect(lstat(node, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "the device was replaced by another kind of file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["null"], "a temporary file is left")
    }

    @Test(arguments: writers)
    func aNamedPipeGetsTheOutput(_ writer: OutputCommand) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = PipeReader(fifo)
        let run = try Waarborg.run(writer.arguments(fifo, folder))
        let received = reader.wait()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(received.count > 100, "the reader got \(received.count) bytes")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe was replaced")
    }

    @Test(arguments: writers)
    func aLinksTargetIsReplacedAndTheLinkStays(_ writer: OutputCommand) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/elders", withIntermediateDirectories: false)
        try "old\n".write(toFile: folder + "/elders/doel.txt", atomically: false, encoding: .utf8)
        #expect(symlink("elders/doel.txt", folder + "/link") == 0)
        let run = try Waarborg.run(writer.arguments(folder + "/link", folder))
        #expect(run.status == 0, "\(run.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link")) == "elders/doel.txt")
        #expect(Waarborg.read(folder + "/elders/doel.txt").count > 100)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/elders") == ["doel.txt"])
    }

    @Test func aDanglingLinkGetsItsTargetMade() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(symlink("nieuw.md", folder + "/link") == 0)
        let run = try Waarborg.run(["report", Self.answers, "--out", folder + "/link"] + Self.questionnaires)
        #expect(run.status == 0, "\(run.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link")) == "nieuw.md")
        #expect(Waarborg.read(folder + "/nieuw.md").contains("Waarborg"))
    }

    @Test func standardOutputNamedAsAFileIsWrittenInPlace() throws {
        // `--out` naming the file stdout already goes to, directly or through a private link
        // (never a real /dev node): that file gets the report through stdout, and nothing is
        // renamed over it, so its inode stays.
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(symlink("uit.txt", folder + "/naar-uit") == 0)
        for out in ["uit.txt", "naar-uit"] {
            _ = FileManager.default.createFile(atPath: folder + "/uit.txt", contents: nil)
            var before = stat()
            #expect(stat(folder + "/uit.txt", &before) == 0)
            let result = try Shell.run(
                #""$1" report "$2" --out "$4/$5" --questionnaires "$3" > "$4/uit.txt""#,
                [Waarborg.executable, Self.answers, Waarborg.root + "/questionnaires", folder, out])
            #expect(result.status == 0, "\(out): \(result.stderr)")
            #expect(Waarborg.read(folder + "/uit.txt").contains("Waarborg"), "\(out)")
            var after = stat()
            #expect(stat(folder + "/uit.txt", &after) == 0 && after.st_ino == before.st_ino, "\(out): the file was replaced")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["naar-uit", "uit.txt"])
        }
    }

    // MARK: Inputs and protected files

    @Test func theOutputCannotBeAnInput() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let answers = folder + "/a.yaml"
        let planCopy = folder + "/plan.yaml"
        try FileManager.default.copyItem(atPath: Self.answers, toPath: answers)
        try FileManager.default.copyItem(atPath: Self.plan, toPath: planCopy)
        #expect(symlink("a.yaml", folder + "/link.yaml") == 0)
        #expect(link(answers, folder + "/hard.yaml") == 0)
        let original = Waarborg.read(answers)
        let cases: [[String]] = [
            ["report", answers, "--out", answers],
            ["report", answers, "--out", folder + "/link.yaml"],
            ["report", answers, "--out", folder + "/hard.yaml", "--force"],
            ["report", folder, "--out", answers],
            ["panel", answers, "--out", answers],
            ["panel", Self.board + "/schoolleider.yaml", "--previous", answers, "--out", folder + "/link.yaml"],
            ["panel", Self.answers, "--plan", planCopy, "--out", planCopy],
            ["plan", "--render", planCopy, "--out", planCopy],
            ["plan", answers, "--out", answers, "--force"],
            ["migrate", answers, "--to", "1.0.0", "--out", answers, "--force"],
        ]
        for arguments in cases {
            let run = try Waarborg.run(arguments + Self.questionnaires)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("is een van de bestanden die dit commando leest"), "\(arguments): \(run.stderr)")
            #expect(Waarborg.read(answers) == original, "\(arguments) changed the input")
        }
        #expect(Waarborg.read(planCopy) == Waarborg.read(Self.plan))
    }

    @Test(arguments: writers)
    func aWriteProtectedFileNeedsForce(_ writer: OutputCommand) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/beschermd.txt"
        try "old\n".write(toFile: out, atomically: false, encoding: .utf8)
        chmod(out, 0o444)
        let arguments = writer.arguments(out, folder).filter { $0 != "--force" }
        let refused = try Waarborg.run(arguments)
        #expect(refused.status == 73, "\(refused.stderr)")
        #expect(refused.stderr.contains("beveiligd tegen schrijven; gebruik --force"), "\(refused.stderr)")
        #expect(Waarborg.read(out) == "old\n")

        let forced = try Waarborg.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(Waarborg.read(out).count > 100)
        var info = stat()
        #expect(stat(out, &info) == 0 && info.st_mode & 0o777 == 0o444, "the replaced file keeps its mode")
    }

    // MARK: Standard output

    @Test(
        .enabled(if: isRoot, "mknod needs root"),
        arguments: [
            ["template"], ["report", answers], ["panel", answers], ["plan", "--render", plan], ["list"], ["--help"],
            ["schema", "questionnaire"],
        ])
    func aFullDiskOnStdoutIs74(_ arguments: [String]) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The full device (1, 7): every write fails with ENOSPC.
        #expect(mknod(folder + "/full", S_IFCHR | 0o666, deviceNumber(1, 7)) == 0)
        let extra = arguments == ["--help"] || arguments.first == "schema" ? [] : Self.questionnaires
        let result = try Shell.run(
            #""$@" > "$WAARBORG_FULL""#, [Waarborg.executable] + arguments + extra, environment: ["WAARBORG_FULL": folder + "/full"])
        #expect(result.status == 74, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("kan niet schrijven: de schijf is vol"), "\(result.stderr)")
    }

    @Test func aClosedPipeEndsQuietlyAndLeavesNothing() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/tmp", withIntermediateDirectories: false)
        // Forty copies of a report, far more than a pipe holds, to a reader that reads nothing.
        let files = Array(repeating: Self.answers, count: 40)
        let result = try Shell.run(
            #""$@" | true; echo "${PIPESTATUS[0]}" > "$TMPDIR/../status""#,
            [Waarborg.executable, "report", "--format", "json"] + files + Self.questionnaires,
            environment: ["TMPDIR": folder + "/tmp"])
        #expect(result.status == 0)
        let status = Waarborg.read(folder + "/status").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "141" || status == "0", "report ended with \(status)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/tmp").isEmpty, "the spool is left behind")
    }

    // MARK: Formats from extensions

    @Test(arguments: [("r.html", "<!DOCTYPE html>"), ("r.md", "# "), ("r.json", "{"), ("r.csv", "respondent")])
    func theOutFilesExtensionChoosesTheFormat(_ name: String, _ start: String) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for command in [["report", Self.answers], ["panel", Self.answers, Self.board + "/schoolleider.yaml"]] {
            let run = try Waarborg.run(command + ["--out", folder + "/" + name] + Self.questionnaires)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(
                Waarborg.read(folder + "/" + name).hasPrefix(start) || Waarborg.read(folder + "/" + name).lowercased().contains(start),
                "\(command) \(name)")
        }
        let mismatch = try Waarborg.run(["report", Self.answers, "--out", folder + "/x.md", "--format", "json"] + Self.questionnaires)
        #expect(mismatch.status == 64)
        #expect(mismatch.stderr.contains("--format json past niet bij --out"))
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        for (typed, meant) in [("reprot", "report"), ("fil", "fill"), ("chek", "check")] {
            let run = try Waarborg.run([typed, "x.yaml"])
            #expect(run.status == 64)
            #expect(run.stderr.hasPrefix("error: onbekend commando ‘\(typed)’; bedoel je ‘\(meant)’?"), "\(run.stderr)")
            let english = try Waarborg.run([typed, "--lang", "en", "x.yaml"])
            #expect(english.status == 64)
            #expect(english.stderr.hasPrefix("error: unknown command '\(typed)'; did you mean '\(meant)'?"), "\(english.stderr)")
        }
    }

    @Test func aMistypedPlanSubcommandGetsASuggestionAndTheOldFlagsStillWork() throws {
        let run = try Waarborg.run(["plan", "chek", "plan.yaml"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("error: onbekend commando ‘chek’; bedoel je ‘check’?"), "\(run.stderr)")
        #expect(run.stderr.contains("waarborg plan --help"))
        let plan = Waarborg.root + "/Examples/regio/bestuur-de-linde/2026/plan.yaml"
        let byCommand = try Waarborg.run(["plan", "check", plan, "--today", "2026-12-21"])
        let byFlag = try Waarborg.run(["plan", "--check", plan, "--today", "2026-12-21"])
        #expect(byCommand.status == byFlag.status)
        #expect(byCommand.stderr == byFlag.stderr)
        #expect(byCommand.stderr.contains("gecontroleerd"))
    }

    // MARK: Modes and temporary files

    @Test func newFilesWithPersonalDataArePrivate() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func mode(_ name: String) -> mode_t {
            var info = stat()
            return stat(folder + "/" + name, &info) == 0 ? info.st_mode & 0o777 : 0
        }
        let script = #"umask "$UMASK"; "$@""#
        let q = Waarborg.root + "/questionnaires"
        for (umask, name, personal) in [("022", "r1.md", true), ("022", "t1.yaml", false), ("077", "t2.yaml", false), ("027", "p.yaml", true)] {
            let arguments: [String] =
                switch name.first {
                case "r": ["report", Self.answers, "--out", folder + "/" + name]
                case "t": ["template", "--output", folder + "/" + name]
                default: ["plan", Self.answers, "--out", folder + "/" + name]
                }
            let result = try Shell.run(script, [Waarborg.executable] + arguments + ["--questionnaires", q], environment: ["UMASK": umask])
            #expect(result.status == 0, "\(result.stderr)")
            let mask = mode_t(umask, radix: 8)!
            let expected: mode_t = (personal ? 0o600 : 0o666) & ~mask
            #expect(mode(name) == expected, "\(name) with umask \(umask): \(String(mode(name), radix: 8))")
        }
    }

    @Test func aTemporaryFileOfAKilledWriterIsRemovedOnTheNextWrite() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A process that has ended: its pid names no running process.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let abandoned = ".rapport.md.waarborg-\(ended.processIdentifier)-AbCdEf"
        let running = ".rapport.md.waarborg-\(getpid())-GhIjKl"
        for name in [abandoned, running] { try "half\n".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8) }
        let run = try Waarborg.run(["report", Self.answers, "--out", folder + "/rapport.md"] + Self.questionnaires)
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == [running, "rapport.md"].sorted())
    }

    @Test func fillWritesThroughALinkAndRefusesAnswersCheckWouldReject() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(symlink("echt.yaml", folder + "/antwoorden.yaml") == 0)
        let input = "Jan\n1\nBestuur\n\n1\n"
        let run = try Waarborg.run(["fill", folder + "/antwoorden.yaml", "--plain", "--only", "waarborg-1"] + Self.questionnaires, input: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/antwoorden.yaml")) == "echt.yaml")
        #expect(Waarborg.read(folder + "/echt.yaml").contains("name: Jan"))

        // A name of 17 MB would make a file larger than `check` reads: fill refuses to write it.
        let huge = String(repeating: "x", count: 17_000_000)
        let refused = try Waarborg.run(
            ["fill", folder + "/groot.yaml", "--plain", "--only", "waarborg-1"] + Self.questionnaires, input: huge + "\n1\nBestuur\n\n1\n")
        #expect(refused.status == 65, "\(refused.stderr.prefix(500))")
        #expect(refused.stderr.contains("meer dan de 16777216 bytes die een antwoordbestand mag hebben"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/groot.yaml"))
    }
}

/// A device number from its major and minor numbers, as glibc's `makedev` (a macro Swift
/// does not see) makes it.
func deviceNumber(_ major: UInt64, _ minor: UInt64) -> dev_t {
    dev_t((major & 0xFFF) << 8 | (major & ~0xFFF) << 32 | (minor & 0xFF) | (minor & ~0xFF) << 12)
}

/// A command that writes a file, for parameterised tests.
struct OutputCommand: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: @Sendable (_ out: String, _ folder: String) -> [String]

    init(_ name: String, _ arguments: @escaping @Sendable (String, String) -> [String]) {
        self.name = name
        self.arguments = arguments
    }

    var testDescription: String { name }
}

/// Reads a named pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ path: String) {
        Thread {
            if let handle = FileHandle(forReadingAtPath: path) {
                self.data = readToEnd(handle)
                try? handle.close()
            }
            self.done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// Runs a bash script with arguments (`$1`, `$2`, …), for redirections a test cannot make
/// with `Process` alone.
enum Shell {
    static func run(_ script: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        try Waarborg.runProgram("/bin/bash", ["-c", script, "bash"] + arguments, environment: Waarborg.environment(environment))
    }
}
