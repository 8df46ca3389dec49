import Questionnaire
import YAML

/// Writes a plan as YAML that `PlanReader` reads back as the same plan, with comments that
/// say what to fill in where a field is still empty.
///
/// Values go through `YAMLEmitter`, so any text a board writes (quotes, colons, several
/// lines) reads back exactly. Comments in a plan are not kept when it is written again:
/// the board's remarks belong in `notes`.
public struct PlanWriter: Sendable {
    /// The language of the comments (`nl` or `en`).
    public var language: String

    public init(language: String = "nl") {
        self.language = language == "en" ? "en" : "nl"
    }

    public func yaml(_ plan: ActionPlan) -> String {
        let text = Texts(language: language)
        var out = text.header.map { "# " + $0 + "\n" }.joined()
        out += field("board", string(plan.board), indent: 0)
        out += field("based_on", basis(plan.basis), indent: 0)
        if plan.entries.isEmpty {
            out += "\n# " + text.noEntries + "\nentries: []\n"
            return out
        }
        out += "\nentries:\n"
        let marked = plan.entries.contains(where: \.speerpunt)
        out += plan.entries.map { entry($0, text: text, marked: marked) }.joined(separator: "\n")
        return out
    }

    // MARK: Parts

    private func basis(_ basis: PlanBasis) -> Node {
        var fields: [(String, Node)] = []
        if let date = basis.date { fields.append(("date", .scalar(date.description))) }
        if let respondents = basis.respondents { fields.append(("respondents", .scalar(String(respondents)))) }
        fields.append(
            (
                "questionnaires",
                .sequence(
                    basis.questionnaires.map {
                        .mapping([("id", string($0.id)), ("version", .scalar($0.version.description))])
                    })
            ))
        fields.append(("answers", .sequence(basis.answers.map(string))))
        fields.append(("digest", string(basis.digest)))
        return .mapping(fields)
    }

    /// `marked` says whether any entry of the plan is a speerpunt yet.
    private func entry(_ entry: PlanEntry, text: Texts, marked: Bool) -> String {
        let indent = 4
        var lines: [String] = []
        func add(_ key: String, _ node: Node, comment: String? = nil) {
            if let comment { lines.append(String(repeating: " ", count: indent) + "# " + comment + "\n") }
            lines.append(field(key, node, indent: indent))
        }
        add("id", string(entry.id))
        if !entry.covers.isEmpty { add("covers", .sequence(entry.covers.map(string))) }
        if let questionnaire = entry.questionnaire { add("questionnaire", string(questionnaire)) }
        if let safeguard = entry.safeguard { add("safeguard", .scalar(String(safeguard))) }
        if let theme = entry.theme { add("theme", string(theme)) }
        add("title", string(entry.title))
        if let priority = entry.priority { add("priority", .scalar(priority.rawValue)) }
        if !entry.reason.isEmpty { add("reason", .sequence(entry.reason.map(string))) }
        // Always written, so a board sees the field it is to set in 3–6 entries; the comment
        // only until it has marked one, since then the board knows the field.
        add("speerpunt", .scalar(entry.speerpunt ? "true" : "false"), comment: marked ? nil : text.speerpunt)
        add("goal", optional(entry.goal), comment: entry.goal == nil ? text.goal : nil)
        add("success_criterion", optional(entry.successCriterion), comment: entry.successCriterion == nil ? text.criterion : nil)
        let incomplete =
            entry.actions.isEmpty
            || entry.actions.contains { $0.description == nil || $0.owner == nil || $0.start == nil || $0.end == nil }
        add("actions", .sequence(entry.actions.map(action)), comment: incomplete ? text.actions : nil)
        add("evaluation", optional(entry.evaluation?.description), comment: entry.evaluation == nil ? text.evaluation : nil)
        add("status", .scalar(entry.status.rawValue))
        if let vanished = entry.vanished { add("vanished", .scalar(vanished.description), comment: text.vanished) }
        if let notes = entry.notes { add("notes", string(notes)) }
        // The first field goes after the list's dash.
        var out = ""
        for (index, line) in lines.enumerated() {
            if index == 0 {
                out += "  - " + line.dropFirst(indent)
            } else {
                out += line
            }
        }
        return out
    }

    private func action(_ action: PlanAction) -> Node {
        .mapping([
            ("description", optional(action.description)),
            ("owner", optional(action.owner)),
            ("start", optional(action.start?.description)),
            ("end", optional(action.end?.description)),
            ("resources", optional(action.resources)),
        ])
    }

    // MARK: YAML

    /// `key: value` as the emitter writes it, every line indented by `indent` spaces.
    private func field(_ key: String, _ value: Node, indent: Int) -> String {
        let text = YAMLEmitter.emit(.mapping([(key, value)]))
        let margin = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.isEmpty ? "\n" : margin + $0 + "\n" }.joined()
    }

    /// A text that always reads back as a string, quoted only when it must be.
    private func string(_ text: String) -> Node {
        Node(.scalar(Scalar(text, style: .doubleQuoted)))
    }

    /// An empty value (`key:`) for nil.
    private func optional(_ text: String?) -> Node {
        text.map(string) ?? .scalar("")
    }
}

/// The comments of a written plan, in Dutch and English.
private struct Texts {
    let language: String
    private var nl: Bool { language == "nl" }

    var header: [String] {
        nl
            ? [
                "Plan van aanpak, opgesteld door waarborg uit het zelfassessment (zie docs/plan-format.md).",
                "Vul per ontwikkelpunt het doel, het succescriterium, de acties (met eigenaar, start en einde)",
                "en het evaluatiemoment in. Data als 2027-03-01; status: open, lopend, afgerond of vervallen.",
                "Controleren:  waarborg plan check plan.yaml ANTWOORDEN…",
                "Bijwerken na een nieuw zelfassessment:  waarborg plan update ANTWOORDEN… --out plan.yaml",
                "Jullie tekst blijft dan staan; commentaarregels zoals deze niet: schrijf opmerkingen onder notes.",
            ]
            : [
                "Action plan (plan van aanpak), drafted by waarborg from the self-assessment (see docs/plan-format.md).",
                "For each development point, fill in the goal, the success criterion, the actions (with owner, start",
                "and end) and the evaluation moment. Dates as 2027-03-01; status: open, lopend, afgerond or vervallen.",
                "Check:  waarborg plan check plan.yaml ANSWERS…",
                "Update after a new self-assessment:  waarborg plan update ANSWERS… --out plan.yaml",
                "Your text is kept; comment lines like these are not: write remarks under notes.",
            ]
    }

    var noEntries: String {
        nl
            ? "Het zelfassessment geeft geen ontwikkelpunten. Eigen punten kunnen hieronder."
            : "The self-assessment gives no development points. Points of your own can go below."
    }

    var speerpunt: String {
        nl
            ? "Speerpunt: zet bij 3 tot 6 ontwikkelpunten true; daarmee opent het plan en het gesprek met het panel."
            : "Speerpunt: set true in 3 to 6 development points; the plan and the panel conversation open with them."
    }

    var goal: String {
        nl
            ? "Doel: wat wil het bestuur bereiken, en wanneer? Specifiek, meetbaar, haalbaar en tijdgebonden."
            : "Goal: what does the board want to reach, and by when? Specific, measurable, achievable, time-bound."
    }

    var criterion: String {
        nl ? "Succescriterium: waaraan zie je dat het doel bereikt is?" : "Success criterion: how will you know the goal is reached?"
    }

    var actions: String {
        nl
            ? "Acties (voorstellen uit de regels; pas ze aan): vul per actie eigenaar, start en einde in, en de middelen."
            : "Actions (suggested by the rules; adapt them): give each an owner, start and end, and the resources."
    }

    var evaluation: String {
        nl
            ? "Evaluatie: een datum (2027-06-30) of een moment, zoals \"na de eerste stageperiode\"."
            : "Evaluation: a date (2027-06-30) or a moment, such as \"after the first placement period\"."
    }

    var vanished: String {
        nl
            ? "Volgt niet meer uit de antwoorden: zet de status op afgerond of vervallen, of houd het aan en haal vanished weg."
            : "No longer follows from the answers: set the status to afgerond or vervallen, or keep it and remove vanished."
    }
}
