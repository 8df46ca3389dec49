import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Interview
import Questionnaire

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `waarborg fill`: the interview in the terminal, saved after every answer.
struct Fill: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer the questionnaires in the terminal; saved after every answer, resumable.",
        discussion: """
            Vul de vragenlijsten in. In a terminal: a number or an option's key answers (j/n for ja/nee), \
            the arrow keys then Enter choose (Enter alone never answers), ? or F1 shows help, b or Backspace \
            goes back, s skips an optional question, q saves and stops. One fill per file at a time: a second \
            one exits 73. Without a terminal (a pipe, TERM=dumb, --plain) questions are numbered text \
            and each line of input is one answer. Running fill on an existing answers file continues at \
            the first open question.
            Exit status: 0 when finished or stopped, 130 after Ctrl-C (answers saved), 64 on a usage error, \
            65 when the file or a questionnaire has errors or another version, 66 when --resume names no \
            file, 73/74 when the file cannot be written.
            """
    )

    @Argument(help: "The answers file to write or to continue (default: antwoorden.yaml).")
    var file: String?

    @Option(name: .long, help: "Answer only this questionnaire (repeatable), such as waarborg-2.")
    var only: [String] = []

    @Option(name: .long, help: "The questionnaire version to use, with one --only (default: the newest).")
    var version: String?

    @Flag(name: .long, help: "Continue an existing file; fail when it does not exist.")
    var resume = false

    @Flag(name: .long, help: "Continue each questionnaire at the version the file names, not the newest.")
    var keepVersions = false

    @Flag(name: .long, help: "Replace the file even when it is not an answers file or has errors.")
    var overwrite = false

    @Flag(name: .long, help: "Ask with numbered text prompts, one answer per line, even in a terminal.")
    var plain = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let strings = Strings(global.lang.rawValue)
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let path = file ?? "antwoorden.yaml"
        // The file is written where a symbolic link points (the link stays), and only when
        // it is a regular file: answers never replace a device or a pipe.
        let target = try Self.outputTarget(path, inputs: [], force: false, language: global.lang)
        guard case .file(let writePath) = target.destination else {
            Console.error(
                Message(nl: "geen gewoon bestand; fill schrijft een antwoordbestand", en: "not a regular file; fill writes an answers file"),
                path: path, language: global.lang)
            throw Exit.cannotCreate
        }
        // One session per file: a second one would silently overwrite the first's answers.
        let lock: FillLock
        do {
            lock = try FillLock.acquire(for: writePath)
        } catch .held(let owner) {
            Console.err(TerminalSafe(sanitizing: strings.fileInUse(path, process: owner)))
            throw Exit.cannotCreate
        } catch .unavailable(let reason) {
            let lockPath = FillLock.path(for: writePath)
            Console.error(
                Message(nl: "kan \(lockPath) niet vergrendelen: \(reason.nl)", en: "cannot lock \(lockPath): \(reason.en)"),
                path: path, language: global.lang)
            throw Exit.cannotCreate
        }
        defer { lock.release() }
        var existing: AnswersFile?
        /// The file as read, to see whether saving would lose comments typed into it.
        var commented: [UInt8]?
        var alsoKnown: [Questionnaire] = []
        if InputFile.exists(path) {
            let result: AnswersReader.Result
            do {
                result = try AnswersReader.read(path: path, resolver: CatalogResolver(catalog))
            } catch {
                throw Exit.reporting(error, global.lang)
            }
            if !result.isAnswersFile {
                if !overwrite {
                    Console.err(TerminalSafe(sanitizing: strings.notAnAnswersFile(path)))
                    throw Exit.cannotCreate
                }
            } else if let file = result.file {
                existing = file
                alsoKnown = result.questionnaires
                commented = result.bytes
            } else if !overwrite {
                Console.report(result.diagnostics, sources: [path: result.source], noColor: global.noColor, language: global.lang)
                Console.err(TerminalSafe(sanitizing: strings.answersFileHasErrors(path)))
                throw Exit.dataError
            }
        } else if resume {
            Console.error(Message(nl: "bestand bestaat niet", en: "no such file"), path: path, language: global.lang)
            throw Exit.noInput
        }

        var pinned: [String: SemanticVersion] = [:]
        if keepVersions, let existing {
            for response in existing.responses { pinned[response.questionnaire] = response.version }
        }
        let questionnaires = try Selection.load(
            catalog: catalog, only: only, version: version, pinned: pinned, noColor: global.noColor, language: global.lang)
        if let existing {
            for questionnaire in questionnaires {
                if let response = existing.response(for: questionnaire.id), response.version != questionnaire.version {
                    Console.err(
                        TerminalSafe(
                            sanitizing: strings.otherVersion(
                                path, questionnaire: questionnaire.id, fileVersion: response.version.description,
                                version: questionnaire.version.description)))
                    throw Exit.dataError
                }
            }
        }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        guard InputFile.isDirectory(folder.isEmpty ? "/" : folder) else {
            Console.error(Message(nl: "map ‘\(folder)’ bestaat niet", en: "folder '\(folder)' does not exist"), path: path, language: global.lang)
            throw Exit.cannotCreate
        }

        if let commented, let existing,
            Self.losesComments(commented, rewritten: AnswersWriter.yaml(existing, questionnaires: questionnaires + alsoKnown))
        {
            // fill writes the file anew from the answers, so comments typed in an editor do
            // not survive the first save: keep the file as it was, once, and say so.
            let backup = writePath + ".bak"
            do {
                try AtomicFile.write(commented, to: backup, audience: .personal)
            } catch {
                throw Exit.reporting(error, global.lang)
            }
            Console.err(TerminalSafe(sanitizing: strings.commentsWillBeLost(path, backup: path + ".bak")))
        }
        let interview = Interview(questionnaires: questionnaires, file: existing, language: strings.language)
        Console.err(
            TerminalSafe(sanitizing: existing == nil ? strings.writing(file: path) : strings.resuming(file: path, open: interview.openItems.count)))
        let started = existing?.started ?? Timestamp.now()
        let order = questionnaires + alsoKnown
        var session = Session(
            interview: interview,
            save: { (file: AnswersFile) throws(FileError) in
                var file = file
                file.started = file.started ?? started
                file.updated = Timestamp.now()
                try AtomicFile.write(AnswersOutput.yaml(file, questionnaires: order, path: path), to: writePath, audience: .personal)
            },
            colour: Console.colour(on: 2, refused: global.noColor))
        let end = session.run(interactive: !plain && Self.isInteractive)
        let summary = session.interview.summary
        let saved = session.interview.file != nil
        let stopped = saved ? strings.stopped(file: path, summary: summary) : strings.noRespondentSaved
        switch end {
        case .finished:
            Console.err(TerminalSafe(sanitizing: strings.summary(summary, file: path, open: session.interview.openQuestions)))
        case .stopped:
            Console.err(TerminalSafe(sanitizing: stopped))
        case .endOfInput:
            Console.err(TerminalSafe(sanitizing: strings.endOfInput + stopped))
        case .signal(let signal):
            Console.err(TerminalSafe(sanitizing: strings.interrupted + stopped))
            throw ExitCode(128 + signal)
        case .writeFailed(let error):
            throw Exit.reporting(error, global.lang)
        }
    }

    /// Whether writing `rewritten` in place of `original` loses a comment: a line of the
    /// original with a `#` at its start or after a space that the new text does not have.
    ///
    /// The header `fill` writes itself is in both; a `#` inside a quoted text that comes out
    /// quoted otherwise counts too, as a needless backup is harmless and a lost comment not.
    static func losesComments(_ original: [UInt8], rewritten: String) -> Bool {
        func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
            bytes.split(separator: 0x0A).map { $0.last == 0x0D ? $0.dropLast() : $0 }
        }
        let kept = Set(lines(Array(rewritten.utf8)).map(Array.init))
        for line in lines(original) {
            var previous: UInt8 = 0x20
            let hasComment = line.contains { byte in
                defer { previous = byte }
                return byte == UInt8(ascii: "#") && (previous == 0x20 || previous == 0x09)
            }
            if hasComment, !kept.contains(Array(line)) { return true }
        }
        return false
    }

    /// Whether to draw full-screen: input and the interface both on a terminal that is not dumb.
    static var isInteractive: Bool {
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return isatty(0) == 1 && isatty(2) == 1
    }
}
