public import Diagnostics
import Questionnaire

/// The files waarborg reads that people write in an editor, each with its JSON Schema.
public enum FileSchema: String, Sendable, CaseIterable {
    case questionnaire
    case answers
    case plan

    /// The schema (draft 2020-12).
    public var json: JSONValue {
        switch self {
        case .questionnaire: QuestionnaireSchema.json
        case .answers: AnswersSchema.json
        case .plan: PlanSchema.json
        }
    }

    /// The schema as written by `waarborg schema` and shipped in `docs/schema/`.
    public var text: String { json.rendered() }

    /// The file name under `docs/schema/`, such as `questionnaire.schema.json`.
    public var fileName: String { "\(rawValue).schema.json" }
}
