import ArgumentParser
import Diagnostics
import Questionnaire

/// `waarborg diff A B`: what changed between two questionnaire versions, classified.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what changed between two questionnaire versions: breaking, scoring or text.",
        discussion: """
            A and B are id@version (from the catalog) or paths. Exit status: 0 when nothing breaks \
            (answers of A read as B unchanged), 1 when something does, 64–66 on bad input.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "The earlier version: id@version or a path.")
    var from: String

    @Argument(help: "The later version: id@version or a path.")
    var to: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let a = try QuestionnaireArgument.load(from, catalog: catalog, noColor: global.noColor, language: global.lang)
        let b = try QuestionnaireArgument.load(to, catalog: catalog, noColor: global.noColor, language: global.lang)
        let diff = QuestionnaireDiff(from: a, to: b)
        Console.out(
            format == .json ? TerminalSafe(json: Self.json(diff, language: global.lang)) : TerminalSafe(sanitizing: diff.text(global.lang)),
            language: global.lang)
        if diff.hasBreakingChanges { throw ExitCode(1) }
    }

    static func json(_ diff: QuestionnaireDiff, language: Language) -> String {
        JSONValue.object([
            ("format", "waarborg-diff"),
            ("version", 1),
            ("from", .string(diff.from.reference)),
            ("to", .string(diff.to.reference)),
            ("breaking", .bool(diff.hasBreakingChanges)),
            (
                "changes",
                .array(
                    diff.changes.map { change in
                        .object([
                            ("class", .string(change.kind.rawValue)),
                            ("subject", .string(change.subject)),
                            ("message", .string(change.message.text(language))),
                            ("file", .string(change.location?.file)),
                            ("line", change.location.map { .number(Double($0.line)) } ?? .null),
                            ("column", change.location.map { .number(Double($0.column)) } ?? .null),
                            ("migrated", .bool(change.migrated)),
                        ])
                    })
            ),
        ]).rendered()
    }
}
