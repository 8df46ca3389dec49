import ArgumentParser
import Diagnostics
import FileIO

/// The sysexits codes the commands use.
enum Exit {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
    static let ioError = ExitCode(74)

    static func code(for error: FileError) -> ExitCode { ExitCode(error.exitCode) }

    /// The one way a file error ends a command: its message on stderr (`path: error: …`,
    /// control characters shown as escapes), then its sysexits code to throw.
    static func reporting(_ error: FileError, _ language: Language) -> ExitCode {
        Console.err("\(error.description(language))\n")
        return code(for: error)
    }
}

extension ParsableArguments {
    /// Where `--out` goes, checked before anything is read: its problem is printed and
    /// ends the command with its exit code (64 for one of the inputs, 73 when it cannot be
    /// written).
    static func outputTarget(_ path: String?, inputs: [String], force: Bool, language: Language) throws -> OutputTarget {
        do {
            return try OutputTarget.resolve(path, inputs: inputs, force: force)
        } catch {
            throw Exit.reporting(error, language)
        }
    }
}
