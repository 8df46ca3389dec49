public import Diagnostics
import FileIO

/// The checks of a questionnaire file that need its siblings in a questionnaires folder
/// (`<folder>/<id>/<version>.yaml`): the folder's lock, against which a published version
/// must not have changed, and the earlier version its migration comes from.
public enum VersionCheck {
    /// The questionnaires folder of a questionnaire file: the folder of its id's folder,
    /// where `lock.yaml` is.
    public static func root(of file: String) -> String {
        PathText.parent(of: PathText.parent(of: file))
    }

    /// The problems of `questionnaire`, read from `file`, with its lock and earlier version.
    ///
    /// `locks` holds the lock of each questionnaires folder read so far, by `root(of:)`; a
    /// folder's lock is read once, the first time one of its files is checked, and a lock
    /// that does not read is reported with that file and counts as empty.
    public static func check(_ questionnaire: Questionnaire, file: String, locks: inout [String: Lock]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let folder = PathText.parent(of: file)
        let root = PathText.parent(of: folder)
        if locks[root] == nil {
            do {
                locks[root] = try Lock.read(folder: root)
            } catch {
                locks[root] = Lock()
                diagnostics += error.diagnostics
            }
        }
        if case .changed(let recorded) = locks[root]?.status(of: questionnaire.reference, digest: questionnaire.source.digest) {
            let place = "\(recorded.prefix(19))… in \(root)/\(Lock.fileName)"
            diagnostics.append(
                .error(
                    Message(
                        nl:
                            "\(questionnaire.reference) is gepubliceerd, maar het bestand is sindsdien veranderd (digest \(place)); een gepubliceerde versie verandert nooit: draai de wijziging terug en maak in plaats daarvan een nieuwe versie",
                        en:
                            "\(questionnaire.reference) is published, but the file has changed since (digest \(place)); published versions never change: undo the change and make a new version instead"
                    ),
                    at: FileLocation(file: file, line: 1, column: 1)))
        }
        if let migration = questionnaire.migration {
            let earlierPath = "\(folder)/\(migration.from).yaml"
            if let earlier = try? QuestionnaireLoader.load(path: earlierPath).questionnaire {
                diagnostics += MigrationCheck.check(questionnaire, from: earlier)
            } else {
                diagnostics.append(
                    .error(
                        Message(
                            nl: "de migratie komt van \(migration.from), maar \(earlierPath) ontbreekt of laadt niet",
                            en: "the migration comes from \(migration.from), but \(earlierPath) is missing or does not load"),
                        at: questionnaire.migrationLocation))
            }
        }
        return diagnostics
    }
}
