import Foundation
import Testing

/// `waarborg schema` prints what `docs/schema/` ships, and writes it with `--out`.
@Suite struct SchemaCommandTests {
    @Test(arguments: ["questionnaire", "answers", "plan"])
    func printsTheShippedSchema(_ format: String) throws {
        let shipped = Waarborg.read(Waarborg.root + "/docs/schema/\(format).schema.json")
        #expect(!shipped.isEmpty)
        let result = try Waarborg.run(["schema", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == shipped)
    }

    @Test func writesToOutAndKeepsAnExistingFileWithoutForce() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/plan.schema.json"
        let written = try Waarborg.run(["schema", "plan", "--out", path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "")
        #expect(Waarborg.read(path) == Waarborg.read(Waarborg.root + "/docs/schema/plan.schema.json"))

        let again = try Waarborg.run(["schema", "answers", "--out", path])
        #expect(again.status == 73)
        #expect(again.stderr.contains("het bestand bestaat al"))
        #expect(Waarborg.read(path) == Waarborg.read(Waarborg.root + "/docs/schema/plan.schema.json"))
        #expect(try Waarborg.run(["schema", "answers", "--out", path, "--force"]).status == 0)
        #expect(Waarborg.read(path) == Waarborg.read(Waarborg.root + "/docs/schema/answers.schema.json"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try Waarborg.run(["schema", "antwoorden"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("questionnaire"))
    }
}
