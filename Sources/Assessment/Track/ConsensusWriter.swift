public import Questionnaire
import YAML

/// Writes a consensus draft as an answers file (`kind: consensus`), with a comment above
/// every question the board still has to settle: why it is open and the answers given,
/// counted and without names, and the notes that had no place in the answer.
public struct ConsensusWriter: Sendable {
    public var language: String

    public init(language: String = "nl") {
        self.language = language == "en" ? "en" : "nl"
    }

    public func yaml(_ draft: ConsensusDrafter.Draft, questionnaires: [Questionnaire]) -> String {
        let openCount = draft.open.values.reduce(0) { $0 + $1.count }
        var out = header(draft, openCount: openCount).map { "# " + $0 + "\n" }.joined()
        var respondent: [(String, Node)] = [("name", AnswersWriter.text(draft.file.respondent.name))]
        respondent.append(("kind", .scalar(Respondent.Kind.consensus.rawValue)))
        respondent.append(("organisation", AnswersWriter.text(draft.file.respondent.organisation)))
        out += YAMLEmitter.emit(.mapping([("respondent", .mapping(respondent))]))
        guard !draft.file.responses.isEmpty else { return out + "questionnaires: []\n" }
        out += "questionnaires:\n"
        for response in draft.file.responses {
            guard let questionnaire = questionnaires.first(where: { $0.id == response.questionnaire && $0.version == response.version })
            else { continue }
            out += "  - questionnaire: " + YAMLEmitter.scalar(response.questionnaire) + "\n"
            out += "    version: " + response.version.description + "\n"
            if let digest = response.digest { out += "    digest: " + YAMLEmitter.scalar(digest) + "\n" }
            let open = Dictionary((draft.open[response.questionnaire] ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let ids = questionnaire.questions.map(\.id).filter { response.answers[$0] != nil || open[$0] != nil }
            if ids.isEmpty {
                out += "    answers: {}\n"
            } else {
                out += "    answers:\n"
                for id in ids {
                    guard let question = questionnaire.question(id) else { continue }
                    if let item = open[id] { out += comment(item, question: question).map { "      # " + $0 + "\n" }.joined() }
                    let node = response.answers[id].map(AnswersWriter.node) ?? .scalar("")
                    out += indented(YAMLEmitter.emit(.mapping([(id.description, node)])), by: 6)
                }
            }
            if !response.skipped.isEmpty {
                let skipped = questionnaire.questions.map(\.id).filter(response.skipped.contains)
                out += indented(YAMLEmitter.emit(.mapping([("skipped", .sequence(skipped.map { AnswersWriter.text($0.description) }))])), by: 4)
            }
        }
        return out
    }

    // MARK: Comments

    private func header(_ draft: ConsensusDrafter.Draft, openCount: Int) -> [String] {
        let board = Self.line(draft.file.respondent.organisation)
        if language == "nl" {
            return [
                "Gezamenlijk zelfassessment van \(board), opgesteld door waarborg uit \(draft.respondents) antwoordbestanden (zie docs/track.md).",
                "Bij elke vraag staat het antwoord dat de meeste respondenten gaven; toelichtingen en onderbouwingen zijn samengevoegd.",
                openCount == 0
                    ? "Geen vraag staat open. Loop de antwoorden samen na en pas aan wat het bestuur anders ziet."
                    : "\(openCount) \(openCount == 1 ? "vraag staat" : "vragen staan") open (‘# Open:’ erboven): kies daar samen één antwoord.",
                "Verder invullen:  waarborg fill gezamenlijk.yaml      Controleren:  waarborg check gezamenlijk.yaml",
            ]
        }
        return [
            "Joint self-assessment of \(board), drafted by waarborg from \(draft.respondents) answers files (see docs/track.md).",
            "Each question has the answer most respondents gave; notes and evidence are merged.",
            openCount == 0
                ? "No question is open. Go through the answers together and change what the board sees differently."
                : "\(openCount) \(openCount == 1 ? "question is" : "questions are") open ('# Open:' above it): choose one answer together there.",
            "Continue:  waarborg fill gezamenlijk.yaml      Check:  waarborg check gezamenlijk.yaml",
        ]
    }

    /// The comment lines above an open question.
    func comment(_ item: ConsensusDrafter.OpenQuestion, question: Question) -> [String] {
        let nl = language == "nl"
        let given = item.given.map { "\($0.count)× " + Self.line($0.value.display(for: question, language: language)) }
            .joined(separator: ", ")
        let why: String
        switch item.reason {
        case .tie:
            why =
                nl
                ? "Open: evenveel respondenten gaven verschillende antwoorden: \(given)."
                : "Open: as many respondents gave different answers: \(given)."
        case .spread(let steps):
            why = nl ? "Open: de antwoorden liggen \(steps) stappen uiteen: \(given)." : "Open: the answers lie \(steps) steps apart: \(given)."
        case .differentTexts:
            why =
                nl
                ? "Open: verschillende antwoorden (\(item.given.count)); maak er samen één van."
                : "Open: different answers (\(item.given.count)); make them one together."
        case .needsRemark:
            why =
                nl
                ? "Open: \(given); bij dit antwoord hoort een toelichting of onderbouwing." : "Open: \(given); this answer needs a note or evidence."
        case .remarksMoved:
            why =
                nl
                ? "Gegeven: \(given). Toelichtingen bij andere antwoorden staan hieronder."
                : "Given: \(given). Notes given with other answers are below."
        }
        var lines = [why]
        if !item.notes.isEmpty { lines.append(nl ? "Toelichtingen:" : "Notes:") }
        lines += item.notes.flatMap(Self.bullet)
        if !item.evidence.isEmpty { lines.append(nl ? "Onderbouwingen:" : "Evidence:") }
        lines += item.evidence.flatMap(Self.bullet)
        return lines
    }

    /// A text as comment lines: `- ` before its first line, indented after.
    private static func bullet(_ text: String) -> [String] {
        lines(text).enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element }
    }

    /// Text on one comment line: every character YAML (1.1, as libyaml reads it) takes as a
    /// line break, and every other control character, becomes a space.
    static func line(_ text: String) -> String {
        lines(text).joined(separator: " ")
    }

    private static func lines(_ text: String) -> [String] {
        var lines: [String] = [""]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": lines.append("")
            default:
                let control =
                    scalar.properties.generalCategory == .control
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                lines[lines.count - 1].unicodeScalars.append(control ? " " : scalar)
            }
        }
        return lines.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    private func indented(_ text: String, by count: Int) -> String {
        let margin = String(repeating: " ", count: count)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { margin + $0 + "\n" }.joined()
    }
}
