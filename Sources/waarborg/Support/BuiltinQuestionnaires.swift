/// Placeholder until the generated copy of questionnaires/ is added.
enum BuiltinQuestionnaires {
    static let files: [(path: String, text: String)] = []
}
