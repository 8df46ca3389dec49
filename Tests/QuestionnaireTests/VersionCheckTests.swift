import Diagnostics
import Questionnaire
import TestSupport
import Testing

/// `VersionCheck` over `Fixtures/versions/`: a questionnaires folder with a lock in which
/// `proef@1.0.0` is published as it is and `gewijzigd@1.0.0` with the digest of an earlier
/// text, and versions of `proef` whose migrations come from a clean version, from a version
/// that lacks the question they map, and from a version that does not exist.
@Suite struct VersionCheckTests {
    let root = Fixtures.path("versions")

    /// The questionnaire of a fixture file, loaded clean, and what the check says of it.
    func check(_ relative: String, in folder: String? = nil, locks: inout [String: Lock]) throws -> [String] {
        let file = (folder ?? root) + "/" + relative
        let result = try QuestionnaireLoader.load(path: file)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let questionnaire = try #require(result.questionnaire)
        return VersionCheck.check(questionnaire, file: file, locks: &locks).map(\.description)
    }

    @Test func theRootIsTheFolderOfTheIdFolder() {
        #expect(VersionCheck.root(of: "questionnaires/waarborg-2/1.0.0.yaml") == "questionnaires")
        #expect(VersionCheck.root(of: "/tmp/q/waarborg-2/1.0.0.yaml") == "/tmp/q")
        #expect(VersionCheck.root(of: "waarborg-2/1.0.0.yaml") == ".")
    }

    @Test func aPublishedVersionAsItIsAndACleanMigrationPass() throws {
        var locks: [String: Lock] = [:]
        #expect(try check("proef/1.0.0.yaml", locks: &locks).isEmpty)
        #expect(try check("proef/1.1.0.yaml", locks: &locks).isEmpty)
    }

    /// The folder's lock is read the first time one of its files is checked, and kept.
    @Test func theLockIsReadOnceAndKept() throws {
        var locks: [String: Lock] = [:]
        _ = try check("proef/1.0.0.yaml", locks: &locks)
        let lock = try #require(locks[root])
        #expect(lock.digests.keys.sorted() == ["gewijzigd@1.0.0", "proef@1.0.0"])
        #expect(lock.status(of: "proef@1.1.0", digest: "sha256:x") == .draft)
        // A lock already known is not read again: an empty one stands for the folder.
        var given = [root: Lock()]
        #expect(try check("gewijzigd/1.0.0.yaml", locks: &given).isEmpty)
        #expect(given[root] == Lock())
    }

    @Test func aPublishedVersionWhoseFileChangedIsAnErrorOnItsFirstLine() throws {
        var locks: [String: Lock] = [:]
        let lock = try Lock.read(folder: root)
        let recorded = try #require(lock.digests["gewijzigd@1.0.0"])
        #expect(
            try check("gewijzigd/1.0.0.yaml", locks: &locks) == [
                "\(root)/gewijzigd/1.0.0.yaml:1:1: error: gewijzigd@1.0.0 is published, but the file has changed since "
                    + "(digest \(recorded.prefix(19))… in \(root)/lock.yaml); published versions never change: "
                    + "undo the change and make a new version instead"
            ])
    }

    /// The mapping is checked against the version it comes from (`MigrationCheck`).
    @Test func aMigrationIsCheckedAgainstTheEarlierVersion() throws {
        var locks: [String: Lock] = [:]
        let problems = try check("proef/1.2.0.yaml", locks: &locks)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("\(root)/proef/1.2.0.yaml:19:5: error: 'visie.beleidsplan' is not a question of proef@1.1.0") == true)
    }

    @Test func aMigrationFromAMissingVersionIsAnErrorAtTheMigration() throws {
        var locks: [String: Lock] = [:]
        #expect(
            try check("proef/2.0.0.yaml", locks: &locks) == [
                "\(root)/proef/2.0.0.yaml:17:3: error: the migration comes from 1.5.0, but \(root)/proef/1.5.0.yaml is missing or does not load"
            ])
    }

    /// A lock that does not read is reported once, with the first file checked, and counts
    /// as empty: every version of the folder is then a draft.
    @Test func aBrokenLockIsReportedOnceAndCountsAsEmpty() throws {
        let folder = Fixtures.path("versions-bad-lock")
        var locks: [String: Lock] = [:]
        let first = try check("proef/1.0.0.yaml", in: folder, locks: &locks)
        #expect(first == ["\(folder)/lock.yaml:1:14: error: the digest of proef@1.0.0 must be sha256: and 64 hex digits"])
        #expect(locks[folder] == Lock())
        #expect(try check("proef/1.0.0.yaml", in: folder, locks: &locks).isEmpty)
    }
}
