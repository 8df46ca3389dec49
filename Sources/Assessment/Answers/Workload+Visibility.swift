public import Questionnaire

extension Workload {
    /// The workload of the questions of `questionnaires` asked of `role` (every question
    /// when nil): those shown before any answer, and the follow-ups `show_if` may add.
    public init(_ questionnaires: [Questionnaire], role: String?) {
        self.init()
        for questionnaire in questionnaires {
            let empty = Response(questionnaire: questionnaire.id, version: questionnaire.version)
            let hidden = Visibility(questionnaire, role: role).hidden(in: empty)
            for question in questionnaire.questions where question.isAsked(of: role) {
                if hidden.contains(question.id) {
                    followUps += 1
                    followUpSeconds += Self.seconds(question)
                } else {
                    questions += 1
                    seconds += Self.seconds(question)
                }
            }
        }
    }
}
