import ArgumentParser
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
            Zelfevaluatie op de vier waarborgen van Samen Opleiden. Questionnaires are YAML files \
            in ./questionnaires (or --questionnaires DIR); without that folder the built-in copy is used.
            """,
        subcommands: [Fill.self, Check.self, Template.self, Lint.self, List.self, Diff.self, Migrate.self, Publish.self, Plan.self, Panel.self, Report.self]
    )

    /// Runs the command; what the argument parser printed itself (help, usage errors) is
    /// checked at exit like every other write to stdout.
    static func main() {
        atexit(checkStandardOutput)
        main(nil)
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
