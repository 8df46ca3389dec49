import ArgumentParser
import Diagnostics
import FileIO

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
        subcommands: [
            Fill.self, Check.self, Template.self, Lint.self, List.self, Diff.self, Migrate.self, Publish.self, Consensus.self, Plan.self, Panel.self,
            Verslag.self, Intentieverklaring.self, Voortgang.self, Status.self, Regio.self, Verloop.self, Report.self, Form.self, Schema.self,
        ]
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
        guard names.contains(first) else { refuse(first, names: names, arguments: arguments, command: "waarborg") }
        // `plan` also takes answers files where a subcommand would be: a second word close
        // to a subcommand (`chek`) that is no file is a typo, not a file.
        if first == "plan", arguments.count > 1, !arguments[1].hasPrefix("-"), !InputFile.exists(arguments[1]) {
            let subcommands = Plan.configuration.subcommands.compactMap { command -> String? in
                command.configuration.shouldDisplay ? command.configuration.commandName : nil
            }
            if !subcommands.contains(arguments[1]), Suggestion.closest(to: arguments[1], in: subcommands) != nil {
                refuse(arguments[1], names: subcommands, arguments: arguments, command: "waarborg plan")
            }
        }
    }

    /// Ends with "unknown command", "did you mean" and the usage line, exit 64.
    private static func refuse(_ word: String, names: [String], arguments: [String], command: String) -> Never {
        let name = TerminalText.sanitized(word)
        let message =
            (Message(nl: "error: onbekend commando ‘\(name)’", en: "error: unknown command '\(name)'")
            + Suggestion.didYouMean(word, in: names)
            + Message(
                nl: "\nGebruik: \(command) <commando>; zie ‘\(command) --help’ voor de commando's.\n",
                en: "\nUsage: \(command) <command>; see '\(command) --help' for the commands.\n"))
            .text(requestedLanguage(arguments))
        _ = message.withCString { write(2, $0, strlen($0)) }
        endProcess(64)
    }
}

extension Waarborg {
    /// The language `--lang` asks for, read from the arguments themselves, for the messages
    /// written before the argument parser has run or after the command has ended.
    static func requestedLanguage(_ arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) ?? .nl }
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) ?? .nl }
        }
        return .nl
    }
}

/// Exit 74 with a message when buffered stdout (the argument parser's `print`) could not
/// be written, such as `waarborg --help > /dev/full`.
private func checkStandardOutput() {
    if fflush(nil) != 0 {
        let code = errno
        if code == EPIPE { return }
        let language = Waarborg.requestedLanguage(Array(CommandLine.arguments.dropFirst()))
        let message =
            "<stdout>: error: " + Message(nl: "kan niet schrijven: ", en: "cannot write: ").text(language)
            + InputFile.describe(code).text(language) + "\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        _exit(74)
    }
}

/// `exit`, named apart from the command's own `exit` helpers.
private func endProcess(_ code: Int32) -> Never {
    exit(code)
}
