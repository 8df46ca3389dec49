import Assessment
import Questionnaire

/// A realistic, reproducible set of answers files: every respondent answers the four
/// questionnaires, with some notes and some n.v.t., as a board's respondents would.
struct Workload {
    let questionnaires: [Questionnaire]

    /// The answers file of respondent `index`, as YAML, from a generator seeded by the index.
    func file(_ index: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let roles = ["bestuurder", "schoolleider", "schoolopleider", "werkplekbegeleider", "leraar"]
        let board = "Stichting \(["De Linde", "Het Baken", "Kempenkind", "Zuiderlicht", "De Waterlelie"][index % 5]) \(index / 50)"
        var file = AnswersFile(
            respondent: Respondent(
                name: "Respondent \(index)", role: roles[random.next(below: roles.count)], organisation: board,
                school: "Basisschool \(random.next(below: 40))"),
            started: "2026-10-01T09:00:00Z", updated: "2026-10-01T10:15:00Z")
        for questionnaire in questionnaires {
            var response = Response(questionnaire: questionnaire.id, version: questionnaire.version, digest: questionnaire.source.digest)
            let level = 1 + random.next(below: 4)
            for question in questionnaire.questions {
                guard let value = answer(question, around: level, random: &random) else { continue }
                var answer = Answer(value)
                if question.note == .required || random.next(below: 6) == 0 {
                    answer.note = notes[random.next(below: notes.count)]
                }
                if question.evidence == .required || (question.evidence == .optional && random.next(below: 4) == 0) {
                    answer.evidence = "Beleidsplan 2024–2028, paragraaf \(1 + random.next(below: 9))"
                }
                response.answers[question.id] = answer
            }
            let visibility = Visibility(questionnaire, role: file.respondent.role)
            file.responses.append(visibility.removingHidden(from: response).response)
        }
        return AnswersWriter.yaml(file, questionnaires: questionnaires)
    }

    private func answer(_ question: Question, around level: Int, random: inout SplitMix64) -> AnswerValue? {
        switch question.kind {
        case .scale(let scale):
            if random.next(below: 20) == 0, let na = scale.options.first(where: { $0.value == nil }) { return .option(na.key) }
            let scored = scale.options.filter { $0.value != nil }
            let index = min(scored.count - 1, max(0, level - 1 + random.next(below: 3) - 1))
            return .option(scored[index].key)
        case .choice(let options):
            return .option(options[random.next(below: options.count)].key)
        case .multi(let options):
            return .options([options[random.next(below: options.count)].key])
        case .yesno:
            return .yesno(random.next(below: 2) == 0)
        case .number(let low, let high):
            let lower = Int(low ?? 0), upper = Int(min(high ?? 50, 50))
            return .number(Double(lower + random.next(below: max(1, upper - lower + 1))))
        case .text:
            return random.next(below: 2) == 0 ? .text(notes[random.next(below: notes.count)]) : nil
        }
    }

    private let notes = [
        "Dit staat in het beleidsplan, maar in de praktijk lukt het nog niet op alle scholen.",
        "We hebben dit schooljaar een werkgroep gestart die dit verder uitwerkt.",
        "Op de grotere scholen gaat dit goed; op de kleine scholen ontbreekt de tijd.",
        "Besproken in het directieoverleg van september; afspraken volgen.",
        "De schoolopleider heeft hiervoor een opzet gemaakt die we nu uitproberen.",
    ]
}

/// A small, fast, seedable generator, so every run makes the same files.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
