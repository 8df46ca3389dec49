import ArgumentParser
import Questionnaire

/// `waarborg list`: the questionnaires and versions available.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the questionnaires and their versions."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let lang = global.lang.rawValue
        var lines: [String] = []
        for entry in catalog.entries {
            let title: String
            let status: String
            do {
                let result = try catalog.load(entry)
                if let questionnaire = result.questionnaire {
                    title = questionnaire.title.text(lang)
                    var words: [String] = []
                    switch catalog.status(entry, digest: questionnaire.source.digest) {
                    case .published: words.append(lang == "nl" ? "gepubliceerd" : "published")
                    case .draft: words.append(lang == "nl" ? "concept" : "draft")
                    case .changed: words.append(lang == "nl" ? "GEWIJZIGD na publicatie" : "CHANGED after publication")
                    }
                    if entry == catalog.newest(entry.id) { words.append(lang == "nl" ? "nieuwste" : "newest") }
                    status = words.joined(separator: ", ")
                } else {
                    title = ""
                    status = lang == "nl" ? "fouten: waarborg lint \(entry.path)" : "errors: waarborg lint \(entry.path)"
                }
            } catch {
                title = ""
                status = error.message
            }
            lines.append([entry.id, entry.version.description, title, status.isEmpty ? "" : "(\(status))"]
                .filter { !$0.isEmpty }.joined(separator: "  "))
        }
        if lines.isEmpty {
            Console.err(lang == "nl" ? "Geen vragenlijsten gevonden in \(catalog.origin).\n" : "No questionnaires found in \(catalog.origin).\n")
            throw Exit.noInput
        }
        Console.out(TerminalSafe(sanitizing: lines.joined(separator: "\n") + "\n"))
    }
}
