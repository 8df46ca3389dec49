import ArgumentParser
import FileIO

/// The sysexits codes the commands use.
enum Exit {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
    static let ioError = ExitCode(74)

    static func code(for error: FileError) -> ExitCode { ExitCode(error.exitCode) }
}
