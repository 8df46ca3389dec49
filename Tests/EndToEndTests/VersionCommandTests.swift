import Foundation
import Testing

/// Publishing, the lock, `diff` and `migrate` as the project group and a board use them.
@Suite struct VersionCommandTests {
    /// A copy of the shipped questionnaires in a fresh folder, with no lock yet.
    func workspace() throws -> String {
        let folder = try Waarborg.temporaryFolder()
        try FileTree.copy(Waarborg.root + "/questionnaires", to: folder + "/questionnaires")
        try? FileManager.default.removeItem(atPath: folder + "/questionnaires/lock.yaml")
        return folder
    }

    @Test func aPublishedVersionThatChangesIsRefusedWithWhatToDo() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = "questionnaires/waarborg-1/1.0.0.yaml"
        let publish = try Waarborg.run(["publish", file], directory: folder)
        #expect(publish.status == 0, "\(publish.stderr)")
        let lock = Waarborg.read(folder + "/questionnaires/lock.yaml")
        #expect(lock.contains("waarborg-1@1.0.0: sha256:"))
        #expect(
            try Waarborg.run(["list"], directory: folder).stdout.contains(
                "waarborg-1  1.0.0  Waarborg 1 — Gedeelde visie en verantwoordelijkheid  (gepubliceerd)"))

        // Publishing again is harmless; changing the file afterwards is an error.
        #expect(try Waarborg.run(["publish", file], directory: folder).status == 0)
        let path = folder + "/" + file
        let text = Waarborg.read(path).replacingOccurrences(of: "formeel onderschreven", with: "onderschreven")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let lint = try Waarborg.run(["lint", "questionnaires"], directory: folder)
        #expect(lint.status == 65)
        #expect(lint.stderr.contains("\(file):1:1: error: waarborg-1@1.0.0 is gepubliceerd, maar het bestand is sindsdien veranderd"))
        #expect(lint.stderr.contains("maak in plaats daarvan een nieuwe versie"))
        let republish = try Waarborg.run(["publish", file], directory: folder)
        #expect(republish.status == 65)
        // An answers file made with that version is refused too, since the version will not load.
        let check = try Waarborg.run(
            ["check", Waarborg.root + "/Examples/regio/bestuur-de-linde/2023/antwoorden/bestuurder.yaml"], directory: folder)
        #expect(check.status == 65)
    }

    @Test func diffExitsOneOnBreakingChangesAndZeroWithout() throws {
        let breaking = try Waarborg.run(["diff", "waarborg-2@1.0.0", "waarborg-2@1.1.0", "--lang", "en"], directory: Waarborg.root)
        #expect(breaking.status == 1)
        #expect(breaking.stdout == Waarborg.read(Waarborg.root + "/docs/examples/diff-waarborg-2.txt"))
        let none = try Waarborg.run(["diff", "waarborg-1@1.0.0", "questionnaires/waarborg-1/1.0.0.yaml", "--lang", "en"], directory: Waarborg.root)
        #expect(none.status == 0)
        #expect(none.stdout.contains("no changes"))
        let json = try Waarborg.run(["diff", "waarborg-2@1.0.0", "waarborg-2@1.1.0", "--format", "json"], directory: Waarborg.root)
        #expect(json.stdout.contains("\"class\": \"breaking\""))
        let unknown = try Waarborg.run(["diff", "waarborg-2@1.0.0", "waarborg-2@9.0.0"], directory: Waarborg.root)
        #expect(unknown.status == 66)
    }

    @Test func migrateWritesANewFileAndReportsWhatItLeftBehind() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = Waarborg.root + "/Examples/regio/bestuur-de-linde/2023/antwoorden/schoolleider.yaml"
        try FileTree.copy(source, to: folder + "/schoolleider.yaml")
        let run = try Waarborg.run(
            ["migrate", "schoolleider.yaml", "--to", "1.1.0", "--questionnaires", Waarborg.root + "/questionnaires"], directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let migrated = Waarborg.read(folder + "/schoolleider-1.1.0.yaml")
        #expect(migrated.contains("version: 1.1.0"))
        #expect(migrated.contains("begeleiding.gesprekken-gepland:"))
        #expect(migrated.contains("begeleiding.gesprekken-leervragen:"))
        #expect(!migrated.contains("begeleiding.gesprekken:"))
        #expect(Waarborg.read(folder + "/schoolleider.yaml") == Waarborg.read(source))
        let check = try Waarborg.run(["check", "schoolleider-1.1.0.yaml", "--questionnaires", Waarborg.root + "/questionnaires"], directory: folder)
        #expect(check.status == 0, "\(check.stderr)")
        // Running it again does not overwrite the new file.
        let again = try Waarborg.run(
            ["migrate", "schoolleider.yaml", "--to", "1.1.0", "--questionnaires", Waarborg.root + "/questionnaires"], directory: folder)
        #expect(again.status == 73)
    }

    @Test func migrateReportsAnswersItCannotCarry() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A 1.2.0 that drops one of the split statements.
        let newer = Waarborg.read(folder + "/questionnaires/waarborg-2/1.1.0.yaml")
            .replacingOccurrences(of: "version: 1.1.0", with: "version: 1.2.0")
            .replacingOccurrences(of: "  from: 1.0.0", with: "  from: 1.1.0")
            .replacingOccurrences(
                of: "    begeleiding.gesprekken: {to: [begeleiding.gesprekken-gepland, begeleiding.gesprekken-leervragen]}",
                with: "    begeleiding.gesprekken-leervragen: drop")
        try newer.write(toFile: folder + "/questionnaires/waarborg-2/1.2.0.yaml", atomically: true, encoding: .utf8)
        try FileTree.copy(Waarborg.root + "/Examples/regio/bestuur-de-linde/2023/antwoorden/schoolleider.yaml", to: folder + "/a.yaml")
        let run = try Waarborg.run(["migrate", "a.yaml", "--to", "1.2.0", "-o", "b.yaml"], directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("begeleiding.gesprekken-leervragen: niet overgenomen: de migratie naar 1.2.0 laat deze vraag vallen"))
        #expect(Waarborg.read(folder + "/b.yaml").contains("version: 1.2.0"))
    }
}
