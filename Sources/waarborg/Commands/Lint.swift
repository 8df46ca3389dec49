import ArgumentParser
import Diagnostics
import FileIO
import Questionnaire

/// `waarborg lint`: checks questionnaire files and reports every problem with its place.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check questionnaire files; every problem is reported as path:line:column.",
        discussion: "Exit status: 0 when clean (warnings allowed), 65 when a file has errors, 66 when a file is missing."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "Questionnaire files or folders (default: ./questionnaires).")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let targets = paths.isEmpty ? [global.questionnaires ?? "questionnaires"] : paths
        var files: [String] = []
        var missing: [FileError] = []
        for path in targets {
            if InputFile.isDirectory(path) {
                do {
                    files += try Self.yamlFiles(in: path)
                } catch {
                    missing.append(error)
                }
            } else if InputFile.exists(path) {
                files.append(path)
            } else {
                let message =
                    InputFile.isSymbolicLink(path)
                    ? Message(nl: "een symbolische link die nergens heen leidt of rondloopt", en: "a symbolic link that leads nowhere or in a loop")
                    : Message(nl: "bestand of map bestaat niet", en: "no such file or folder")
                missing.append(FileError(.noInput, path: path, message: message))
            }
        }
        if files.isEmpty, missing.isEmpty {
            missing.append(
                FileError(
                    .noInput, path: targets.joined(separator: " "),
                    message: Message(nl: "geen vragenlijstbestanden (*.yaml) gevonden", en: "no questionnaire files (*.yaml) found")))
        }
        var diagnostics = missing.map { Diagnostic.error($0.message, at: FileLocation(file: $0.path, line: 1, column: 1)) }
        var sources: [String: String] = [:]
        var checked: [(String, Int, Int)] = []
        var locks: [String: Lock] = [:]
        var loaded: [String: Questionnaire] = [:]
        for file in files where PathText.name(of: file) == QuestionnaireSet.fileName {
            let result = QuestionnaireSetReader.read(folder: PathText.parent(of: file))
            sources[file] = result.source
            diagnostics += result.diagnostics
            checked.append(
                (
                    file, result.diagnostics.filter { $0.severity == .error }.count,
                    result.diagnostics.filter { $0.severity == .warning }.count
                ))
        }
        for file in files where PathText.name(of: file) != QuestionnaireSet.fileName {
            do {
                let result = try QuestionnaireLoader.load(path: file)
                sources[file] = result.source
                diagnostics += result.diagnostics
                if let questionnaire = result.questionnaire {
                    diagnostics += VersionCheck.check(questionnaire, file: file, locks: &locks)
                    let root = VersionCheck.root(of: file)
                    if locks[root]?.status(of: questionnaire.reference, digest: questionnaire.source.digest) != .published {
                        diagnostics += ActionCheck.check(questionnaire)
                    }
                    loaded[file] = questionnaire
                }
                checked.append(
                    (
                        file, result.diagnostics.filter { $0.severity == .error }.count,
                        result.diagnostics.filter { $0.severity == .warning }.count
                    ))
            } catch {
                missing.append(error)
                diagnostics.append(.error(error.message, at: FileLocation(file: error.path, line: 1, column: 1)))
            }
        }
        let setDiagnostics = Self.setChecks(loaded, locks: locks)
        diagnostics += setDiagnostics
        checked = checked.map { file, errors, warnings in
            let own = setDiagnostics.filter { $0.location?.file == file }
            return (file, errors + own.filter { $0.severity == .error }.count, warnings + own.filter { $0.severity == .warning }.count)
        }
        switch format {
        case .json:
            let json: JSONValue = .object([
                (
                    "files",
                    .array(
                        checked.map { file, errors, warnings in
                            .object([("path", .string(file)), ("errors", .number(Double(errors))), ("warnings", .number(Double(warnings)))])
                        })
                ),
                ("diagnostics", diagnostics.json(global.lang)),
            ])
            Console.out(TerminalSafe(json: json.rendered()), language: global.lang)
        case .text:
            Console.report(diagnostics, sources: sources, noColor: global.noColor, language: global.lang)
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            Console.err(Self.summary(files: files.count, errors: errors, warnings: warnings, language: global.lang))
        }
        if let first = missing.first { throw Exit.code(for: first) }
        if diagnostics.containsErrors { throw Exit.dataError }
    }

    /// Checks that need the questionnaires reported together with each file: the others of
    /// its folder with the same major version (`SetLevelCheck`), read from disk when they
    /// were not linted themselves.
    static func setChecks(_ loaded: [String: Questionnaire], locks: [String: Lock]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var folders: [String: [Questionnaire]] = [:]
        for (file, questionnaire) in loaded.sorted(by: { $0.key < $1.key }) {
            let root = VersionCheck.root(of: file)
            if folders[root] == nil {
                let entries = (try? Catalog.directory(root).entries) ?? []
                folders[root] = entries.compactMap { entry in
                    loaded[entry.path] ?? (try? QuestionnaireLoader.load(path: entry.path))?.questionnaire
                }
            }
            let lock = locks[root] ?? Lock()
            let partners = SetLevelCheck.partners(of: questionnaire, among: folders[root] ?? [])
            diagnostics += SetLevelCheck.check(questionnaire, partners: partners) { other in
                lock.status(of: other.reference, digest: other.source.digest) == .published
            }
        }
        return diagnostics
    }

    static func summary(files: Int, errors: Int, warnings: Int, language: Language) -> TerminalSafe {
        switch language {
        case .nl:
            "\(files) bestand(en) gecontroleerd: \(errors) fout(en), \(warnings) waarschuwing(en).\n"
        case .en:
            "\(files) file(s) checked: \(errors) error(s), \(warnings) warning(s).\n"
        }
    }

    /// The `.yaml` files under a folder, as `FolderWalk` finds them; the lock file is not a
    /// questionnaire.
    static func yamlFiles(in folder: String) throws(FileError) -> [String] {
        try FolderWalk(maximumDepth: walkDepth) { FolderWalk.isYAML($0) && !$0.hasPrefix("lock") }.files(in: folder)
    }

    /// How deep `lint` looks into subfolders: far deeper than a questionnaires folder goes.
    static let walkDepth = 16
}
