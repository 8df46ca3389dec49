import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `waarborg` binary on hostile input: every case ends, in time, with its exit
/// code and a clean `path:line:column: error:` message, never a crash or a stack trace.
@Suite struct HostileInputTests {
    @Test(arguments: HostileCorpus.runs)
    func answersCleanly(_ run: HostileRun) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try run.hostile.make(folder)
        // The corpus names the English messages it expects.
        var arguments = [run.command.rawValue, "--lang", "en"]
        if run.command == .check { arguments += ["--questionnaires", HostileInput.questionnaires] }
        let result = try WatchedProcess.run(Waarborg.executable, arguments + [input], in: folder)
        expectClean(result, path: input, run.outcome)
    }

    @Test(.enabled(if: Unprivileged.unavailable == nil, Comment(rawValue: Unprivileged.unavailable ?? "")))
    func anUnreadableFileIsNoInput() throws {
        let (folder, executable) = try Unprivileged.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Unprivileged.copyReadable(HostileInput.questionnaires, to: folder + "/questionnaires")
        let questionnaire = try HostileInput.bytes("questionnaire.yaml") { HostileInput.questionnaire }(folder)
        let answers = try HostileInput.bytes("answers.yaml") { HostileInput.answers }(folder)
        for path in [questionnaire, answers] { chmod(path, 0o000) }

        // Dutch by default, English with --lang en: the runtime error follows the interface.
        let lint = try Unprivileged.run(executable, ["lint", questionnaire], in: folder)
        expectClean(lint, path: questionnaire, .noInput("geen toestemming om te lezen"))
        #expect(!lint.stderr.contains("permission denied"), "\(lint)")
        let check = try Unprivileged.run(
            executable, ["check", "--lang", "en", "--questionnaires", folder + "/questionnaires", answers], in: folder)
        expectClean(check, path: answers, .noInput("permission denied"))
    }

    /// Four files that each make half a million nodes, on four threads: the batch reads
    /// them one at a time (its byte budget), so peak memory is that of one.
    @Test func aBatchOfLargeFilesIsReadOneAtATime() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let answers = folder + "/answers"
        try FileManager.default.createDirectory(atPath: answers, withIntermediateDirectories: false)
        for name in ["a", "b", "c", "d"] {
            _ = try HostileInput.stream(name + ".yaml") { write in HostileCorpus.dashes(write) }(answers)
        }
        let result = try WatchedProcess.run(
            Waarborg.executable, ["report", "--lang", "en", "--questionnaires", HostileInput.questionnaires, answers], in: folder,
            timeLimit: 90, environment: ["WAARBORG_JOBS=4"])
        // Memory is what this measures; four 16 MiB files in a debug build take seconds, more
        // on a loaded machine, so the watchdog is generous here.
        expectClean(result, path: answers + "/a.yaml", .bad("the file has more than 500000 values", .at(500_000, 2)))
        // One such file takes about 150 MiB in a debug build, and the one before it is still
        // held while its error is printed; on a loaded machine (the whole suite, browsers
        // included) the allocator's per-thread arenas have added up to 290 MiB at peak. Four
        // at once would take 600.
        #expect(result.peakMemory < 320 << 10, "peak memory \(result.peakMemory) KiB")
    }

    /// ExpressionLocator splits the source on the Character "\n", which a CR LF pair never
    /// is, so in a CRLF file an error inside an expression points at the expression's start.
    @Test func expressionErrorsInCRLFFilesPointIntoTheExpression() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = HostileCorpus.showIf("answer(rollen.schoolopleidr) >= 2")
        let path = try HostileInput.bytes("crlf-expression.yaml") { HostileInput.lineEnds(Array(text.utf8), [0x0D, 0x0A]) }(folder)
        let result = try WatchedProcess.run(Waarborg.executable, ["lint", "--lang", "en", path], in: folder)
        expectClean(result, path: path, .bad("unknown question 'rollen.schoolopleidr'", .at(25, 26)))
    }

    /// Each question's show_if names the two before it: a chain of diamonds that the
    /// show_if cycle search walks once per path, and there are 2^n paths. A plain chain of
    /// 2,000 questions takes minutes too (n³).
    @Test(arguments: [(40, true), (2_000, false)])
    func aChainOfShowIfsIsCheckedQuickly(questions: Int, diamonds: Bool) throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try HostileInput.text("chain.yaml") { HostileCorpus.showIfChain(questions: questions, diamonds: diamonds) }(folder)
        let result = try WatchedProcess.run(Waarborg.executable, ["lint", path], in: folder, timeLimit: 5)
        expectClean(result, path: path, .clean)
    }

    /// Two links from a folder back to itself: `lint` follows them, and either walks 2^40
    /// paths or stops at the first `a/a/a/…` forty links deep with exit 66.
    @Test func aFolderLinkedToItselfIsLintedQuickly() throws {
        let folder = try Waarborg.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let questionnaires = folder + "/questionnaires"
        try FileManager.default.createDirectory(atPath: questionnaires + "/proef", withIntermediateDirectories: true)
        _ = try HostileInput.bytes("proef/1.0.0.yaml") { HostileInput.questionnaire }(questionnaires)
        for name in ["a", "b"] { symlink(".", questionnaires + "/" + name) }
        let result = try WatchedProcess.run(Waarborg.executable, ["lint", questionnaires], in: folder, timeLimit: 5)
        expectClean(result, path: questionnaires, .clean)
    }
}

/// Checks that a run ended by itself, with the expected exit code and a clean message.
func expectClean(
    _ result: WatchedProcess.Result, path: String, _ outcome: HostileCase.Outcome,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(!result.timedOut, "still running after \(WatchedProcess.timeLimit) s", sourceLocation: sourceLocation)
    #expect(result.signal == nil, "ended by signal \(result.signal ?? 0)\n\(result)", sourceLocation: sourceLocation)
    #expect(result.status == outcome.exit, "\(result)", sourceLocation: sourceLocation)
    for marker in ["Fatal error", "Program crashed", "Stack dump", "stack trace", "Backtrace", "💣"] {
        #expect(!result.stderr.contains(marker), "a crash report on stderr:\n\(result)", sourceLocation: sourceLocation)
    }
    #expect(result.stderrSize < 256 << 10, "\(result.stderrSize) bytes on stderr", sourceLocation: sourceLocation)
    #expect(result.peakMemory < 512 << 10, "peak memory \(result.peakMemory) KiB", sourceLocation: sourceLocation)
    guard outcome.exit != 0 else {
        #expect(!result.stderr.contains("error:"), "\(result)", sourceLocation: sourceLocation)
        return
    }
    let errors = ErrorLine.all(in: result.stderr, path: path)
    guard let first = errors.first(where: { line in outcome.fragment.map { line.message.contains($0) } ?? true }) else {
        Issue.record("no '\(path):…: error: \(outcome.fragment ?? "…")' line in:\n\(result)", sourceLocation: sourceLocation)
        return
    }
    switch outcome.place {
    case .at(let line, let column):
        #expect(first.line == line && first.column == column, "\(first.text)", sourceLocation: sourceLocation)
    case .somewhere:
        #expect(first.line != nil, "no line and column in \(first.text)", sourceLocation: sourceLocation)
    case .file:
        #expect(first.line == nil || (first.line == 1 && first.column == 1), "\(first.text)", sourceLocation: sourceLocation)
    }
}

/// A `path:line:column: error: message` or `path: error: message` line of stderr.
struct ErrorLine {
    var text: String
    var line: Int?
    var column: Int?
    var message: String

    /// The error lines about `path`, in order.
    static func all(in stderr: String, path: String) -> [ErrorLine] {
        stderr.split(separator: "\n").compactMap { line -> ErrorLine? in
            guard line.hasPrefix(path + ":") else { return nil }
            let rest = line.dropFirst(path.count + 1)
            if let match = rest.wholeMatch(of: /(\d+):(\d+): error: (.*)/) {
                return ErrorLine(text: String(line), line: Int(match.1), column: Int(match.2), message: String(match.3))
            }
            if let match = rest.wholeMatch(of: /\ error: (.*)/) {
                return ErrorLine(text: String(line), message: String(match.1))
            }
            return nil
        }
    }
}
