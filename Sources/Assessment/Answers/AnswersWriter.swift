public import Questionnaire
import YAML

/// Writes an answers file as YAML that `AnswersReader` reads back as the same answers.
///
/// Answers are written in the order the questionnaire asks them; a bare value when there is
/// no note or evidence, else a mapping with `value`, `note` and `evidence`.
public enum AnswersWriter {
    /// The first line of every written file.
    public static let header = "# Antwoordbestand van waarborg (zie docs/answers-format.md); controleer met: waarborg check\n"

    /// The file as YAML; `questionnaires` gives the order of the answers where known.
    public static func yaml(_ file: AnswersFile, questionnaires: [Questionnaire] = []) -> String {
        header + YAMLEmitter.emit(node(file, questionnaires: questionnaires))
    }

    static func node(_ file: AnswersFile, questionnaires: [Questionnaire]) -> Node {
        var respondent: [(String, Node)] = [("name", text(file.respondent.name))]
        if file.respondent.isConsensus {
            respondent.append(("kind", .scalar(Respondent.Kind.consensus.rawValue)))
        } else {
            respondent.append(("role", text(file.respondent.role)))
        }
        respondent.append(("organisation", text(file.respondent.organisation)))
        if let school = file.respondent.school { respondent.append(("school", text(school))) }
        var top: [(String, Node)] = [("respondent", .mapping(respondent))]
        if let started = file.started { top.append(("started", text(started))) }
        if let updated = file.updated { top.append(("updated", text(updated))) }
        let responses = file.responses.map { response in
            self.node(
                response,
                questionnaire: questionnaires.first {
                    $0.id == response.questionnaire && $0.version == response.version
                })
        }
        top.append(("questionnaires", .sequence(responses)))
        return .mapping(top)
    }

    static func node(_ response: Response, questionnaire: Questionnaire?) -> Node {
        let order = questionnaire.map { $0.questions.map(\.id) } ?? []
        func ordered(_ ids: some Sequence<QuestionID>) -> [QuestionID] {
            let ids = Set(ids)
            return order.filter(ids.contains) + ids.filter { !order.contains($0) }.sorted()
        }
        var fields: [(String, Node)] = [
            ("questionnaire", text(response.questionnaire)),
            ("version", text(response.version.description)),
        ]
        if let digest = response.digest { fields.append(("digest", text(digest))) }
        let answers = ordered(response.answers.keys).compactMap { id in
            response.answers[id].map { (id.description, node($0)) }
        }
        fields.append(("answers", .mapping(answers)))
        if !response.skipped.isEmpty {
            fields.append(("skipped", .sequence(ordered(response.skipped).map { text($0.description) })))
        }
        return .mapping(fields)
    }

    static func node(_ answer: Answer) -> Node {
        let value = node(answer.value)
        guard answer.note != nil || answer.evidence != nil else { return value }
        var fields: [(String, Node)] = [("value", value)]
        if let note = answer.note { fields.append(("note", text(note))) }
        if let evidence = answer.evidence { fields.append(("evidence", text(evidence))) }
        return .mapping(fields)
    }

    static func node(_ value: AnswerValue) -> Node {
        switch value {
        case .option(let key): option(key)
        case .options(let keys): .sequence(keys.map(option))
        case .yesno(let yes): .scalar(yes ? "ja" : "nee")
        case .number(let number): .scalar(AnswerValue.format(number))
        case .text(let string): text(string)
        }
    }

    /// An option key: a plain number where the key is digits (`3`), else a string.
    static func option(_ key: String) -> Node {
        isDigits(key) ? .scalar(key) : text(key)
    }

    /// An option key as written in YAML: `3`, `n`, `"yes"`.
    public static func keyText(_ key: String) -> String {
        isDigits(key) ? key : YAMLEmitter.scalar(key)
    }

    private static func isDigits(_ key: String) -> Bool {
        !key.isEmpty && key.count < 16 && key.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            && (key == "0" || !key.hasPrefix("0"))
    }

    /// A string node that reads back as exactly this string.
    static func text(_ string: String) -> Node {
        .scalar(string, style: .doubleQuoted)
    }
}
