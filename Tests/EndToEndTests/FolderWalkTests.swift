import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every command that walks a folder (`lint DIR`, `report DIR`, `panel --benchmark DIR`)
/// finishes at once on a folder full of links to itself, and reads nothing through a link
/// that leads out of the folder.
@Suite struct FolderWalkTests {
    /// Six links from `folder` back to itself: a walk that follows them looks at 6^depth folders.
    static func linkToItself(_ folder: String) throws {
        for name in ["a", "b", "c", "d", "e", "f"] {
            guard symlink(".", folder + "/" + name) == 0 else { throw WatchedProcess.SpawnError(message: "cannot link \(folder)/\(name)") }
        }
    }

    /// A folder `outside` next to `inside` with a broken `.yaml` file, and links to it from
    /// `inside`: to the folder (also under a `.yaml` name) and to the file.
    static func linkOutside(from inside: String, parent: String) throws {
        let outside = parent + "/outside"
        try FileManager.default.createDirectory(atPath: outside + "/deeper", withIntermediateDirectories: true)
        for file in [outside + "/broken.yaml", outside + "/deeper/broken.yaml"] {
            try "titel: [niet af\n".write(toFile: file, atomically: false, encoding: .utf8)
        }
        for (target, name) in [(outside, "elsewhere"), (outside, "elsewhere.yaml"), (outside + "/broken.yaml", "escape.yaml")] {
            guard symlink(target, inside + "/" + name) == 0 else { throw WatchedProcess.SpawnError(message: "cannot link \(name)") }
        }
    }

    /// Checks a run ended by itself, at once, fine, and did not read the files outside.
    static func expectQuick(_ result: WatchedProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.timedOut, "still running after 5 s", sourceLocation: sourceLocation)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("outside"), "read a file outside the folder:\n\(result)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("elsewhere"), "followed a link out of the folder:\n\(result)", sourceLocation: sourceLocation)
    }

    @Test func lintDoesNotFollowLinksToFolders() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let questionnaires = folder + "/questionnaires"
        try FileManager.default.createDirectory(atPath: questionnaires + "/proef", withIntermediateDirectories: true)
        _ = try HostileInput.bytes("proef/1.0.0.yaml") { HostileInput.questionnaire }(questionnaires)
        try Self.linkToItself(questionnaires)
        try Self.linkToItself(questionnaires + "/proef")
        try Self.linkOutside(from: questionnaires, parent: folder)

        let result = try WatchedProcess.run(Waarborg.executable, ["lint", questionnaires], in: folder, timeLimit: 5)
        Self.expectQuick(result)
        #expect(result.stderr.contains("1 file(s) checked") || result.stderr.contains("1 bestand(en) gecontroleerd"), "\(result)")
    }

    @Test func reportOfAFolderDoesNotFollowLinksOut() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let answers = folder + "/answers"
        try FileManager.default.createDirectory(atPath: answers, withIntermediateDirectories: true)
        _ = try HostileInput.bytes("answers.yaml") { HostileInput.answers }(answers)
        try Self.linkToItself(answers)
        try Self.linkOutside(from: answers, parent: folder)

        let result = try WatchedProcess.run(
            Waarborg.executable, ["report", "--questionnaires", HostileInput.questionnaires, answers], in: folder, timeLimit: 5)
        Self.expectQuick(result)
        #expect(result.stdout.contains("Fatima"), "\(result)")
    }

    @Test func panelBenchmarkDoesNotFollowLinksToFolders() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let benchmark = folder + "/region"
        try FileManager.default.createDirectory(atPath: benchmark + "/bestuur", withIntermediateDirectories: true)
        _ = try HostileInput.bytes("bestuur/answers.yaml") { HostileInput.answers }(benchmark)
        try Self.linkToItself(benchmark)
        try Self.linkToItself(benchmark + "/bestuur")
        try Self.linkOutside(from: benchmark, parent: folder)

        let result = try WatchedProcess.run(
            Waarborg.executable,
            ["panel", "--questionnaires", HostileInput.questionnaires, HostileInput.fixtures + "/answers.yaml", "--benchmark", benchmark],
            in: folder, timeLimit: 5)
        Self.expectQuick(result)
    }

    /// The questionnaires folder is walked the same way: a linked folder is no questionnaire.
    @Test func theQuestionnairesFolderDoesNotFollowLinksToFolders() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let questionnaires = folder + "/questionnaires"
        try FileManager.default.createDirectory(atPath: questionnaires + "/proef", withIntermediateDirectories: true)
        _ = try HostileInput.bytes("proef/1.0.0.yaml") { HostileInput.questionnaire }(questionnaires)
        try Self.linkToItself(questionnaires)
        #expect(symlink("proef", questionnaires + "/kopie") == 0)
        try Self.linkOutside(from: questionnaires, parent: folder)

        let result = try WatchedProcess.run(Waarborg.executable, ["list", "--questionnaires", questionnaires], in: folder, timeLimit: 5)
        Self.expectQuick(result)
        #expect(result.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" } == ["proef"], "\(result.stdout)")
    }

    /// A link to a file inside the walked folder is read, as a file named there would be.
    @Test func aLinkToAFileInsideIsRead() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let questionnaires = folder + "/questionnaires"
        try FileManager.default.createDirectory(atPath: questionnaires + "/proef", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: questionnaires + "/kapot", withIntermediateDirectories: true)
        _ = try HostileInput.bytes("proef/1.0.0.yaml") { HostileInput.questionnaire }(questionnaires)
        try "titel: [niet af\n".write(toFile: questionnaires + "/proef/kapot.txt", atomically: false, encoding: .utf8)
        #expect(symlink("../proef/kapot.txt", questionnaires + "/kapot/1.0.0.yaml") == 0)

        let result = try WatchedProcess.run(Waarborg.executable, ["lint", questionnaires], in: folder, timeLimit: 5)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains(questionnaires + "/kapot/1.0.0.yaml:"), "\(result)")
    }
}
