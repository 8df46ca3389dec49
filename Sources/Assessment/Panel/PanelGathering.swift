public import Diagnostics
public import FileIO
public import Questionnaire

/// What `waarborg panel` reads, read: the board's answers files assessed into one board, its
/// previous self-assessment and the region, each aligned to the same questionnaire versions.
///
/// Files are read and assessed on several threads and added to running aggregates in the
/// order of the files, each dropped once added, so a long list of files does not grow in
/// memory. What a file gives to say (it cannot be read, its diagnostics, answers that did
/// not carry to the panel's version) is handed to `notice` as it comes, in that order; this
/// type prints nothing.
public struct PanelGathering {
    /// The files one panel reads: the board's answers, its previous self-assessment and
    /// its plan.
    public struct Files: Sendable, Equatable {
        public var answers: [String]
        public var previous: [String]
        public var plan: String?

        /// The files as given, except that a board folder (`docs/track.md`), given alone as
        /// the answers, stands for its newest round's answers and joint self-assessment,
        /// the round before it as the previous self-assessment, and the round's plan, unless
        /// `previous` or `plan` name others.
        public init(answers: [String], previous: [String] = [], plan: String? = nil) {
            guard answers.count == 1, BoardFolder.isBoard(answers[0]), let board = BoardFolder(answers[0]), let round = board.current else {
                (self.answers, self.previous, self.plan) = (answers, previous, plan)
                return
            }
            let joint = InputFile.exists(round.consensus) ? [round.consensus] : []
            self.answers = [round.answers] + joint
            self.previous = previous.isEmpty ? board.round(before: round).map { [$0.answers] } ?? [] : previous
            self.plan = plan ?? (InputFile.exists(round.plan) ? round.plan : nil)
        }
    }

    /// Something to tell about the files read, in the order the files were read.
    public enum Notice: Sendable, Equatable {
        /// A file or folder that could not be read.
        case unreadable(FileError)
        /// A file's diagnostics, with its text for printing source lines under them.
        case diagnostics(path: String, [Diagnostic], source: String)
        /// A warning about a whole file: `path: warning: message`.
        case warning(path: String, Message)
        /// The previous self-assessment's respondents name none of this board's names, but these.
        case previousOtherBoard([String])
    }

    /// What the files add up to.
    public struct Outcome: Sendable {
        /// The board's respondents; nil when no file could be read.
        public var board: BoardAggregate?
        /// The board's joint self-assessment (`kind: consensus`), kept apart from the respondents.
        public var consensus: RespondentAssessment?
        /// The previous self-assessment, aligned to the board's versions.
        public var previous: BoardAggregate?
        /// The other boards of the region, by the board their respondents name, in name order.
        public var region: [BoardAggregate] = []
        /// Whether an answers file had errors.
        public var failed = false
        /// The files and folders that could not be read, in the order met.
        public var missing: [FileError] = []
    }

    public let catalog: Catalog
    let resolver: CatalogResolver

    public init(catalog: Catalog) {
        self.catalog = catalog
        self.resolver = CatalogResolver(catalog)
    }

    /// Reads, checks and assesses the board's `answers`, and when given its `previous`
    /// answers and the answers under the `benchmark` folder, aligned to the newest
    /// versions the board answered. `respondent` sees each of the board's respondents as
    /// answered (not migrated), in the order of the files, for the CSV rows.
    public func gather(
        _ answers: [String], previous: [String] = [], benchmark: String? = nil,
        respondent: (RespondentAssessment) -> Void = { _ in }, notice: (Notice) -> Void
    ) -> Outcome {
        var outcome = Outcome()
        // The board now. A second pass is needed only when its files use different versions
        // of a questionnaire, or versions with different minimum group sizes.
        var now = board(answers, into: &outcome, respondent: respondent, notice: notice)
        if let first = now.board, !outcome.failed {
            let targets = now.questionnaires.newestVersions
            let minimum = now.questionnaires.map(\.findings.minimumGroup).max() ?? first.minimumGroup
            if minimum != first.minimumGroup || targets.count != now.questionnaires.count {
                let alignment = VersionAlignment(targets: targets, available: versions(of: targets))
                now = board(answers, into: &outcome, alignment: alignment, minimumGroup: minimum, quiet: true, notice: notice)
            }
        }
        (outcome.board, outcome.consensus) = (now.board, now.consensus)
        let targets = now.questionnaires.newestVersions
        guard !previous.isEmpty || benchmark != nil else { return outcome }
        let alignment = VersionAlignment(targets: targets, available: versions(of: targets))
        if !previous.isEmpty {
            outcome.previous = board(previous, into: &outcome, alignment: alignment, minimumGroup: now.board?.minimumGroup, notice: notice).board
            if let earlier = outcome.previous, let board = now.board, earlier.organisations.isDisjoint(with: board.organisations) {
                notice(.previousOtherBoard(earlier.organisations.sorted()))
            }
        }
        if let benchmark {
            outcome.region = region(benchmark, alignment: alignment, into: &outcome, notice: notice)
        }
        return outcome
    }

    /// Every version in the catalog of the questionnaires, for migrations on the way.
    public func versions(of questionnaires: [Questionnaire]) -> [Questionnaire] {
        questionnaires.flatMap { questionnaire in
            catalog.versions(of: questionnaire.id).compactMap { entry -> Questionnaire? in
                if case .found(let found) = resolver.resolve(entry.id, version: entry.version) { return found }
                return nil
            }
        }
    }

    /// The `.yaml` and `.yml` files under a benchmark folder, as `FolderWalk` finds them,
    /// at most eight folders deep.
    static let benchmarkWalk = FolderWalk(maximumDepth: 8, wanted: FolderWalk.isYAML)

    /// What one list of files adds up to.
    struct Board {
        var board: BoardAggregate?
        var consensus: RespondentAssessment?
        /// Every questionnaire version answered, once each.
        var questionnaires: [Questionnaire] = []
    }

    /// Reads, checks and assesses `paths` into one board; `minimumGroup` nil takes the
    /// largest of the first valid file's questionnaires. `quiet` reads files read before:
    /// nothing is told about them again.
    func board(
        _ paths: [String], into outcome: inout Outcome, alignment: VersionAlignment? = nil, minimumGroup: Int? = nil, quiet: Bool = false,
        respondent: (RespondentAssessment) -> Void = { _ in }, notice: (Notice) -> Void
    ) -> Board {
        var gathered = Board()
        // Files are read and assessed on several threads; what follows from each stays here,
        // in the order of the files.
        // Each worker has questionnaires of its own: threads that share objects slow each
        // other down counting references to them.
        let batch = ParallelBatch()
        let resolvers = [resolver] + (1..<batch.threads).map { _ in CatalogResolver(catalog) }
        batch.run(paths, cost: ParallelBatch.fileSize) { path, worker in
            Item(path: path, resolver: resolvers[worker], alignment: alignment)
        } consume: { item in
            guard let result = accept(item, into: &outcome, quiet: quiet, required: true, notice: notice), let original = item.original else {
                return
            }
            if original.respondent.isConsensus {
                gathered.consensus = item.alignedAssessment ?? original
                return
            }
            respondent(original)
            var questionnaires = result.questionnaires
            var incomparable: [String: Set<String>] = [:]
            if let aligned = item.aligned {
                if !quiet {
                    for problem in aligned.problems { notice(.warning(path: item.path, problem)) }
                }
                (questionnaires, incomparable) = (aligned.questionnaires, aligned.incomparableThemes)
            }
            for questionnaire in questionnaires where !gathered.questionnaires.contains(where: { $0.reference == questionnaire.reference }) {
                gathered.questionnaires.append(questionnaire)
            }
            if gathered.board == nil {
                gathered.board = BoardAggregate(
                    minimumGroup: minimumGroup ?? questionnaires.map(\.findings.minimumGroup).max() ?? 3,
                    roles: questionnaires.first?.roles ?? Role.defaults)
            }
            for (id, themes) in incomparable { gathered.board?.incomparableThemes[id, default: []].formUnion(themes) }
            gathered.board?.add(item.alignedAssessment ?? original)
        }
        return gathered
    }

    /// Every answers file under `folder`, grouped by the board its respondent names. A
    /// region of board folders (`docs/track.md`) is each board's newest round only, and not
    /// its plan, verslag or board file.
    func region(_ folder: String, alignment: VersionAlignment, into outcome: inout Outcome, notice: (Notice) -> Void) -> [BoardAggregate] {
        guard InputFile.isDirectory(folder) else {
            let error = FileError(
                .noInput, path: folder,
                message: Message(
                    nl: "deze map met antwoordbestanden voor --benchmark bestaat niet", en: "no such folder of answers files for --benchmark"))
            notice(.unreadable(error))
            outcome.missing.append(error)
            return []
        }
        var paths: [String]
        do {
            paths = try Self.benchmarkWalk.files(in: folder)
            let boards = ((try? InputFile.list(folder)) ?? []).map { folder + "/" + $0 }.filter(BoardFolder.isBoard)
            if !boards.isEmpty {
                paths = []
                for board in boards {
                    guard let answers = BoardFolder(board)?.current?.answers else { continue }
                    paths += try FolderWalk(maximumDepth: 0, wanted: FolderWalk.isYAML).files(in: answers)
                }
            }
        } catch {
            notice(.unreadable(error))
            outcome.missing.append(error)
            return []
        }
        var boards: [String: BoardAggregate] = [:]
        for path in paths {
            let item = Item(path: path, resolver: resolver, alignment: nil, assess: false)
            guard let result = accept(item, into: &outcome, quiet: false, required: false, notice: notice), let file = result.file,
                !file.respondent.isConsensus
            else { continue }
            let aligned = alignment.align(file, questionnaires: result.questionnaires)
            let name = file.respondent.organisation
            var board = boards[name] ?? BoardAggregate(roles: result.questionnaires.first?.roles ?? Role.defaults)
            for (id, themes) in aligned.incomparableThemes { board.incomparableThemes[id, default: []].formUnion(themes) }
            board.add(Assessor.assess(aligned.file, path: path, questionnaires: aligned.questionnaires))
            boards[name] = board
        }
        return boards.keys.sorted().compactMap { boards[$0] }
    }

    /// The answers of a file read, after telling its diagnostics; nil, remembering why, when
    /// it could not be read, is no answers file where one may be left out (`required`
    /// false: a file in a benchmark folder, skipped with a warning), or has errors.
    private func accept(
        _ item: Item, into outcome: inout Outcome, quiet: Bool, required: Bool, notice: (Notice) -> Void
    ) -> AnswersReader.Result? {
        let result: AnswersReader.Result
        switch item.read {
        case .failure(let error):
            if !quiet {
                notice(.unreadable(error))
                outcome.missing.append(error)
            }
            return nil
        case .success(let read):
            result = read
        }
        if !required, !result.isAnswersFile {
            if !quiet { notice(.warning(path: item.path, Self.notAnswersFile)) }
            return nil
        }
        if !quiet, !result.diagnostics.isEmpty { notice(.diagnostics(path: item.path, result.diagnostics, source: result.source)) }
        guard result.file != nil else {
            outcome.failed = true
            return nil
        }
        return result
    }

    /// The warning for a file in a benchmark folder that is no answers file.
    static let notAnswersFile = Message(
        nl: "geen antwoordbestand; niet meegenomen in de regionale vergelijking",
        en: "not an answers file; left out of the regional comparison")

    /// One answers file read and assessed, as it is and aligned to the panel's versions.
    struct Item: Sendable {
        var path: String
        var read: Result<AnswersReader.Result, FileError>
        /// The assessment of the answers as given.
        var original: RespondentAssessment?
        /// The answers migrated to the panel's versions, and their assessment.
        var aligned: VersionAlignment.Outcome?
        var alignedAssessment: RespondentAssessment?

        init(path: String, resolver: CatalogResolver, alignment: VersionAlignment?, assess: Bool = true) {
            self.path = path
            do {
                let result = try AnswersReader.read(path: path, resolver: resolver)
                read = .success(result)
                guard assess, let file = result.file else { return }
                original = Assessor.assess(file, path: path, questionnaires: result.questionnaires)
                if let alignment {
                    let aligned = alignment.align(file, questionnaires: result.questionnaires)
                    self.aligned = aligned
                    alignedAssessment = Assessor.assess(aligned.file, path: path, questionnaires: aligned.questionnaires)
                }
            } catch {
                read = .failure(error)
            }
        }
    }
}
