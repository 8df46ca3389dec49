import ArgumentParser
import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Waarborg: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waarborg",
        abstract: "Self-assessments for the four safeguards of Samen Opleiden, with rule-based scoring.",
        discussion: """
            Zelfassessment op de vier waarborgen van Samen Opleiden. Questionnaires are YAML files \
            in ./questionnaires (or --questionnaires DIR); without that folder the built-in copy is used.
            """,
        version: Version.text,
        subcommands: [Fill.self, Check.self, Template.self, Lint.self, List.self, Diff.self, Migrate.self, Publish.self, Plan.self, Panel.self, Report.self, Schema.self]
    )

    /// Runs the command; what the argument parser printed itself (help, usage errors) is
    /// checked at exit like every other write to stdout.
    static func main() {
        atexit(checkStandardOutput)
        suggestCommand(for: Array(CommandLine.arguments.dropFirst()))
        main(nil)
    }

    /// A first argument that is no command but close to one (`reprot`, `fil`, `chek`) ends
    /// with "did you mean", which the argument parser does not say for subcommands.
    static func suggestCommand(for arguments: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName ?? String(describing: $0).lowercased() } + ["help"]
        guard !names.contains(first) else { return }
        let suggestion = Suggestion.didYouMean(first, in: names)
        let message = "error: unknown command '\(TerminalText.sanitized(first))'\(suggestion)\nUsage: waarborg <command>; see 'waarborg --help' for the commands.\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        endProcess(64)
    }
}

/// Exit 74 with a message when buffered stdout (the argument parser's `print`) could not
/// be written, such as `waarborg --help > /dev/full`.
private func checkStandardOutput() {
    if fflush(nil) != 0 {
        let code = errno
        if code == EPIPE { return }
        let message = "<stdout>: error: cannot write: \(String(cString: strerror(code)))\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        _exit(74)
    }
}

/// `exit`, named apart from the command's own `exit` helpers.
private func endProcess(_ code: Int32) -> Never {
    exit(code)
}
