import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `fill` per answers file, and no comment lost without a copy.
@Suite(.serialized) struct FillLockTests {
    private func start(_ file: String) throws -> PseudoTerminal {
        try PseudoTerminal(["fill", "--questionnaires", Waarborg.questionnaires, file], environment: Waarborg.environment())
    }

    private func fill(_ file: String, input: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
        try Waarborg.run(["fill", "--questionnaires", Waarborg.questionnaires, file], input: input)
    }

    @Test func aSecondSessionOnTheSameFileIsRefusedUntilTheFirstIsGone() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"
        let first = try start(file)
        first.expect("Je naam:")

        let second = try fill(file, input: "Bert\n")
        #expect(second.status == 73)
        #expect(second.stderr.contains("\(file) is in gebruik door proces \(first.pid) (een andere waarborg fill)"), "\(second.stderr)")

        // Through a symbolic link the file is the same, and so is the lock.
        let link = folder + "/link.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        #expect(try fill(link).status == 73)

        // The kernel releases the lock of a killed process; the lock file it left is harmless.
        kill(first.pid, SIGKILL)
        #expect(first.waitForExit() == 128 + SIGKILL)
        #expect(FileManager.default.fileExists(atPath: folder + "/.antwoorden.yaml.lock"))
        let third = try fill(file, input: "Anna\n4\nDe Linde\n\nq\n")
        #expect(third.status == 0, "\(third.stderr)")
        #expect(Waarborg.read(file).contains("name: Anna"))
        // Removed on a normal exit.
        #expect(!FileManager.default.fileExists(atPath: folder + "/.antwoorden.yaml.lock"))
    }

    @Test func theLockFileIsPrivate() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try start(folder + "/a.yaml")
        first.expect("Je naam:")
        var status = stat()
        #expect(stat(folder + "/.a.yaml.lock", &status) == 0)
        #expect(status.st_mode & 0o077 == 0)
        first.send(PseudoTerminal.Keys.ctrlC)
        #expect(first.waitForExit() == 130)
    }

    @Test func commentsAreKeptInABackupBeforeTheFileIsRewritten() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/antwoorden.yaml"
        #expect(try fill(file, input: "Anna\n4\nDe Linde\n\nq\n").status == 0)
        let edited = "# Ingevuld samen met de schoolleider.\n" + Waarborg.read(file)
        try edited.write(toFile: file, atomically: false, encoding: .utf8)

        let run = try fill(file, input: "n\n\nq\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "bevat opmerkingen (#)").count == 2, "\(run.stderr)")
        #expect(run.stderr.contains("Het bestand zoals het was staat in \(file).bak."))
        #expect(Waarborg.read(file + ".bak") == edited)
        var status = stat()
        #expect(stat(file + ".bak", &status) == 0)
        #expect(status.st_mode & 0o077 == 0)
        // The answer was saved, without the comment.
        #expect(Waarborg.read(file).contains("rollen.schoolopleider: \"n\""))
        #expect(!Waarborg.read(file).contains("# Ingevuld"))

        // A file without comments gets no backup.
        try FileManager.default.removeItem(atPath: file + ".bak")
        #expect(try fill(file, input: "q\n").status == 0)
        #expect(!FileManager.default.fileExists(atPath: file + ".bak"))
    }
}
