import ArgumentParser
import Assessment
import Diagnostics
import FileIO

/// `waarborg schema`: the JSON Schema of a file format, for editors with a YAML language server.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema of the questionnaire, answers or plan format, for an editor.",
        discussion: """
            Editors with the YAML language server complete keys and flag mistakes with it:
              waarborg schema questionnaire > questionnaire.schema.json
            and as the first line of a file:
              # yaml-language-server: $schema=questionnaire.schema.json
            The schemas are also in docs/schema/. Exit status: 0 when written, 64 on a usage error, \
            73 when --out exists (without --force) or cannot be written, 74 when stdout cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("The format: questionnaire, answers or plan.", valueName: "format"))
    var format: FileSchema

    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.")
    var out: String?

    @Flag(name: .long, help: "Replace --out when it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let target = try Self.outputTarget(out, inputs: [], force: force, language: global.lang)
        if let out, target.replacesFile, !force {
            Console.error(.fileExists, path: out, language: global.lang)
            throw Exit.cannotCreate
        }
        do {
            try target.write(StandardOutputText.safe(format.text, .json, target: target), audience: .shared)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
    }
}

extension FileSchema: ExpressibleByArgument {}
