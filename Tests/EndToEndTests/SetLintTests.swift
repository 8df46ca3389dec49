import Foundation
import Testing

/// `waarborg lint` over a folder: one set of levels for the questionnaires reported together,
/// and the set's own file.
@Suite struct SetLintTests {
    /// A copy of the shipped questionnaires in a temporary folder.
    static func shippedCopy() throws -> (folder: String, questionnaires: String) {
        let folder = try Waarborg.temporaryFolder()
        let questionnaires = folder + "/questionnaires"
        try FileTree.copy(Waarborg.root + "/questionnaires", to: questionnaires)
        return (folder, questionnaires)
    }

    @Test func theShippedSetLintsClean() throws {
        let run = try Waarborg.run(["lint", "questionnaires", "--lang", "en"], directory: Waarborg.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("10 file(s) checked: 0 error(s), 0 warning(s)."), "\(run.stderr)")
    }

    @Test func aDraftWithOtherLevelsThanItsSetIsAnErrorAtItsLevels() throws {
        let (folder, questionnaires) = try Self.shippedCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let published = try String(contentsOfFile: questionnaires + "/waarborg-3/2.0.0.yaml", encoding: .utf8)
        // The migration (from 1.0.0) is left out: it is the step to 2.0.0, not to 2.1.0.
        let draft = published.components(separatedBy: "\nmigration:")[0]
            .replacingOccurrences(of: "version: 2.0.0", with: "version: 2.1.0")
            .replacingOccurrences(of: "min: 1, below: 2.25}", with: "min: 1, below: 2.5}")
            .replacingOccurrences(of: "min: 2.25, below: 3.0}", with: "min: 2.5, below: 3.0}")
        #expect(draft != published)
        try draft.write(toFile: questionnaires + "/waarborg-3/2.1.0.yaml", atomically: true, encoding: .utf8)
        let line = draft.components(separatedBy: "\n").firstIndex { $0.contains("{id: aandacht") }! + 1

        let run = try Waarborg.run(["lint", questionnaires, "--lang", "en"], directory: folder)
        #expect(run.status == 65, "\(run.stderr)")
        let errors = run.stderr.components(separatedBy: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(run.stderr)")
        #expect(
            errors.first?.hasPrefix(
                "\(questionnaires)/waarborg-3/2.1.0.yaml:\(line):5: error: these levels differ from those of waarborg-1@2.0.0, waarborg-2@2.0.0 and waarborg-4@2.0.0"
            ) == true, "\(run.stderr)")
        #expect(run.stderr.contains("\(questionnaires)/waarborg-1/2.0.0.yaml:\(line):5: note: the levels of waarborg-1@2.0.0"), "\(run.stderr)")
    }

    @Test func aBrokenSetFileIsReportedWithItsPlace() throws {
        let (folder, questionnaires) = try Self.shippedCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "instrument: {nl: \"Proef\", en: \"Trial\"}\noveral: average\n"
            .write(toFile: questionnaires + "/set.yaml", atomically: true, encoding: .utf8)
        let run = try Waarborg.run(["lint", questionnaires, "--lang", "en"], directory: folder)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(
            run.stderr.contains("\(questionnaires)/set.yaml:2:1: error: unknown key 'overal' in the questionnaire set; did you mean 'overall'?"),
            "\(run.stderr)")
    }
}

/// `waarborg lint` warns where a development point would suggest nothing concrete, in drafts.
@Suite struct ActionLintTests {
    @Test func aDraftsKernStatementsWithoutActionAreWarnedAtTheirPlace() throws {
        let (folder, questionnaires) = try SetLintTests.shippedCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let published = try String(contentsOfFile: questionnaires + "/waarborg-3/2.0.0.yaml", encoding: .utf8)
        let draft = published.components(separatedBy: "\nmigration:")[0]
            .replacingOccurrences(of: "version: 2.0.0", with: "version: 2.1.0")
        try draft.write(toFile: questionnaires + "/waarborg-3/2.1.0.yaml", atomically: true, encoding: .utf8)
        let run = try Waarborg.run(["lint", questionnaires, "--lang", "en"], directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = run.stderr.components(separatedBy: "\n").filter { $0.contains(": warning: kern statement") }
        // The draft's five kern statements, and none of the published versions'.
        #expect(warnings.count == draft.components(separatedBy: "kern: true").count - 1, "\(run.stderr)")
        #expect(warnings.allSatisfy { $0.hasPrefix("\(questionnaires)/waarborg-3/2.1.0.yaml:") }, "\(run.stderr)")
        let lines = draft.components(separatedBy: "\n")
        for warning in warnings {
            let line = Int(warning.dropFirst("\(questionnaires)/waarborg-3/2.1.0.yaml:".count).prefix { $0.isNumber })!
            #expect(lines[line - 1].contains("id:"), "\(warning)")
        }
        // With an action the warning is gone.
        let withAction = draft.replacingOccurrences(of: "\n        kern: true", with: "\n        kern: true\n        action: \"Maak er werk van\"")
        try withAction.write(toFile: questionnaires + "/waarborg-3/2.1.0.yaml", atomically: true, encoding: .utf8)
        let fixed = try Waarborg.run(["lint", questionnaires, "--lang", "en"], directory: folder)
        #expect(!fixed.stderr.contains("kern statement"), "\(fixed.stderr)")
    }
}
