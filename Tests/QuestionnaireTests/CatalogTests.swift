import Diagnostics
import Questionnaire
import TestSupport
import Testing

/// `Catalog.directory` over `Fixtures/catalog/`, laid out as `<id>/<version>.yaml` with
/// some files that are not versions (`concept.yaml`, `LEESMIJ.md`).
@Suite struct CatalogTests {
    let root = Fixtures.path("catalog")

    @Test func listsOnlyVersionFilesOrderedByIdThenVersion() throws {
        let catalog = try Catalog.directory(root)
        #expect(catalog.origin == root)
        #expect(catalog.ids == ["waarborg-1", "waarborg-2", "waarborg-3"])
        #expect(
            catalog.entries.map(\.reference) == [
                "waarborg-1@1.0.0", "waarborg-1@1.2.0", "waarborg-1@1.10.0",
                "waarborg-2@1.0.0", "waarborg-2@2.0.0",
                "waarborg-3@0.9.0",
            ])
        #expect(
            catalog.entries.map(\.path) == [
                root + "/waarborg-1/1.0.0.yaml", root + "/waarborg-1/1.2.0.yaml", root + "/waarborg-1/1.10.0.yaml",
                root + "/waarborg-2/1.0.0.yaml", root + "/waarborg-2/2.0.0.yaml",
                root + "/waarborg-3/0.9.0.yaml",
            ])
    }

    /// 1.10.0 is newer than 1.2.0: versions compare as numbers, not as text.
    @Test func newestComparesVersionsAsNumbers() throws {
        let catalog = try Catalog.directory(root)
        #expect(
            catalog.versions(of: "waarborg-1").map(\.version) == [
                SemanticVersion(1, 0, 0), SemanticVersion(1, 2, 0), SemanticVersion(1, 10, 0),
            ])
        #expect(catalog.newest("waarborg-1")?.version == SemanticVersion(1, 10, 0))
        #expect(catalog.newest("waarborg-2")?.version == SemanticVersion(2, 0, 0))
        #expect(catalog.newest("waarborg-9") == nil)
        #expect(catalog.versions(of: "waarborg-9").isEmpty)
    }

    @Test func findsOneEntryByIdAndVersion() throws {
        let catalog = try Catalog.directory(root)
        let entry = try #require(catalog.entry("waarborg-1", SemanticVersion(1, 2, 0)))
        #expect(entry.id == "waarborg-1")
        #expect(entry.path == root + "/waarborg-1/1.2.0.yaml")
        #expect(catalog.entry("waarborg-1", SemanticVersion(2, 0, 0)) == nil, "concept.yaml is not a version")
    }

    @Test func loadsAnEntryWhoseNameMatchesItsContents() throws {
        let catalog = try Catalog.directory(root)
        let entry = try #require(catalog.newest("waarborg-1"))
        let result = try catalog.load(entry)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let questionnaire = try #require(result.questionnaire)
        #expect(questionnaire.reference == "waarborg-1@1.10.0")
        #expect(questionnaire.source.path == entry.path)
    }

    @Test func aFileNamedAfterAnotherVersionIsAnError() throws {
        let catalog = try Catalog.directory(root)
        let entry = try #require(catalog.entry("waarborg-2", SemanticVersion(2, 0, 0)))
        let result = try catalog.load(entry)
        #expect(result.questionnaire == nil)
        #expect(
            result.diagnostics.inEnglish == [
                .error(
                    "the file is named 2.0.0 but says version 1.0.0; name the file after its version",
                    at: FileLocation(file: entry.path, line: 1, column: 1))
            ])
    }

    @Test func aFileInAnotherQuestionnairesFolderIsAnError() throws {
        let catalog = try Catalog.directory(root)
        let entry = try #require(catalog.newest("waarborg-3"))
        let result = try catalog.load(entry)
        #expect(result.questionnaire == nil)
        #expect(
            result.diagnostics.inEnglish == [
                .error(
                    "the file is in folder 'waarborg-3' but is questionnaire 'waarborg-2'; keep each questionnaire in a folder of its own id",
                    at: FileLocation(file: entry.path, line: 1, column: 1))
            ])
    }

    @Test func aMissingFolderIsAFileError() {
        #expect(throws: (any Error).self) { try Catalog.directory(root + "/bestaat-niet") }
    }
}
