public import Questionnaire

/// What may accompany an answer: the note (*toelichting*) or the evidence (*onderbouwing*).
public enum Remark: String, Sendable, Hashable, CaseIterable {
    case note
    case evidence

    /// Whether `question` asks for this remark at all, and how strongly, with some answer.
    public func requirement(of question: Question) -> Requirement {
        switch self {
        case .note: question.note
        case .evidence: question.evidence
        }
    }

    /// The option keys with which `question` asks this remark; nil: with every answer.
    public func condition(of question: Question) -> [String]? {
        switch self {
        case .note: question.noteFor
        case .evidence: question.evidenceFor
        }
    }

    /// How strongly `question` asks this remark with an answer of `value`: its requirement
    /// when the condition (`for`) holds, `.none` when the answer is not one it names.
    public func requirement(of question: Question, for value: AnswerValue) -> Requirement {
        Self.requirement(requirement(of: question), only: condition(of: question), for: value)
    }

    /// The requirement `base` under the condition `keys`: a one-option answer holds when its
    /// key is named, a multiple-choice answer when one of its keys is.
    public static func requirement(_ base: Requirement, only keys: [String]?, for value: AnswerValue) -> Requirement {
        guard let keys else { return base }
        switch value {
        case .option(let key): return keys.contains(key) ? base : .none
        case .options(let chosen): return chosen.contains(where: keys.contains) ? base : .none
        case .yesno, .number, .text: return .none
        }
    }
}

extension Answer {
    /// Whether the answer is an option without a value, such as *n.v.t.* (not the unknown option).
    public func isNotApplicable(to question: Question) -> Bool { isNotApplicable(to: question.kind) }

    /// Whether the answer is an option without a value to a question of `kind`.
    public func isNotApplicable(to kind: QuestionKind) -> Bool {
        guard case .option(let key) = value else { return false }
        let options = kind.options
        guard let index = options.optionIndex(key) else { return false }
        return options[index].isNotApplicable && kind.isScored
    }

    /// Whether the answer is the question's *weet ik niet* option.
    public func isUnknown(to question: Question) -> Bool { isUnknown(to: question.kind) }

    /// Whether the answer is the *weet ik niet* option of a question of `kind`.
    public func isUnknown(to kind: QuestionKind) -> Bool { value.isUnknown(to: kind) }

    public func remark(_ remark: Remark) -> String? {
        switch remark {
        case .note: note
        case .evidence: evidence
        }
    }

    public mutating func setRemark(_ remark: Remark, _ text: String?) {
        let text = text.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        switch remark {
        case .note: note = text
        case .evidence: evidence = text
        }
    }

    /// Whether `remark` must be given with this answer: when the question requires it with
    /// this answer, except evidence for n.v.t. or *weet ik niet*, which have nothing to show.
    public func requires(_ remark: Remark, for question: Question) -> Bool {
        AnswerRules.requires(
            remark, base: remark.requirement(of: question), only: remark.condition(of: question), value: value, options: question.kind.options,
            scored: question.kind.isScored)
    }

    /// Whether `question` asks `remark` with this answer at all.
    public func asks(_ remark: Remark, for question: Question) -> Bool {
        remark.requirement(of: question, for: value) != .none
    }

    /// The remarks the question requires that this answer lacks.
    public func missingRemarks(for question: Question) -> [Remark] {
        Remark.allCases.filter { requires($0, for: question) && remark($0) == nil }
    }
}

extension AnswerValue {
    /// The value as a person reads it: `3 (Grotendeels)`, `ja`, `12`, `a, c`, or the text.
    public func display(for question: Question, language: String) -> String {
        let options = question.kind.options
        func label(_ key: String) -> String {
            options.option(key).map { "\(key) (\($0.label.text(language)))" } ?? key
        }
        switch self {
        case .option(let key): return label(key)
        case .options(let keys): return keys.isEmpty ? "—" : keys.map(label).joined(separator: ", ")
        case .yesno(let yes): return language == "en" ? (yes ? "yes" : "no") : (yes ? "ja" : "nee")
        case .number(let number): return AnswerValue.format(number)
        case .text(let text): return text
        }
    }

    /// A number without a trailing `.0` when it is whole: `12`, `2.5`.
    public static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}

extension AnswerValue {
    /// Whether the value is the *weet ik niet* option of a question of `kind`.
    public func isUnknown(to kind: QuestionKind) -> Bool {
        guard case .option(let key) = self else { return false }
        let options = kind.options
        return options.optionIndex(key).map { options[$0].unknown } == true
    }
}
