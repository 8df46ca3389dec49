import ArgumentParser
import Diagnostics
import FileIO
import Questionnaire

/// `waarborg publish FILE`: records a version's digest in the lock file, after which the
/// version must never change.
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish a questionnaire version: record its digest in the lock file of its folder.",
        discussion: "The file must lint without errors. Once published, a version never changes: make a new version instead."
    )

    @Argument(help: "The questionnaire file, such as questionnaires/waarborg-2/1.1.0.yaml.")
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let questionnaire = try CheckedFile.read(file, global: global, with: QuestionnaireLoader.load(path:)).value
        let root = PathText.parent(of: PathText.parent(of: file))
        var lock: Lock
        do {
            lock = try Lock.read(folder: root)
        } catch {
            Console.report(error.diagnostics, sources: [:], noColor: global.noColor, language: global.lang)
            throw Exit.dataError
        }
        let reference = questionnaire.reference
        switch lock.status(of: reference, digest: questionnaire.source.digest) {
        case .published:
            Console.err(global.lang == .nl ? "\(reference) is al gepubliceerd.\n" : "\(reference) is already published.\n")
            return
        case .changed(let recorded):
            Console.error(
                Message(
                    nl:
                        "\(reference) is gepubliceerd met digest \(recorded) en de inhoud is sindsdien veranderd; maak in plaats daarvan een nieuwe versie",
                    en: "\(reference) was published with digest \(recorded) and its content has changed since; make a new version instead"),
                path: "\(file):1:1", language: global.lang)
            throw Exit.dataError
        case .draft:
            break
        }
        lock.digests[reference] = questionnaire.source.digest
        let path = root + "/" + Lock.fileName
        do {
            try AtomicFile.write(lock.rendered(), to: path, audience: .shared)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        Console.err(
            global.lang == .nl
                ? "\(reference) gepubliceerd (\(questionnaire.source.digest)) in \(path).\n"
                : "\(reference) published (\(questionnaire.source.digest)) in \(path).\n")
    }
}
