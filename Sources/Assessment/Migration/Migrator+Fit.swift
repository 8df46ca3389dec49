import Diagnostics
public import Questionnaire

extension Migrator {
    /// The migrated `response` made into answers the newer version accepts from a respondent
    /// in `role`, with what had to go: answers to questions not asked of that role (or hidden
    /// by `show_if`), notes and evidence the newer version does not ask with the answer, and
    /// answers that now need evidence nobody gave — those questions are open again, for
    /// `fill` to ask, rather than a file `check` refuses.
    public static func fit(_ response: Response, to questionnaire: Questionnaire, role: String?) -> (response: Response, problems: [Problem]) {
        var response = response
        var problems: [Problem] = []
        let visibility = Visibility(questionnaire, role: role)
        func removeHidden() {
            let (pruned, removed) = visibility.removingHidden(from: response)
            response = pruned
            for id in removed {
                let question = questionnaire.question(id)
                let version = questionnaire.version
                let why =
                    question?.isAsked(of: role) == false
                    ? Message(
                        nl: "versie \(version) vraagt dit niet aan \(role ?? "deze rol")",
                        en: "version \(version) does not ask this of \(role ?? "this role")")
                    : Message(
                        nl: "versie \(version) vraagt dit niet na de andere antwoorden",
                        en: "version \(version) does not ask this after the other answers")
                problems.append(Problem(question: id, message: Message(nl: "niet overgenomen: ", en: "not carried over: ") + why))
            }
        }
        removeHidden()
        // A skip carries over only to an optional question of this version that has no answer.
        for id in response.skipped.sorted() {
            let question = questionnaire.question(id)
            guard question == nil || question?.required == true || response.answers[id] != nil else { continue }
            response.skipped.remove(id)
            let version = questionnaire.version
            let why =
                question == nil
                ? Message(nl: "de vraag staat niet in versie \(version)", en: "the question is not in version \(version)")
                : question?.required == true
                    ? Message(nl: "versie \(version) vraagt een antwoord", en: "version \(version) requires an answer")
                    : Message(nl: "er is nu een antwoord", en: "it has an answer now")
            problems.append(
                Problem(
                    question: id,
                    message: Message(
                        nl: "overslaan niet overgenomen: \(why.nl); beantwoord de vraag met waarborg fill",
                        en: "skip not carried over: \(why.en); answer it with waarborg fill")))
        }
        for id in response.answers.keys.sorted() {
            guard var answer = response.answers[id], let question = questionnaire.question(id) else { continue }
            for remark in Remark.allCases where answer.remark(remark) != nil && !answer.asks(remark, for: question) {
                answer.setRemark(remark, nil)
                problems.append(
                    Problem(
                        question: id,
                        message: Message(
                            nl:
                                "de \(remark == .note ? "toelichting" : "onderbouwing") is niet overgenomen: versie \(questionnaire.version) vraagt die niet bij dit antwoord",
                            en:
                                "its \(remark == .note ? "note" : "evidence") is not carried over: version \(questionnaire.version) does not ask it with this answer"
                        )))
            }
            if let missing = Remark.allCases.first(where: { answer.requires($0, for: question) && answer.remark($0) == nil }) {
                response.answers[id] = nil
                problems.append(
                    Problem(
                        question: id,
                        message: Message(
                            nl:
                                "niet overgenomen: versie \(questionnaire.version) vraagt \(missing == .note ? "een toelichting" : "een onderbouwing") bij dit antwoord; beantwoord de vraag opnieuw met waarborg fill",
                            en:
                                "not carried over: version \(questionnaire.version) asks \(missing == .note ? "a note" : "evidence") with this answer; answer it again with waarborg fill"
                        )))
            } else {
                response.answers[id] = answer
            }
        }
        // An answer taken out may hide a follow-up that was answered.
        removeHidden()
        return (response, problems)
    }
}
