public import Questionnaire

/// What a plan is drafted from and checked against: a board's answers files taken
/// together, as the panel sees them.
///
/// The development points are the board's, over all its respondents (`PanelAnalysis`),
/// not one respondent's.
public struct PlanInput: Sendable {
    /// One answers file, read and checked.
    public struct Answers: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public var file: AnswersFile
        /// The questionnaire versions the file answers.
        public var questionnaires: [Questionnaire]

        public init(path: String, bytes: [UInt8], file: AnswersFile, questionnaires: [Questionnaire]) {
            self.path = path
            self.bytes = bytes
            self.file = file
            self.questionnaires = questionnaires
        }
    }

    /// The board's name: the one most respondents gave.
    public var board: String
    /// Every board name the respondents gave, with how many gave it, most first.
    public var organisations: [(name: String, count: Int)]
    public var brief: PanelBrief
    /// The respondents' answers taken together.
    public var aggregate: BoardAggregate
    /// The board's development points, then its points for discussion, ranked.
    public var findings: [Finding]
    public var basis: PlanBasis

    /// Takes the answers together; `today` is the date when no file says when it was answered.
    public init(_ answers: [Answers], today: PlanDate) {
        let questionnaires = Self.questionnaires(answers)
        var aggregate = BoardAggregate(
            minimumGroup: questionnaires.first?.findings.minimumGroup ?? 3,
            roles: questionnaires.first?.roles ?? Role.defaults)
        var counts: [String: Int] = [:]
        // A consensus file is the board's own view, not one more respondent.
        for item in answers where !item.file.respondent.isConsensus {
            aggregate.add(Assessor.assess(item.file, path: item.path, questionnaires: item.questionnaires))
            counts[item.file.respondent.organisation, default: 0] += 1
        }
        organisations = counts.map { (name: $0.key, count: $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        board = organisations.first?.name ?? ""
        self.aggregate = aggregate
        brief = PanelAnalysis().brief(aggregate)
        findings = brief.findings.filter { $0.kind == .developmentPoint || $0.kind == .conversationPoint }
        let dates = answers.compactMap { item in (item.file.updated ?? item.file.started).flatMap { PlanDate(String($0.prefix(10))) } }
        basis = PlanBasis(
            date: dates.max() ?? today, respondents: answers.filter { !$0.file.respondent.isConsensus }.count,
            questionnaires: questionnaires.map { PlanBasis.Source(id: $0.id, version: $0.version) },
            answers: AnswersDigest.names(answers.map(\.path)),
            digest: AnswersDigest.digest(answers.map { (path: $0.path, bytes: $0.bytes) }))
    }

    /// Every questionnaire version answered, once, in safeguard order.
    static func questionnaires(_ answers: [Answers]) -> [Questionnaire] {
        var out: [Questionnaire] = []
        for item in answers {
            for questionnaire in item.questionnaires where !out.contains(where: { $0.reference == questionnaire.reference }) {
                out.append(questionnaire)
            }
        }
        return out.sorted { ($0.safeguard ?? Int.max, $0.id, $0.version) < ($1.safeguard ?? Int.max, $1.id, $1.version) }
    }
}
