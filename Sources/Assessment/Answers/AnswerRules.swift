import Questionnaire

/// The rules an answers file's values follow, in one place: the tree decoder
/// (`AnswersTreeDecoder`) reports where a file breaks them, the event decoder
/// (`AnswersEventDecoder`) gives the file up to the tree at the first that is broken. Each
/// rule only decides; the words of a diagnostic stay with the tree decoder. The event
/// decoder calls them per answer: they do no more work than it did before they were shared.
/// How a recorded digest is written is `QuestionnaireDigest.isWellFormed`.
enum AnswerRules {
    /// The words of a yes/no answer, in any case: `ja`, `yes`, `true` and `nee`, `no`,
    /// `false`; nil for any other text.
    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "ja", "yes", "true": true
        case "nee", "no", "false": false
        default: nil
        }
    }

    /// Where a number answer falls outside its question's bounds.
    enum Bound: Equatable {
        case belowMinimum(Double)
        case aboveMaximum(Double)
    }

    /// The bound `number` passes, or nil when it is within both (each bound included).
    static func bound(passedBy number: Double, min: Double?, max: Double?) -> Bound? {
        if let min, number < min { return .belowMinimum(min) }
        if let max, number > max { return .aboveMaximum(max) }
        return nil
    }

    /// Whether `remark` must be given with an answer of `value` to a question with
    /// `options` (scored or not) that asks it as `base` with the answers `keys` (nil: with
    /// every answer): when the question requires it with this answer, except evidence for
    /// n.v.t. or *weet ik niet*, which have nothing to show.
    static func requires(
        _ remark: Remark, base: Requirement, only keys: [String]?, value: AnswerValue, options: [AnswerOption], scored: Bool
    ) -> Bool {
        guard Remark.requirement(base, only: keys, for: value) == .required else { return false }
        guard remark == .evidence, case .option(let key) = value, let option = options.option(key) else { return true }
        return !((option.isNotApplicable && scored) || option.unknown)
    }

    /// The roles of the first questionnaire answered that has no role `role`, or of the
    /// default roles when the file answers none; nil when every one has it.
    static func rolesLacking(_ role: String, in questionnaires: [Questionnaire]) -> [Role]? {
        guard !questionnaires.isEmpty else { return Role.defaults.contains { $0.id == role } ? nil : Role.defaults }
        return questionnaires.first { questionnaire in !questionnaire.roles.contains { $0.id == role } }?.roles
    }

    /// Whether a response's recorded digest (nil: none recorded) is that of `questionnaire`.
    static func digestMatches(_ digest: String?, _ questionnaire: Questionnaire) -> Bool {
        digest.map { $0 == questionnaire.source.digest } ?? true
    }
}
