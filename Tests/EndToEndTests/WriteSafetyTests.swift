import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing into a read-only folder, onto a read-only file system or a full disk fails with
/// exit 73 or 74 and a clear message, and leaves the existing file as it was, with no
/// temporary file behind.
///
/// The tests run one at a time: each mounts a tmpfs, and fewer mounts at once leave fewer
/// chances for another test's child process to hold one busy.
@Suite(.serialized) struct WriteSafetyTests {
    static let old = "the existing file, which must survive\n"

    /// The commands that write a file, each given the path to write.
    static let writers: [WriterCommand] = [
        WriterCommand("report --out") { out, questionnaires, answers in
            ["report", "--questionnaires", questionnaires, "--out", out, answers]
        },
        WriterCommand("template --output --force") { out, questionnaires, _ in
            ["template", "--questionnaires", questionnaires, "--output", out, "--force"]
        },
    ]

    @Test(
        .enabled(if: Unprivileged.unavailable == nil, Comment(rawValue: Unprivileged.unavailable ?? "")),
        arguments: writers)
    func aReadOnlyFolderIs73(_ writer: WriterCommand) throws {
        let (folder, executable) = try Unprivileged.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Unprivileged.copyReadable(HostileInput.questionnaires, to: folder + "/questionnaires")
        let answers = try HostileInput.bytes("answers.yaml") { HostileInput.answers }(folder)
        chmod(answers, 0o644)
        let target = folder + "/read-only"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        let out = target + "/out.txt"
        try Self.old.write(toFile: out, atomically: false, encoding: .utf8)
        chmod(out, 0o666)
        // Root owns the folder; as nobody (or without write permission) it cannot be written.
        chmod(target, Unprivileged.isRoot ? 0o755 : 0o555)
        defer { chmod(target, 0o755) }

        let result = try Unprivileged.run(executable, writer.arguments(out, folder + "/questionnaires", answers), in: folder)
        expectClean(result, path: out, HostileCase.Outcome(exit: 73, fragment: "kan geen bestand maken in", place: .file))
        #expect(result.stderr.contains("geen toestemming"), "\(result)")
        expectUnchanged(out, folder: target)
    }

    @Test(
        .enabled(if: TemporaryMount.unavailable == nil, Comment(rawValue: TemporaryMount.unavailable ?? "")),
        arguments: writers)
    func aReadOnlyFileSystemIs73(_ writer: WriterCommand) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mount = try TemporaryMount(size: "128k", in: folder)
        defer { mount.unmount() }
        let out = mount.path + "/out.txt"
        try TemporaryMount.write(Self.old, to: out)
        try mount.remountReadOnly()

        let result = try WatchedProcess.run(
            Waarborg.executable, writer.arguments(out, HostileInput.questionnaires, HostileInput.fixtures + "/answers.yaml"),
            in: folder)
        expectClean(result, path: out, HostileCase.Outcome(exit: 73, fragment: "alleen-lezen bestandssysteem", place: .file))
        expectUnchanged(out, folder: mount.path)
    }

    /// The report of 100 copies of the answers is about 200 KB, for a disk of 128 KB.
    @Test(.enabled(if: TemporaryMount.unavailable == nil, Comment(rawValue: TemporaryMount.unavailable ?? "")))
    func aReportBiggerThanTheDiskIs74() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mount = try TemporaryMount(size: "128k", in: folder)
        defer { mount.unmount() }
        let out = mount.path + "/rapport.txt"
        try TemporaryMount.write(Self.old, to: out)
        let answers = Array(repeating: HostileInput.fixtures + "/answers.yaml", count: 100)

        let result = try WatchedProcess.run(
            Waarborg.executable, ["report", "--questionnaires", HostileInput.questionnaires, "--out", out] + answers, in: folder)
        expectClean(result, path: out, HostileCase.Outcome(exit: 74, fragment: "de schijf is vol", place: .file))
        #expect(result.stderr.contains("het bestaande bestand is niet veranderd"), "\(result)")
        expectUnchanged(out, folder: mount.path)
    }

    @Test(
        .enabled(if: TemporaryMount.unavailable == nil, Comment(rawValue: TemporaryMount.unavailable ?? "")),
        arguments: writers)
    func aFullDiskIs74(_ writer: WriterCommand) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mount = try TemporaryMount(size: "128k", in: folder)
        defer { mount.unmount() }
        let out = mount.path + "/out.txt"
        try TemporaryMount.write(Self.old, to: out)
        let filler = mount.path + "/filler"
        Self.fill(filler)

        let result = try WatchedProcess.run(
            Waarborg.executable, writer.arguments(out, HostileInput.questionnaires, HostileInput.fixtures + "/answers.yaml"),
            in: folder)
        expectClean(result, path: out, HostileCase.Outcome(exit: 74, fragment: "kan niet schrijven: de schijf is vol", place: .file))
        expectUnchanged(out, folder: mount.path, alsoThere: ["filler"])
    }

    /// Writes to `path` until the disk is full.
    static func fill(_ path: String) {
        guard let file = fopen(path, "wbe") else { return }
        defer { fclose(file) }
        let block = [UInt8](repeating: 0x2E, count: 4096)
        while block.withUnsafeBufferPointer({ fwrite($0.baseAddress, 1, $0.count, file) }) == block.count {}
        fflush(file)
    }

    /// Checks that the existing file still holds its old text and that the folder holds
    /// nothing else: no temporary file was left behind.
    func expectUnchanged(_ path: String, folder: String, alsoThere: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) == Self.old, sourceLocation: sourceLocation)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let expected = ([(path as NSString).lastPathComponent] + alsoThere).sorted()
        #expect(names == expected, "left behind in \(folder): \(names)", sourceLocation: sourceLocation)
    }
}

/// A command that writes a file: its arguments for a target path, the questionnaires and an answers file.
struct WriterCommand: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: @Sendable (_ out: String, _ questionnaires: String, _ answers: String) -> [String]

    init(_ name: String, _ arguments: @escaping @Sendable (String, String, String) -> [String]) {
        self.name = name
        self.arguments = arguments
    }

    var testDescription: String { name }
}
