import YAML

/// The keys of the mappings of an answers file, in the order `fill` writes them. Both
/// decoders read from these, so they always agree on which keys there are.
protocol AnswersKey: RawRepresentable<String>, CaseIterable, Hashable, Sendable where AllCases == [Self] {
    /// Every key, in order, made once.
    static var all: [Self] { get }
    /// Every key as a ``ShortKey``, in the order of ``all``; nil for a key longer than that.
    static var shortKeys: [ShortKey?] { get }
}

extension AnswersKey {
    /// The keys as written, for the tree decoder's messages.
    static var names: [String] { all.map(\.rawValue) }
}

enum TopLevelKey: String, AnswersKey {
    case respondent, started, updated, questionnaires
    static let all = allCases
    static let shortKeys = all.map { ShortKey($0.rawValue) }
}

enum RespondentKey: String, AnswersKey {
    case name, kind, role, organisation, school
    static let all = allCases
    static let shortKeys = all.map { ShortKey($0.rawValue) }
}

enum ResponseKey: String, AnswersKey {
    case questionnaire, version, digest, answers, skipped
    static let all = allCases
    static let shortKeys = all.map { ShortKey($0.rawValue) }
}

enum AnswerKey: String, AnswersKey {
    case value, note, evidence
    static let all = allCases
    static let shortKeys = all.map { ShortKey($0.rawValue) }
}
