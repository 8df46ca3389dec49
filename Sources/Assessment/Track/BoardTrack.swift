public import Diagnostics
import FileIO
import Questionnaire

/// What a board folder's files say about the board's track, read and checked: per round
/// its answers, joint self-assessment, plan and verslag. Every problem is kept, located,
/// and a file with errors counts as not there, so one board's broken file does not keep
/// the project group from seeing the others.
public struct BoardTrack: Sendable {
    /// One round's files.
    public struct Round: Sendable {
        public var year: Int
        public var path: String
        /// The respondents' answers (not the joint self-assessment).
        public var answers: [PlanInput.Answers]
        public var consensus: AnswersFile?
        /// The day of the self-assessment: the latest `updated` (else `started`) date.
        public var date: PlanDate?
        public var plan: ActionPlan?
        /// Errors `plan check` reports against the round's answers.
        public var planErrors: Int
        public var verslag: PanelVerslag?
        /// What `verslag --check` still misses.
        public var verslagProblems: Int
        /// The board's development points in this round, for the region overview.
        public var findings: [Finding]
        /// The board's aggregate over its respondents, and the brief made of it (without a
        /// previous round or region), for the region overview and the progress report.
        public var aggregate: BoardAggregate?
        public var brief: PanelBrief?
    }

    public var folder: BoardFolder
    public var file: BoardFile?
    /// The board's name: `bestuur.yaml`'s, else the plan's, else the respondents', else the folder's.
    public var name: String
    public var rounds: [Round]
    public var diagnostics: [Diagnostic]
    /// Each file's text, for printing source lines under diagnostics.
    public var sources: [String: String]

    /// Reads `folder`; `today` judges the plans' dates as `plan check` does.
    public static func read(_ folder: BoardFolder, resolver: some QuestionnaireResolver, today: PlanDate) -> BoardTrack {
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        func missing(_ error: FileError) {
            diagnostics.append(.error(error.message, at: FileLocation(file: error.path, line: 1, column: 1)))
        }
        var file: BoardFile?
        let boardPath = folder.path + "/" + BoardFolder.boardFile
        if InputFile.exists(boardPath) {
            do {
                let (read, problems, source) = try BoardFile.read(path: boardPath)
                (file, sources[boardPath]) = (read, source)
                diagnostics += problems
            } catch {
                missing(error)
            }
        }
        var rounds: [Round] = []
        for round in folder.rounds {
            var answers: [PlanInput.Answers] = []
            var consensus: AnswersFile?
            let paths = (try? FolderWalk(maximumDepth: 0, wanted: FolderWalk.isYAML).files(in: round.answers)) ?? []
            let extra = InputFile.exists(round.consensus) ? [round.consensus] : []
            for path in paths + extra {
                let bytes: [UInt8]
                do {
                    bytes = try InputFile.read(path)
                } catch {
                    missing(error)
                    continue
                }
                let result = AnswersReader.read(bytes: bytes, path: path, resolver: resolver)
                diagnostics += result.diagnostics
                sources[path] = result.source
                guard let read = result.file, !result.diagnostics.containsErrors else { continue }
                if read.respondent.isConsensus {
                    consensus = read
                } else {
                    answers.append(PlanInput.Answers(path: path, bytes: bytes, file: read, questionnaires: result.questionnaires))
                }
            }
            let input = answers.isEmpty ? nil : PlanInput(answers, today: today)
            var plan: ActionPlan?
            var planErrors = 0
            if InputFile.exists(round.plan) {
                do {
                    let result = try PlanReader.read(path: round.plan)
                    diagnostics += result.diagnostics
                    sources[round.plan] = result.source
                    plan = result.plan
                    if let read = result.plan {
                        let checked =
                            input.map { PlanChecker(today: today).check(read, against: $0.findings, basis: $0.basis) }
                            ?? PlanChecker(today: today).check(read)
                        planErrors = checked.filter { $0.severity == .error }.count
                    }
                } catch {
                    missing(error)
                }
            }
            var verslag: PanelVerslag?
            var verslagProblems = 0
            if InputFile.exists(round.verslag) {
                do {
                    let result = try PanelVerslagReader.read(path: round.verslag)
                    diagnostics += result.diagnostics
                    sources[round.verslag] = result.source
                    verslag = result.verslag
                    verslagProblems = result.verslag?.problems(path: round.verslag).filter { $0.severity == .error }.count ?? 0
                } catch {
                    missing(error)
                }
            }
            let dates = answers.compactMap { item in (item.file.updated ?? item.file.started).flatMap { PlanDate(String($0.prefix(10))) } }
            rounds.append(
                Round(
                    year: round.year, path: round.path, answers: answers, consensus: consensus, date: dates.max(), plan: plan,
                    planErrors: planErrors, verslag: verslag, verslagProblems: verslagProblems,
                    findings: input?.findings.filter { $0.kind == .developmentPoint } ?? [],
                    aggregate: input?.aggregate, brief: input?.brief))
        }
        let folderName = folder.path.split(separator: "/").last.map(String.init) ?? folder.path
        let name =
            file?.board ?? rounds.last(where: { $0.plan != nil })?.plan?.board
            ?? rounds.last.flatMap { round in ConsensusDrafter.mostCommon(round.answers.map(\.file.respondent.organisation)) } ?? folderName
        return BoardTrack(folder: folder, file: file, name: name, rounds: rounds, diagnostics: diagnostics, sources: sources)
    }
}
