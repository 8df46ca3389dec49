import ArgumentParser
import Assessment
import Diagnostics
import Questionnaire

/// `waarborg list`: the questionnaires and versions available.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the questionnaires and their versions."
    )

    @Flag(help: "Per role: how many questions of the newest versions it gets and about how long they take.")
    var roles = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let lang = global.lang.rawValue
        if roles { return try listRoles(catalog) }
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
                status = error.message.text(global.lang)
            }
            lines.append(
                [entry.id, entry.version.description, title, status.isEmpty ? "" : "(\(status))"]
                    .filter { !$0.isEmpty }.joined(separator: "  "))
        }
        if lines.isEmpty {
            Console.err(
                lang == "nl"
                    ? "Geen vragenlijsten gevonden in \(catalog.origin(in: .nl)).\n" : "No questionnaires found in \(catalog.origin(in: .en)).\n")
            throw Exit.noInput
        }
        Console.out(TerminalSafe(sanitizing: lines.joined(separator: "\n") + "\n"), language: global.lang)
    }

    /// Per role, the workload of each questionnaire's newest version and of all of them.
    private func listRoles(_ catalog: Catalog) throws {
        let nl = global.lang == .nl
        let lang = global.lang.rawValue
        let questionnaires = catalog.ids.compactMap { id in catalog.newest(id).flatMap { catalog.questionnaire($0.id, $0.version) } }
        guard !questionnaires.isEmpty else {
            Console.err(
                nl ? "Geen bruikbare vragenlijsten in \(catalog.origin(in: .nl)).\n" : "No usable questionnaires in \(catalog.origin(in: .en)).\n")
            throw Exit.noInput
        }
        let roles = questionnaires.roles
        func describe(_ workload: Workload) -> String {
            let one = workload.questions == 1
            let count = nl ? "\(workload.questions) \(one ? "vraag" : "vragen")" : "\(workload.questions) question\(one ? "" : "s")"
            let more =
                workload.followUps == 0
                ? ""
                : nl
                    ? " (+ tot \(workload.followUps) \(workload.followUps == 1 ? "vervolgvraag" : "vervolgvragen"))"
                    : " (+ up to \(workload.followUps) follow-up\(workload.followUps == 1 ? "" : "s"))"
            let minutes = workload.maximumMinutes > workload.minutes ? "\(workload.minutes)–\(workload.maximumMinutes)" : "\(workload.minutes)"
            return "\(count)\(more), ± \(minutes) min"
        }
        let width = questionnaires.map { $0.reference.count }.max() ?? 0
        var lines: [String] = []
        for role in roles {
            let asked = questionnaires.filter { $0.roles.contains { $0.id == role.id } }
            let total = Workload(asked, role: role.id)
            lines.append("\(role.id) (\(role.label.text(lang))): \(describe(total))")
            for questionnaire in asked {
                let reference = questionnaire.reference + String(repeating: " ", count: width - questionnaire.reference.count)
                lines.append("  \(reference)  \(describe(Workload([questionnaire], role: role.id)))")
            }
        }
        lines.append(
            nl
                ? "\nDe tijd is een schatting uit het soort vraag (docs/questionnaire-format.md, \"Rollen\"); vervolgvragen tellen mee."
                : "\nTimes are estimates from the kind of each question (docs/questionnaire-format.md, \"Roles\"); follow-ups included.")
        Console.out(TerminalSafe(sanitizing: lines.joined(separator: "\n") + "\n"), language: global.lang)
    }
}
