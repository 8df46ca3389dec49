import ArgumentParser
import Diagnostics

/// Options every command shares: the interface language, colour, where questionnaires live.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Interface language: nl (default) or en.")
    var lang: Language = .nl

    @Flag(name: .long, help: "Never use colour (NO_COLOR in the environment does the same).")
    var noColor = false

    @Option(name: .long, help: "Folder with questionnaires laid out as <id>/<version>.yaml (default: ./questionnaires, else the built-in copy).")
    var questionnaires: String?
}

/// `--lang nl` or `--lang en`: the languages of the interface, as the Diagnostics module
/// defines them, so every message follows the same choice.
extension Language: ExpressibleByArgument {}
