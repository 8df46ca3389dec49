/// What kind of answer a question takes.
public enum QuestionKind: Sendable, Hashable {
    case scale(Scale)
    case choice([AnswerOption])
    case multi([AnswerOption])
    case yesno
    case number(min: Double?, max: Double?)
    case text

    /// The type's name as written in a questionnaire file.
    public var name: String {
        switch self {
        case .scale: "scale"
        case .choice: "choice"
        case .multi: "multi"
        case .yesno: "yesno"
        case .number: "number"
        case .text: "text"
        }
    }

    /// The options a respondent chooses from; empty for yes/no, number and text.
    public var options: [AnswerOption] {
        switch self {
        case .scale(let scale): scale.options
        case .choice(let options), .multi(let options): options
        case .yesno, .number, .text: []
        }
    }

    /// Whether answers to this question count in scores.
    public var isScored: Bool {
        switch self {
        case .scale: true
        case .choice(let options), .multi(let options): options.contains { $0.value != nil }
        case .yesno, .number, .text: false
        }
    }
}
