import Diagnostics
import FileIO

/// The answers files a batch command is given, where a folder stands for the `.yaml` and
/// `.yml` files directly in it (not in its subfolders), in name order, as `FolderWalk`
/// finds them.
///
/// Naming a folder is the way to pass thousands of files: a shell pattern such as
/// `answers/*.yaml` makes one argument per file, and the argument parser takes time
/// quadratic in their number (about 2.5 s for 10,000 files).
enum AnswersArguments {
    /// The files; a folder that cannot be read, or has no answers files, is reported on
    /// stderr and ends the command (exit 66, or the code of the read error).
    static func files(_ arguments: [String], language: Language) throws -> [String] {
        var files: [String] = []
        for argument in arguments {
            guard InputFile.isDirectory(argument) else {
                files.append(argument)
                continue
            }
            let found: [String]
            do {
                found = try FolderWalk(maximumDepth: 0, wanted: FolderWalk.isYAML).files(in: argument)
            } catch {
                throw Exit.reporting(error, language)
            }
            guard !found.isEmpty else {
                let message = Message(nl: "de map bevat geen antwoordbestanden (.yaml)", en: "the folder has no answers files (.yaml)")
                Console.err("\(argument): error: \(message.text(language))\n")
                throw Exit.noInput
            }
            files += found
        }
        return files
    }
}
