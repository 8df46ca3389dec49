public import Questionnaire

extension Questionnaire {
    /// Whether any question offers a *weet ik niet* option; reports then show a column
    /// for it, apart from n.v.t.
    public var offersUnknown: Bool {
        questions.contains { $0.kind.options.unknownOption != nil }
    }
}
