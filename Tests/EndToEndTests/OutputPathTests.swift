import Foundation
import Testing

/// Keeps every way to the terminal going through `Console`, whose `TerminalSafe` text
/// sanitises what it interpolates: the sources of the executable and of the interview are
/// searched for other ways out, and for text let through unsanitised, against a list of
/// the places known to be safe.
@Suite struct OutputPathTests {
    /// The folders whose code may write to the terminal.
    static let folders = ["Sources/waarborg", "Sources/Interview"]

    /// Each Swift file under `folders`, as its path from the repository root and its lines
    /// without `//` comments.
    static func sources() -> [(path: String, lines: [String])] {
        folders.flatMap { folder -> [(path: String, lines: [String])] in
            let names = (FileManager.default.enumerator(atPath: Waarborg.root + "/" + folder)?.allObjects as? [String]) ?? []
            return names.filter { $0.hasSuffix(".swift") }.sorted().map { name in
                let lines = Waarborg.read(Waarborg.root + "/" + folder + "/" + name)
                    .split(separator: "\n", omittingEmptySubsequences: false)
                    .map { line in String(line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : line) }
                return (folder + "/" + name, lines)
            }
        }
    }

    /// Where `pattern` occurs, as `path` and the number of times, for the files that have it.
    static func uses(of pattern: String) -> [String: Int] {
        var found: [String: Int] = [:]
        for (path, lines) in sources() {
            let count = lines.reduce(0) { $0 + $1.components(separatedBy: pattern).count - 1 }
            if count > 0 { found[path] = count }
        }
        return found
    }

    @Test func theSourcesAreFound() {
        #expect(Self.sources().count > 20)
        #expect(Self.uses(of: "Console.err(").count > 10)
    }

    /// Printing past `Console`: Swift's `print`, C's stdio, Foundation's file handles.
    @Test(arguments: ["print(", "debugPrint(", "dump(", "fputs(", "puts(", "printf(", "FileHandle.standard", "FileHandle(fileDescriptor"])
    func nothingPrintsPastConsole(_ pattern: String) {
        #expect(Self.uses(of: pattern).isEmpty, "\(pattern) in \(Self.uses(of: pattern)); write with Console.out or Console.err")
    }

    /// The system call `write` to a descriptor: only `Console` and the escape sequence
    /// that leaves the full-screen mode (a constant).
    @Test func onlyConsoleWritesToDescriptors() {
        let writes = Self.uses(of: "write(1,").merging(Self.uses(of: "write(2,"), uniquingKeysWith: +)
            .merging(Self.uses(of: "write(fd,"), uniquingKeysWith: +)
        #expect(
            writes == [
                "Sources/waarborg/Support/Console.swift": 1,
                "Sources/waarborg/Terminal/RawMode.swift": 2,
                // Before the argument parser runs: stdout that could not be flushed at exit, and
                // an unknown command (its name sanitised).
                "Sources/waarborg/Waarborg.swift": 2,
            ])
    }

    /// Text let through as it is, because a renderer sanitised it: each place is checked by
    /// hand, so a new one fails here until it is looked at and added.
    @Test func unsanitisedTextComesOnlyFromKnownRenderers() {
        #expect(
            Self.uses(of: "TerminalSafe(rendered:") == [
                // The diagnostic printer's output.
                "Sources/waarborg/Support/Console.swift": 1,
                // Joining two safe texts.
                "Sources/waarborg/Support/TerminalSafe.swift": 1,
                // The full-screen interview's frame, drawn by ScreenRenderer.
                "Sources/waarborg/Terminal/Session.swift": 1,
            ])
        // Reports, briefs and plans reach stdout through FileIO.OutputTarget, after their
        // renderers (or StandardOutputText, for JSON, YAML and CSV) made them safe.
        #expect(Self.uses(of: "copyToStandardOutput(").isEmpty)
    }
}
