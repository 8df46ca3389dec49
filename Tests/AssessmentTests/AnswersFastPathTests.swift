import FileIO
import Questionnaire
import TestSupport
import Testing

@testable import Assessment

/// The event decoder that reads files without problems must read them exactly as the
/// node tree does, and leave every other file to the tree.
@Suite struct AnswersFastPathTests {
    /// What the fast path makes of bytes, next to what the tree makes of them.
    private struct Comparison {
        var fast: AnswersFile?
        var fastQuestionnaires: [String]
        var tree: AnswersReader.Result

        init(_ bytes: [UInt8], resolver: some QuestionnaireResolver) {
            var decoder = AnswersEventDecoder(resolver: resolver)
            fast = decoder.decode(bytes)
            fastQuestionnaires = decoder.questionnaires.map(\.reference)
            tree = AnswersReader.readThroughTree(bytes: bytes, path: "t.yaml", resolver: resolver)
        }

        /// Accepted by the fast path only when the tree finds no problem and the same answers.
        var agrees: Bool {
            guard let fast else { return true }
            return tree.diagnostics.isEmpty && tree.file == fast
                && tree.questionnaires.map(\.reference) == fastQuestionnaires
        }
    }

    private static func exampleFiles() throws -> [(name: String, bytes: [UInt8])] {
        try ["bestuurder", "schoolleider", "schoolopleider"].map { name in
            (name, try InputFile.read(Fixtures.repositoryPath("Examples/regio/bestuur-de-linde/2026/antwoorden/\(name).yaml")))
        }
    }

    private static func exampleResolver() throws -> CatalogResolver {
        CatalogResolver(try Catalog.directory(Fixtures.repositoryPath("questionnaires")))
    }

    /// The questionnaire with a *weet ik niet* option and remarks asked per answer.
    private static func unknownResolver() throws -> FixedResolver {
        let result = try QuestionnaireLoader.load(path: Fixtures.path("unknown/questionnaires/zicht/1.0.0.yaml"))
        return FixedResolver([try #require(result.questionnaire)])
    }

    @Test func readsTheExampleBoardLikeTheTree() throws {
        let resolver = try Self.exampleResolver()
        for (name, bytes) in try Self.exampleFiles() {
            let comparison = Comparison(bytes, resolver: resolver)
            #expect(comparison.fast != nil, "the fast path gave up on \(name)")
            #expect(comparison.agrees, "\(name)")
        }
    }

    /// What an assessment gives for each part of a file: the score card, the hidden
    /// questions and the findings.
    private static func assessed(_ file: AnswersFile, _ questionnaires: [Questionnaire]) -> [String] {
        Assessor.assess(file, path: "t.yaml", questionnaires: questionnaires).parts.map { part in
            "\(part.card) \(part.hidden.sorted { $0.description < $1.description }) \(part.findings)"
        }
    }

    /// The reader keeps each response's answers by position for the assessment to start
    /// from; what is assessed must be what the answers say, also once they have changed.
    @Test func assessesTheAnswersNotWhatTheReaderKept() throws {
        let resolver = try Self.exampleResolver()
        for (name, bytes) in try Self.exampleFiles() {
            var decoder = AnswersEventDecoder(resolver: resolver)
            let decoded = decoder.decode(bytes)
            let file = try #require(decoded, "\(name)")
            let questionnaires = decoder.questionnaires
            #expect(file.responses.allSatisfy { $0.positions != nil }, "\(name)")

            // Without what the reader kept, and equal as a value all the same.
            var plain = file
            for index in plain.responses.indices { plain.responses[index].answers = plain.responses[index].answers }
            #expect(plain.responses.allSatisfy { $0.positions == nil })
            #expect(plain == file)
            #expect(Self.assessed(plain, questionnaires) == Self.assessed(file, questionnaires), "\(name)")

            // One scored answer taken away is assessed as taken away.
            var changed = file
            let first = try #require(questionnaires.first { $0.id == file.responses[0].questionnaire })
            let scored = Scorer(first).score(file.responses[0], hidden: [])
            let id = try #require(scored.themes.flatMap(\.questions).first { $0.status == .scored }?.id)
            changed.responses[0].answers[id] = nil
            var changedPlain = plain
            changedPlain.responses[0].answers[id] = nil
            let assessedChange = Self.assessed(changed, questionnaires)
            #expect(assessedChange == Self.assessed(changedPlain, questionnaires), "\(name)")
            #expect(assessedChange != Self.assessed(file, questionnaires), "\(name): taking away \(id) changed nothing")
        }
    }

    @Test func readsEveryKindOfAnswerLikeTheTree() throws {
        let bytes = try InputFile.read(Fixtures.path("answers/valid.yaml"))
        let comparison = Comparison(bytes, resolver: try AnswersFixtures.resolver())
        #expect(comparison.fast != nil)
        #expect(comparison.agrees)
    }

    @Test func leavesEveryBrokenFixtureToTheTree() throws {
        let folder = Fixtures.path("answers")
        let names = try InputFile.list(folder).filter { $0.hasSuffix(".yaml") && $0 != "valid.yaml" }
        #expect(names.count >= 10)
        for name in names {
            let comparison = Comparison(try InputFile.read(folder + "/" + name), resolver: try AnswersFixtures.resolver())
            #expect(comparison.fast == nil, "\(name) has problems, but the fast path read it")
        }
    }

    @Test func leavesUnusualYAMLToTheTree() throws {
        let resolver = try AnswersFixtures.resolver()
        let valid = String(decoding: try InputFile.read(Fixtures.path("answers/valid.yaml")), as: UTF8.self)
        let variants = [
            valid.replacingFirst("rollen.uren: 8", with: "rollen.uren: &u 8"),
            valid.replacingFirst("rollen.uren: 8", with: "rollen.uren: !!int 8"),
            valid + "---\nrespondent: {}\n",
            "",
            "# only a comment\n",
        ]
        for variant in variants {
            let comparison = Comparison(Array(variant.utf8), resolver: resolver)
            #expect(comparison.fast == nil)
        }
        // A byte order mark is skipped by both.
        let marked = Comparison([0xEF, 0xBB, 0xBF] + Array(valid.utf8), resolver: resolver)
        #expect(marked.fast != nil && marked.agrees)
    }

    /// Thousands of edited copies: each line left out, doubled, swapped with the next, or
    /// with its value replaced by another shape. Whatever the fast path accepts must read
    /// exactly as through the tree.
    /// Every `stride`-th line gets the replaced values, to keep the long example quick.
    @Test(arguments: [("answers/valid.yaml", 1), ("unknown/valid.yaml", 1), ("Examples/regio/bestuur-de-linde/2026/antwoorden/schoolleider.yaml", 9)])
    func agreesWithTheTreeOnEditedCopies(_ file: String, stride: Int) throws {
        let isExample = file.hasPrefix("Examples")
        let path = isExample ? Fixtures.repositoryPath(file) : Fixtures.path(file)
        let resolver: any QuestionnaireResolver =
            isExample
            ? try Self.exampleResolver()
            : file.hasPrefix("unknown/") ? try Self.unknownResolver() : try AnswersFixtures.resolver()
        let lines = String(decoding: try InputFile.read(path), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let values = [
            "~", "", "''", "\"3\"", "3", "0", "9", "2.5", "-1", "1e3", ".nan", "ja", "Nee", "true", "n", "nvt", "x",
            "?", "\"?\"", "{value: 1, evidence: x}", "{value: 4, note: x}", "{value: '?', evidence: x}", "{value: nee, note: ' '}",
            "[]", "[1, 1]", "[begeleiden]", "[begeleiden, begeleiden]", "{}", "{value: 3}", "{value: ~, note: x}",
            "{value: 3, note: '  '}", "{note: x}", "{value: 3, extra: 1}", "\"  \"", "[[1]]", "bestuurder", "leraar",
            "sha256:0000", "2025-13-01", "2.0.0", "Waarborg-1",
        ]
        var edits: [[String]] = []
        for index in lines.indices {
            var without = lines
            without.remove(at: index)
            edits.append(without)
            var doubled = lines
            doubled.insert(lines[index], at: index)
            edits.append(doubled)
            if index + 1 < lines.count {
                var swapped = lines
                swapped.swapAt(index, index + 1)
                edits.append(swapped)
            }
            if index % stride == 0, let colon = lines[index].range(of: ": ") {
                for value in values {
                    var changed = lines
                    changed[index] = String(lines[index][..<colon.upperBound]) + value
                    edits.append(changed)
                }
            }
        }
        var accepted = 0
        for edit in edits {
            let comparison = Comparison(Array(edit.joined(separator: "\n").utf8), resolver: resolver)
            if comparison.fast != nil { accepted += 1 }
            #expect(comparison.agrees, "\(edit.joined(separator: "\n"))")
        }
        // The edits must exercise both paths.
        #expect(accepted > 20)
        #expect(accepted < edits.count)
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
