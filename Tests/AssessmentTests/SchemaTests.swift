import Diagnostics
import FileIO
import Foundation
import TestSupport
import Testing
import YAML

@testable import Assessment
@testable import Questionnaire

/// The JSON Schemas of `waarborg schema`: the same keys as the decoders, valid JSON, the
/// real files of the repository within them, and equal to the copies in `docs/schema/`.
@Suite struct SchemaTests {
    /// Every key list each decoder reads with, per format.
    static let decoderKeys: [FileSchema: [[String]]] = [
        .questionnaire: [
            QuestionnaireDecoder.topLevelKeys, QuestionnaireDecoder.roleKeys, QuestionnaireDecoder.optionKeys,
            QuestionnaireDecoder.scoringKeys, QuestionnaireDecoder.missingKeys, QuestionnaireDecoder.levelKeys,
            QuestionnaireDecoder.findingKeys, QuestionnaireDecoder.themeKeys, QuestionnaireDecoder.questionKeys,
            QuestionnaireDecoder.remarkKeys, QuestionnaireDecoder.ruleKeys, QuestionnaireDecoder.developmentPointKeys,
            MigrationDecoder.keys, MigrationDecoder.stepKeys,
        ],
        .answers: [TopLevelKey.names, RespondentKey.names, ResponseKey.names, AnswerKey.names],
        .plan: [PlanDecoder.topLevelKeys, PlanDecoder.basisKeys, PlanDecoder.sourceKeys, PlanDecoder.entryKeys, PlanDecoder.actionKeys],
    ]

    @Test(arguments: FileSchema.allCases)
    func theSchemaHasExactlyTheDecodersKeyLists(_ format: FileSchema) {
        let inSchema = Self.closedObjects(format.json).sorted { $0.joined(separator: ",") < $1.joined(separator: ",") }
        let inDecoder = (Self.decoderKeys[format] ?? []).sorted { $0.joined(separator: ",") < $1.joined(separator: ",") }
        #expect(inSchema == inDecoder)
    }

    @Test(arguments: FileSchema.allCases)
    func everyPropertyHasADescription(_ format: FileSchema) {
        var missing: [String] = []
        Self.visit(format.json) { value in
            guard let properties = value.objectValue?.first(where: { $0.0 == "properties" })?.1.objectValue else { return }
            for (key, schema) in properties where schema.objectValue?.contains(where: { $0.0 == "description" }) != true {
                missing.append(key)
            }
        }
        #expect(missing == [])
    }

    @Test(arguments: FileSchema.allCases)
    func theSchemaIsJSONOfDraft2020AndEveryReferenceResolves(_ format: FileSchema) throws {
        let parsed = try JSONSerialization.jsonObject(with: Data(format.text.utf8)) as? [String: Any]
        #expect(parsed?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(format.text.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"))
        let definitions = Set((parsed?["$defs"] as? [String: Any] ?? [:]).keys)
        var references: Set<String> = []
        Self.visit(format.json) { value in
            if case .string(let reference) = value.objectValue?.first(where: { $0.0 == "$ref" })?.1 {
                references.insert(reference)
            }
        }
        #expect(!references.isEmpty)
        for reference in references {
            #expect(reference.hasPrefix("#/$defs/") && definitions.contains(String(reference.dropFirst(8))), "\(reference)")
        }
    }

    /// The shipped questionnaires and the example files use only keys the schema allows.
    @Test(arguments: [
        (FileSchema.questionnaire, "questionnaires"), (.answers, "Examples/regio/bestuur-de-linde/2026/antwoorden"),
        (.answers, "Examples/regio/bestuur-de-linde/2023/antwoorden"),
    ])
    func realFilesFitTheSchema(_ format: FileSchema, _ folder: String) throws {
        let files = try Self.yamlFiles(in: Fixtures.repositoryPath(folder), recursive: format == .questionnaire)
        #expect(!files.isEmpty)
        let walker = SchemaWalker(schema: format.json)
        for file in files {
            let node = try #require(try YAMLParser.parse(String(contentsOfFile: file, encoding: .utf8), file: file))
            #expect(walker.problems(SchemaWalker.value(node)) == [], "\(file)")
        }
    }

    @Test func theExamplePlanFitsTheSchema() throws {
        let file = Fixtures.repositoryPath("Examples/regio/bestuur-de-linde/2026/plan.yaml")
        let node = try #require(try YAMLParser.parse(String(contentsOfFile: file, encoding: .utf8), file: file))
        #expect(SchemaWalker(schema: FileSchema.plan.json).problems(SchemaWalker.value(node)) == [])
    }

    /// The walker would see a mistake: an unknown key, deep in a file, and a missing one.
    @Test func aMistakeIsOutsideTheSchema() throws {
        let text = """
            questionnaire: proef
            version: 1.0.0
            scales: {mate: [{key: "1", label: Nee, value: 1}, {key: "2", labl: Ja, value: 2}]}
            themes:
              - id: visie
                title: Visie
                questions:
                  - {id: a, text: "A", evidence: {required: true, voor: ["1"]}}
            """
        let node = try #require(try YAMLParser.parse(text, file: "proef.yaml"))
        let problems = SchemaWalker(schema: FileSchema.questionnaire.json).problems(SchemaWalker.value(node))
        #expect(
            problems == [
                "(top): missing key 'title'",
                "scales.mate[1]: missing key 'label'",
                "scales.mate[1]: unknown key 'labl'",
                "themes[0].questions[0].evidence: unknown key 'voor'",
            ])
    }

    /// `docs/schema/` holds what `waarborg schema` prints; re-record with `WAARBORG_RECORD=1`.
    @Test(arguments: FileSchema.allCases)
    func docsSchemaIsTheGeneratedSchema(_ format: FileSchema) throws {
        let path = Fixtures.repositoryPath("docs/schema/" + format.fileName)
        if Golden.recording {
            try AtomicFile.write(format.text, to: path, audience: .shared)
            Issue.record("recorded \(path); run again without WAARBORG_RECORD to compare")
            return
        }
        let shipped = try String(contentsOfFile: path, encoding: .utf8)
        #expect(shipped == format.text, "\(format.fileName) differs from the generated schema; re-record with WAARBORG_RECORD=1")
    }

    // MARK: Helpers

    /// The key lists of every object in the schema that allows no other keys.
    static func closedObjects(_ schema: JSONValue) -> [[String]] {
        var lists: [[String]] = []
        visit(schema) { value in
            guard let members = value.objectValue,
                members.contains(where: { $0.0 == "additionalProperties" && $0.1 == .bool(false) }),
                let properties = members.first(where: { $0.0 == "properties" })?.1.objectValue
            else { return }
            lists.append(properties.map(\.0))
        }
        return lists
    }

    /// Calls `body` on every value in the schema that is a schema (not a property name).
    static func visit(_ value: JSONValue, _ body: (JSONValue) -> Void) {
        body(value)
        switch value {
        case .object(let members):
            for (key, child) in members {
                if ["properties", "patternProperties", "$defs"].contains(key), let named = child.objectValue {
                    for (_, schema) in named { visit(schema, body) }
                } else {
                    visit(child, body)
                }
            }
        case .array(let items):
            for item in items { visit(item, body) }
        default:
            break
        }
    }

    static func yamlFiles(in folder: String, recursive: Bool) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        var files: [String] = []
        for name in names {
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                if recursive { files += try yamlFiles(in: path, recursive: true) }
            } else if name.hasSuffix(".yaml"), name != "lock.yaml", name != "set.yaml" {
                files.append(path)
            }
        }
        return files
    }
}
