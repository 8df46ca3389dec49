import BuiltinQuestionnaires
import Foundation
import TestSupport
import Testing

/// The copy of `questionnaires/` built into the program must equal the folder, so
/// `waarborg` works the same from any folder. Regenerate with `WAARBORG_RECORD=1`.
@Suite struct EmbeddedCopyTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]

    /// Every file under questionnaires/ (the questionnaires and the lock), sorted.
    static func files(_ suffix: String = ".yaml") throws -> [(path: String, text: String)] {
        let folder = root + "/questionnaires"
        let manager = FileManager.default
        let paths = try manager.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(suffix) }.sorted()
        return try paths.map { ("questionnaires/" + $0, try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
    }

    static func generated(_ files: [(path: String, text: String)], templates: [(path: String, text: String)]) -> String {
        var out = """
            // swift-format-ignore-file
            // Generated from questionnaires/ by EmbeddedCopyTests; do not edit.
            // Regenerate with: WAARBORG_RECORD=1 swift test --filter EmbeddedCopyTests

            /// The questionnaires built into the program, used when no folder is given and
            /// there is no ./questionnaires.
            public enum BuiltinQuestionnaires {
                public static let files: [(path: String, text: String)] = [

            """
        for file in files {
            out += "        (\"\(file.path)\", ##\"\"\"\n\(file.text)\n\"\"\"##),\n"
        }
        out += "    ]\n\n    /// The documents' templates (`.md`), such as the intentieverklaring.\n"
        out += "    public static let templates: [(path: String, text: String)] = [\n"
        for file in templates {
            out += "        (\"\(file.path)\", ##\"\"\"\n\(file.text)\n\"\"\"##),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    @Test func theEmbeddedCopyMatchesTheFolder() throws {
        let files = try Self.files()
        let path = Self.root + "/Sources/BuiltinQuestionnaires/BuiltinQuestionnaires.swift"
        if Golden.recording {
            try Self.generated(files, templates: try Self.files(".md")).write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path)")
        }
        #expect(BuiltinQuestionnaires.files.map(\.path) == files.map(\.path), "regenerate with WAARBORG_RECORD=1")
        for (embedded, file) in zip(BuiltinQuestionnaires.files, files) {
            #expect(embedded.text == file.text, "\(file.path) differs from the built-in copy; regenerate with WAARBORG_RECORD=1")
        }
        let templates = try Self.files(".md")
        #expect(BuiltinQuestionnaires.templates.map(\.path) == templates.map(\.path), "regenerate with WAARBORG_RECORD=1")
        for (embedded, file) in zip(BuiltinQuestionnaires.templates, templates) {
            #expect(embedded.text == file.text, "\(file.path) differs from the built-in copy; regenerate with WAARBORG_RECORD=1")
        }
    }
}
