import Assessment
import Diagnostics
import Questionnaire

/// One question of the form as the page shows it: its questionnaire (by index in the
/// form's questionnaires), its theme, and its field number, which names its controls
/// (`q12`, `q12-note`, …).
struct FormField {
    var part: Int
    var theme: Theme
    var question: Question
    var field: Int
}

extension BrowserForm {
    /// The questions asked of the role, numbered in the order they are asked.
    var fields: [FormField] {
        var fields: [FormField] = []
        for (part, questionnaire) in questionnaires.enumerated() {
            for theme in questionnaire.themes {
                for question in theme.questions where question.isAsked(of: role.id) {
                    fields.append(FormField(part: part, theme: theme, question: question, field: fields.count))
                }
            }
        }
        return fields
    }

    /// The file's responses as `fill` would continue them: those of `file` in its order,
    /// each form questionnaire's with its digest (a new one at the end), and for each the
    /// index of its questionnaire in the form, if it has one.
    var responses: [(response: Response, part: Int?)] {
        var responses: [(response: Response, part: Int?)] = (file?.responses ?? []).map { ($0, nil) }
        for (part, questionnaire) in questionnaires.enumerated() {
            if let index = responses.firstIndex(where: { $0.response.questionnaire == questionnaire.id }) {
                if responses[index].response.version != questionnaire.version {
                    responses[index].response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
                }
                responses[index].response.digest = questionnaire.source.digest
                responses[index].part = part
            } else {
                let response = Response(questionnaire: questionnaire.id, version: questionnaire.version, digest: questionnaire.source.digest)
                responses.append((response, part))
            }
        }
        return responses
    }
}

/// The data the page's script works from, as JSON: the respondent, every response of the
/// file with its answers, and for the form's questionnaires their questions with options,
/// requirements and compiled `show_if`.
struct FormData {
    let form: BrowserForm

    var json: JSONValue {
        let fields = form.fields
        var fieldNumbers: [Int: [QuestionID: Int]] = [:]
        for field in fields { fieldNumbers[field.part, default: [:]][field.question.id] = field.field }
        let responses: [JSONValue] = form.responses.map { response, part in
            let questionnaire =
                part.map { form.questionnaires[$0] }
                ?? form.otherQuestionnaires.first {
                    $0.id == response.questionnaire && $0.version == response.version
                }
            let order = questionnaire.map { $0.questions.map { JSONValue.string($0.id.description) } } ?? []
            let answers: [(String, JSONValue)] = response.answers.sorted { $0.key < $1.key }.map { id, answer in
                (id.description, Self.json(answer))
            }
            let questions: JSONValue =
                part.map { part in
                    let questionnaire = form.questionnaires[part]
                    return .object([
                        ("questions", .array(questionnaire.questions.map { Self.json($0, field: fieldNumbers[part]?[$0.id], in: questionnaire) }))
                    ])
                } ?? .null
            return .object([
                ("questionnaire", .string(response.questionnaire)),
                ("version", .string(response.version.description)),
                ("digest", .string(response.digest)),
                ("order", .array(order)),
                ("answers", .object(answers)),
                ("skipped", .array(response.skipped.sorted().map { .string($0.description) })),
                ("form", questions),
            ])
        }
        let respondent = form.file?.respondent
        var entries: [(String, JSONValue)] = [
            ("role", .string(form.role.id)),
            ("header", .string(AnswersWriter.header)),
            ("text", FormStrings(form.language).script),
            (
                "respondent",
                .object([
                    ("name", .string(respondent?.name ?? "")),
                    ("organisation", .string(respondent?.organisation ?? "")),
                    ("school", .string(respondent?.school)),
                ])
            ),
            ("started", .string(form.file?.started)),
            ("responses", .array(responses)),
        ]
        // The key the page keeps its answers under: a form made anew (another version,
        // another `--from`) starts from its own data, not from what another form stored.
        let digest = SHA256.hex(Array(JSONValue.object(entries).rendered().utf8))
        entries.insert(("digest", .string(digest)), at: 0)
        return .object(entries)
    }

    static func json(_ question: Question, field: Int?, in questionnaire: Questionnaire) -> JSONValue {
        var min: Double?, max: Double?
        if case .number(let low, let high) = question.kind {
            min = low
            max = high
        }
        let options: [JSONValue] = question.kind.options.map { option in
            .object([("key", .string(option.key)), ("value", .number(option.value)), ("unknown", .bool(option.unknown))])
        }
        let names = questionnaire.questionIndex
        let showIf: JSONValue =
            question.showIf.map { condition in
                condition.expression.portable { name in
                    names.names[name].map { names.questions[$0].id.description } ?? name
                }
            } ?? .null
        return .object([
            ("id", .string(question.id.description)),
            ("kind", .string(question.kind.name)),
            ("options", .array(options)),
            ("min", .number(min)),
            ("max", .number(max)),
            ("required", .bool(question.required)),
            ("note", .string(question.note.rawValue)),
            ("noteFor", question.noteFor.map { .array($0.map(JSONValue.string)) } ?? .null),
            ("evidence", .string(question.evidence.rawValue)),
            ("evidenceFor", question.evidenceFor.map { .array($0.map(JSONValue.string)) } ?? .null),
            ("roles", question.roles.map { .array($0.map(JSONValue.string)) } ?? .null),
            ("showIf", showIf),
            ("field", field.map { .number(Double($0)) } ?? .null),
        ])
    }

    static func json(_ answer: Answer) -> JSONValue {
        let value: JSONValue =
            switch answer.value {
            case .option(let key): .object([("option", .string(key))])
            case .options(let keys): .object([("options", .array(keys.map(JSONValue.string)))])
            case .yesno(let yes): .object([("yesno", .bool(yes))])
            // As text: JSON here keeps four decimals, an answer keeps all of them.
            case .number(let number): .object([("number", .string(String(number)))])
            case .text(let text): .object([("text", .string(text))])
            }
        return .object([("value", value), ("note", .string(answer.note)), ("evidence", .string(answer.evidence))])
    }
}
