import ArgumentParser

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
}
