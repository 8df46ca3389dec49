import Assessment
import Questionnaire
import Reports
import Testing

/// A hand-built board with the real questionnaires: six respondents in four roles (only the
/// school leaders are three or more), answers that differ between board and schools and
/// among the school leaders, notes with characters every format must escape, an earlier
/// self-assessment on waarborg-2 1.0.0 (migrated to 1.1.0, so one theme is not comparable),
/// and five other boards of the region (the least a comparison shows).
enum PanelSample {
    static let board = "Stichting De Linde"

    /// The questionnaires folder of the repository.
    static func folder(besides file: String = #filePath) -> String {
        var folder = file
        for _ in 0..<3 {
            folder.removeLast()
            while let last = folder.last, last != "/" { folder.removeLast() }
        }
        return folder + "questionnaires/"
    }

    /// Every version the sample uses, loaded once.
    static let loaded: [String: Questionnaire] = {
        var out: [String: Questionnaire] = [:]
        for reference in ["waarborg-1@1.0.0", "waarborg-2@1.0.0", "waarborg-2@1.1.0", "waarborg-3@1.0.0", "waarborg-4@1.0.0"] {
            let parts = reference.split(separator: "@")
            let path = folder() + "\(parts[0])/\(parts[1]).yaml"
            out[reference] = try? QuestionnaireLoader.load(path: path).questionnaire
        }
        return out
    }()

    /// A questionnaire of the repository by id and version.
    static func questionnaire(_ id: String, _ version: String) throws -> Questionnaire {
        try #require(loaded["\(id)@\(version)"], "cannot load questionnaires/\(id)/\(version).yaml")
    }

    /// Waarborg 1, 2 (1.1.0), 3 and 4: what the board answers now.
    static func current() throws -> [Questionnaire] {
        [
            try questionnaire("waarborg-1", "1.0.0"), try questionnaire("waarborg-2", "1.1.0"),
            try questionnaire("waarborg-3", "1.0.0"), try questionnaire("waarborg-4", "1.0.0"),
        ]
    }

    /// All four on 1.0.0: what the board answered the previous time.
    static func earlier() throws -> [Questionnaire] {
        [
            try questionnaire("waarborg-1", "1.0.0"), try questionnaire("waarborg-2", "1.0.0"),
            try questionnaire("waarborg-3", "1.0.0"), try questionnaire("waarborg-4", "1.0.0"),
        ]
    }

    /// Who answered: role and how much rosier than the board's base each sees things.
    static let respondents: [(name: String, role: String, school: String?, offset: Int)] = [
        ("Anne de Vries", "bestuurder", nil, 1),
        ("Marieke van den Berg", "schoolleider", "OBS De Regenboog", 0),
        ("Ahmed Yilmaz", "schoolleider", "De Vlinder", 0),
        ("Sanne Jansen", "schoolleider", "Kindcentrum Het Anker", -1),
        ("Fatima el Amrani", "schoolopleider", "De Vlinder", 0),
        ("Joost Bakker", "werkplekbegeleider", "OBS De Regenboog", -1),
    ]

    /// The board's base answer per safeguard and theme (index), before a respondent's offset.
    static func base(safeguard: Int, theme: Int, shift: Int) -> Int {
        let bases = [[3, 3, 2, 3, 3, 2], [3, 2, 3, 3, 2, 2], [2, 3, 3, 2, 3, 3], [3, 2, 2, 3, 3, 2]]
        let row = bases[(safeguard - 1) % bases.count]
        return row[theme % row.count] + shift
    }

    /// One respondent's answers: a scale answer moves with the theme's base, on some themes
    /// with the respondent's offset, and with a small per-statement variation; now and
    /// then n.v.t.
    static func answers(
        _ index: Int, questionnaires: [Questionnaire], shift: Int = 0, organisation: String = board, notes: Bool = true
    ) -> AnswersFile {
        let who = respondents[index % respondents.count]
        var responses: [Response] = []
        for questionnaire in questionnaires {
            var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
            for (themeIndex, theme) in questionnaire.themes.enumerated() {
                for (questionIndex, question) in theme.questions.enumerated() {
                    let seed = index * 7 + questionIndex * 3 + themeIndex
                    switch question.kind {
                    case .scale:
                        if seed % 19 == 4 {
                            response.answers[question.id] = Answer(.option("n"))
                            continue
                        }
                        // The board member sees every third theme rosier; the others differ
                        // only on the first theme of safeguards 1 and 3.
                        let safeguard = questionnaire.safeguard ?? 1
                        let differs = who.role == "bestuurder" ? themeIndex % 3 == 0 : themeIndex == 0 && safeguard % 2 == 1
                        let offset = differs ? who.offset : 0
                        let variation = seed % 9 == 0 ? 1 : 0
                        let base = base(safeguard: questionnaire.safeguard ?? 1, theme: themeIndex, shift: shift)
                        let value = min(4, max(1, base + offset + variation))
                        response.answers[question.id] = Answer(.option("\(value)"))
                    case .choice(let options):
                        response.answers[question.id] = Answer(.option(options[min(options.count - 1, 1)].key))
                    case .multi(let options):
                        response.answers[question.id] = Answer(.options([options[0].key]))
                    case .yesno:
                        response.answers[question.id] = Answer(.yesno(index % 2 == 0))
                    case .number:
                        response.answers[question.id] = Answer(.number(Double(2 + index)))
                    case .text:
                        if index < 2 { response.answers[question.id] = Answer(.text("Meer tijd voor begeleiding.")) }
                    }
                }
            }
            if notes { addNotes(index, to: &response) }
            responses.append(response)
        }
        return AnswersFile(
            respondent: Respondent(name: who.name, role: who.role, organisation: organisation, school: who.school),
            responses: responses)
    }

    /// Notes and evidence on a few statements, including text that must not become markup.
    static func addNotes(_ index: Int, to response: inout Response) {
        func note(_ id: String, note: String?, evidence: String? = nil) {
            guard let question = QuestionID(id), var answer = response.answers[question] else { return }
            answer.note = note
            answer.evidence = evidence
            response.answers[question] = answer
        }
        switch (response.questionnaire, index) {
        case ("waarborg-1", 0):
            note("visie.visie-onderschreven", note: "Besluit in de bestuursvergadering van maart.", evidence: "Bestuursbesluit 2024-03")
        case ("waarborg-1", 1):
            note("visie.visie-onderschreven", note: "Op school nog weinig van gemerkt.")
        case ("waarborg-1", 3):
            note("visie.visie-onderschreven", note: "Zie <script>alert(1)</script> en *dit* | niet [link](http://x)")
        case ("waarborg-2", 4):
            note("stageplaatsen.voldoende", note: "=SUM(A1:A3) is geen formule hier.", evidence: "Overzicht stageplaatsen 2024-2025")
        case ("waarborg-3", 5):
            note("rollen.schoolopleider", note: "Onze schoolopleider werkt twee dagen.\nDe andere dagen staat zij voor de klas.")
        default:
            break
        }
    }

    static func assess(_ file: AnswersFile, path: String, questionnaires: [Questionnaire]) -> RespondentAssessment {
        Assessor.assess(file, path: path, questionnaires: questionnaires)
    }

    /// The board now: the six respondents on the current versions.
    static func boardNow() throws -> BoardAggregate {
        let questionnaires = try current()
        var board = BoardAggregate(minimumGroup: 3, roles: questionnaires[0].roles)
        for index in respondents.indices {
            board.add(assess(answers(index, questionnaires: questionnaires), path: "r\(index).yaml", questionnaires: questionnaires))
        }
        return board
    }

    /// The board earlier: five respondents on 1.0.0, lower on two safeguards, migrated to
    /// the current versions as `waarborg panel --previous` does.
    static func boardBefore() throws -> BoardAggregate {
        let earlier = try earlier()
        let alignment = VersionAlignment(targets: try current(), available: earlier)
        var board = BoardAggregate(minimumGroup: 3, roles: earlier[0].roles)
        for index in 0..<5 {
            let file = answers(index, questionnaires: earlier, shift: 0, notes: false)
            var lowered = file
            lowered.responses = file.responses.map { response in
                guard response.questionnaire == "waarborg-3" || response.questionnaire == "waarborg-1" else { return response }
                var response = response
                for (id, answer) in response.answers {
                    if case .option(let key) = answer.value, let value = Int(key), value > 1, id.theme != "visie" {
                        response.answers[id] = Answer(.option("\(value - 1)"))
                    }
                }
                return response
            }
            let aligned = alignment.align(lowered, questionnaires: earlier)
            for (id, themes) in aligned.incomparableThemes { board.incomparableThemes[id, default: []].formUnion(themes) }
            board.add(assess(aligned.file, path: "eerder\(index).yaml", questionnaires: aligned.questionnaires))
        }
        return board
    }

    /// Five other boards and the board itself (which the comparison must leave out).
    static func region() throws -> [BoardAggregate] {
        let questionnaires = try current()
        let boards = [
            ("Stichting Noord", 1), ("Stichting Oost", -1), ("Stichting Zuid", 0), ("Stichting West", 0), ("Stichting Midden", -1),
            (board, 2),
        ]
        return try boards.map { name, shift in
            var other = BoardAggregate(minimumGroup: 3, roles: try current()[0].roles)
            for index in [1, 4] {
                let file = answers(index, questionnaires: questionnaires, shift: shift, organisation: name, notes: false)
                other.add(assess(file, path: "\(name)-\(index).yaml", questionnaires: questionnaires))
            }
            return other
        }
    }

    /// The whole brief: now, with the previous self-assessment and the region.
    static func brief() throws -> PanelBrief {
        PanelAnalysis().brief(try boardNow(), previous: try boardBefore(), region: try region())
    }

    /// A brief of only the board now, without previous and region.
    static func plainBrief() throws -> PanelBrief {
        PanelAnalysis().brief(try boardNow())
    }
}
