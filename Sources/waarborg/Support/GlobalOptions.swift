import ArgumentParser

/// Options every command shares: the interface language, colour, where questionnaires live.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Interface language: nl (default) or en.")
    var lang: Language = .nl

    @Flag(name: .long, help: "Never use colour (NO_COLOR in the environment does the same).")
    var noColor = false

    @Option(name: .long, help: "Folder with questionnaires laid out as <id>/<version>.yaml (default: ./questionnaires, else the built-in copy).")
    var questionnaires: String?
}

/// The languages of the interface.
enum Language: String, ExpressibleByArgument, CaseIterable, Sendable {
    case nl
    case en
}
