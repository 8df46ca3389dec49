import Foundation
import Questionnaire
import TestSupport
import Testing

/// `QuestionnaireDiff` classifies each kind of change; each case edits one thing of a base.
@Suite struct DiffTests {
    static let base = """
        questionnaire: proef
        version: 1.0.0
        title: "Proef"
        scales:
          mate:
            - {key: "1", label: "Nog niet", value: 1}
            - {key: "2", label: "Volledig", value: 2}
            - {key: "n", label: "N.v.t."}
        themes:
          - id: visie
            title: "Visie"
            questions:
              - {id: gedeeld, text: "De visie is gedeeld.", help: "Denk aan het team."}
              - {id: beschreven, text: "De visie is beschreven.", weight: 1}
          - id: rollen
            title: "Rollen"
            questions:
              - {id: schoolopleider, text: "Er is een schoolopleider."}
        rules:
          - id: visie-laag
            when: "score(visie) < 1.5"
            panel_question: "Hoe is de visie tot stand gekomen?"

        """

    static func load(_ text: String, version: String = "1.1.0") throws -> Questionnaire {
        let edited = text.replacingFirst("version: 1.0.0", with: "version: \(version)")
        let result = QuestionnaireLoader.load(bytes: Array(edited.utf8), path: "proef-\(version).yaml")
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        return try #require(result.questionnaire)
    }

    static func diff(_ edit: (String) -> String) throws -> QuestionnaireDiff {
        let a = try load(base, version: "1.0.0")
        let b = try load(edit(base))
        return QuestionnaireDiff(from: a, to: b)
    }

    /// One edit of the base: replace `find` with `replace`.
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var find: String
        var replace: String
        var expected: QuestionnaireDiff.Class
        var message: String

        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(
            name: "removed question", find: "      - {id: beschreven, text: \"De visie is beschreven.\", weight: 1}\n", replace: "",
            expected: .breaking, message: "visie.beschreven was removed"),
        Edit(
            name: "renamed question", find: "id: beschreven", replace: "id: vastgelegd", expected: .breaking,
            message: "visie.beschreven was removed or renamed"),
        Edit(
            name: "recoded option", find: "{key: \"n\", label: \"N.v.t.\"}", replace: "{key: \"x\", label: \"N.v.t.\"}", expected: .breaking,
            message: "were recoded"),
        Edit(
            name: "option value", find: "{key: \"2\", label: \"Volledig\", value: 2}", replace: "{key: \"2\", label: \"Volledig\", value: 3}",
            expected: .breaking, message: "option values"),
        Edit(
            name: "question weight", find: "weight: 1}", replace: "weight: 2}", expected: .scoring,
            message: "the weight of visie.beschreven changed from 1 to 2"),
        Edit(
            name: "theme weight", find: "    title: \"Rollen\"", replace: "    title: \"Rollen\"\n    weight: 3", expected: .scoring,
            message: "the weight of theme 'rollen'"),
        Edit(
            name: "missing-data policy", find: "themes:\n", replace: "scoring:\n  missing: {max_share: 0.25}\nthemes:\n", expected: .scoring,
            message: "missing-data policy"),
        Edit(
            name: "band", find: "themes:\n",
            replace:
                "scoring:\n  levels:\n    - {id: laag, label: \"Laag\", min: 1, below: 1.75}\n    - {id: hoog, label: \"Hoog\", min: 1.75, max: 2}\nthemes:\n",
            expected: .scoring, message: "level"),
        Edit(
            name: "threshold", find: "themes:\n", replace: "findings:\n  development_below: 1.5\nthemes:\n", expected: .scoring,
            message: "development_below changed: 3 → 1.5"),
        Edit(
            name: "minimum boards", find: "themes:\n", replace: "findings:\n  minimum_boards: 8\nthemes:\n", expected: .scoring,
            message: "minimum_boards changed from 5 to 8"),
        Edit(
            name: "rule condition", find: "score(visie) < 1.5", replace: "score(visie) < 1.75", expected: .scoring,
            message: "the condition of rule 'visie-laag' changed"),
        Edit(
            name: "added question", find: "      - {id: schoolopleider",
            replace: "      - {id: mentor, text: \"Er zijn mentoren.\"}\n      - {id: schoolopleider", expected: .scoring,
            message: "rollen.mentor was added"),
        Edit(
            name: "kern flag", find: "help: \"Denk aan het team.\"}", replace: "help: \"Denk aan het team.\", kern: true}", expected: .scoring,
            message: "became a kern statement"),
        Edit(
            name: "roles", find: "    title: \"Rollen\"", replace: "    title: \"Rollen\"\n    roles: [schoolleider, schoolopleider]",
            expected: .scoring, message: "who is asked rollen.schoolopleider changed: every role → schoolleider, schoolopleider"),
        Edit(
            name: "level renamed", find: "themes:\n",
            replace:
                "scoring:\n  levels:\n    - {id: aandacht, label: \"Vraagt aandacht\", min: 1, below: 2.5}\n    - {id: ontwikkeling, label: \"In ontwikkeling\", min: 2.5, below: 3.0}\n    - {id: verankerd, label: \"Verankerd\", min: 3.0, max: 4}\nthemes:\n",
            expected: .scoring, message: "is renamed 'verankerd', with the same range"),
        Edit(
            name: "wording", find: "De visie is gedeeld.", replace: "De visie wordt gedeeld.", expected: .text,
            message: "the wording of visie.gedeeld changed"),
        Edit(
            name: "help text", find: "Denk aan het team.", replace: "Denk aan het hele team.", expected: .text,
            message: "the help text of visie.gedeeld changed"),
        Edit(
            name: "rule text", find: "Hoe is de visie tot stand gekomen?", replace: "Hoe kwam de visie tot stand?", expected: .text,
            message: "the texts of rule 'visie-laag' changed"),
    ]

    @Test(arguments: edits)
    func classifiesEachChange(edit: Edit) throws {
        let diff = try Self.diff { $0.replacingFirst(edit.find, with: edit.replace) }
        expect(diff, edit.expected, edit.message)
    }

    @Test func aQuestionMovedToAnotherThemeBreaks() throws {
        let line = "      - {id: beschreven, text: \"De visie is beschreven.\", weight: 1}\n"
        let diff = try Self.diff {
            $0.replacingFirst(line, with: "").replacingFirst("      - {id: schoolopleider", with: line + "      - {id: schoolopleider")
        }
        expect(diff, .breaking, "moved to theme 'rollen'")
    }

    @Test func theOrderOfThemesIsText() throws {
        let rollen = "  - id: rollen\n    title: \"Rollen\"\n    questions:\n      - {id: schoolopleider, text: \"Er is een schoolopleider.\"}\n"
        let diff = try Self.diff { $0.replacingFirst(rollen, with: "").replacingFirst("  - id: visie\n", with: rollen + "  - id: visie\n") }
        expect(diff, .text, "the order of the themes changed")
        #expect(!diff.hasBreakingChanges)
    }

    func expect(_ diff: QuestionnaireDiff, _ expected: QuestionnaireDiff.Class, _ message: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        let matching = diff.changes.filter { $0.message.en.contains(message) }
        #expect(!matching.isEmpty, "no change mentions '\(message)' in \(diff.changes.map(\.message))", sourceLocation: sourceLocation)
        #expect(matching.allSatisfy { $0.kind == expected }, "\(matching)", sourceLocation: sourceLocation)
        #expect(diff.hasBreakingChanges == diff.changes.contains { $0.kind == .breaking }, sourceLocation: sourceLocation)
    }

    @Test func identicalVersionsHaveNoChanges() throws {
        let diff = try Self.diff { $0 }
        #expect(diff.changes.isEmpty)
        #expect(!diff.hasBreakingChanges)
    }

    @Test func theShippedRevisionOfWaarborg2() throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let a = try #require(try QuestionnaireLoader.load(path: root + "/questionnaires/waarborg-2/1.0.0.yaml").questionnaire)
        let b = try #require(try QuestionnaireLoader.load(path: root + "/questionnaires/waarborg-2/1.1.0.yaml").questionnaire)
        let diff = QuestionnaireDiff(from: a, to: b)
        #expect(diff.changes.filter { $0.kind == .breaking }.map(\.subject) == ["begeleiding.gesprekken"])
        let breaking = diff.changes.filter { $0.kind == .breaking }
        #expect(breaking.allSatisfy { $0.migrated })
        #expect(diff.changes.contains { $0.kind == .scoring && $0.message.en.contains("level 'aandacht' changed") })
        #expect(diff.changes.contains { $0.kind == .scoring && $0.subject == "inductie.arrangement-evaluatie" })
        #expect(diff.changes.contains { $0.kind == .text && $0.subject == "beoordeling.criteria" })
        #expect(MigrationCheck.check(b, from: a).isEmpty)
        // The example in docs/ is this output; re-record with WAARBORG_RECORD=1.
        let golden = root + "/docs/examples/diff-waarborg-2.txt"
        let text = diff.text.replacingOccurrences(of: root + "/", with: "")
        if Golden.recording {
            try text.write(toFile: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded \(golden)")
        }
        #expect(text == (try String(contentsOfFile: golden, encoding: .utf8)))
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
