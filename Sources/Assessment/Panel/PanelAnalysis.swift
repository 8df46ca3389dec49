import Diagnostics
public import Questionnaire
import RuleLanguage

/// Builds a panel brief from a board's aggregated answers, an earlier self-assessment and
/// the region, adding the findings only a group has: disagreement, role gaps, change.
public struct PanelAnalysis: Sendable {
    /// Change in a theme's score that counts as clear improvement or decline.
    public static let changeThreshold = 0.5

    public init() {}

    public func brief(_ board: BoardAggregate, previous: BoardAggregate? = nil, region: [BoardAggregate] = []) -> PanelBrief {
        var parts: [PanelPart] = []
        var findings: [Finding] = []
        let privacy = board.privacy
        let minimumBoards = Self.minimumBoards(board)
        for aggregate in board.parts {
            let questionnaire = aggregate.questionnaire
            let card = Self.groupCard(aggregate)
            let context = GroupContext(part: aggregate, card: card, roles: board.roles)
            // A theme mean the brief may not show is not said in a finding's texts either.
            let group = FindingEngine(questionnaire).findings(card: card, context: context).map { finding in
                guard let theme = finding.theme, !privacy.disclosure(aggregate.theme(theme)).showsMean else { return finding }
                return finding.withholdingScore()
            }
            findings += group
            findings += roleBound(aggregate, besides: group, roles: board.roles, privacy: privacy)
            findings += disagreement(aggregate, privacy: privacy)
            findings += cannotJudge(aggregate, privacy: privacy)
            findings += roleGaps(aggregate, privacy: privacy)
            var changes: [ThemeChange] = []
            if let previous, let earlier = previous.part(questionnaire.id) {
                changes = Self.changes(from: earlier, to: aggregate, card: card)
                let incomparable = previous.incomparableThemes[questionnaire.id] ?? []
                changes = changes.map { change in
                    var change = change
                    if incomparable.contains(change.theme) { change.comparable = false }
                    return change
                }
                // Only a change between two means the brief may show becomes a finding.
                changes = Self.shownChanges(changes, now: aggregate, earlier: earlier, privacy: privacy, earlierPrivacy: previous.privacy)
                findings += changeFindings(changes, questionnaire: questionnaire)
            }
            let regional = Self.region(questionnaire, boards: region, own: board.organisations, minimum: minimumBoards)
            parts.append(
                PanelPart(
                    questionnaire: questionnaire, aggregate: aggregate, card: Self.shownCard(card, aggregate, privacy: privacy),
                    changes: changes, region: regional, privacy: privacy))
        }
        let order = Assessor.themeOrder(parts.map(\.questionnaire))
        let benchmarkBoards = region.filter { $0.organisations.isDisjoint(with: board.organisations) }.count
        return PanelBrief(
            organisations: board.organisations.sorted(), respondents: board.respondents, roles: board.roles,
            minimumGroup: board.minimumGroup, parts: parts, findings: FindingEngine.merged(findings).ordered(themeOrder: order),
            hasPrevious: previous != nil, benchmarkBoards: benchmarkBoards, minimumBoards: minimumBoards, privacy: privacy)
    }

    // MARK: Region

    /// Other boards the region needs: the largest `minimum_boards` of the board's questionnaires.
    public static func minimumBoards(_ board: BoardAggregate) -> Int {
        board.parts.map(\.questionnaire.findings.minimumBoards).max() ?? FindingSettings().minimumBoards
    }

    /// Per theme of `questionnaire`, the other boards' means together, for themes that at
    /// least `minimum` other boards scored; boards of `own` organisations and boards whose
    /// answers on a theme were migrated from a version in which it differs are left out.
    public static func region(
        _ questionnaire: Questionnaire, boards: [BoardAggregate], own: Set<String>, minimum: Int
    ) -> [String: RegionFigure] {
        var means: [String: Statistics] = [:]
        for other in boards where other.organisations.isDisjoint(with: own) {
            guard let part = other.part(questionnaire.id) else { continue }
            let incomparable = other.incomparableThemes[questionnaire.id] ?? []
            for theme in questionnaire.themes where !incomparable.contains(theme.id) {
                if let mean = part.theme(theme.id).statistics.mean { means[theme.id, default: Statistics()].add(mean) }
            }
        }
        return means.compactMapValues { RegionFigure($0, minimum: minimum) }
    }

    /// The board's score card: a theme's score is the mean of its respondents' theme
    /// scores; a question's value is the respondents' median, so a kern statement most
    /// answered with its lowest value raises the kern finding.
    public static func groupCard(_ aggregate: PartAggregate) -> ScoreCard {
        let questionnaire = aggregate.questionnaire
        let themes = questionnaire.themes.map { theme -> ThemeScore in
            let questions = theme.questions.map { question -> QuestionScore in
                let stats = aggregate.question(question.id)
                // Answered without a value: weet-niet when most of those answers were, else n.v.t.
                let unknownKey = question.kind.options.first(where: \.unknown)?.key
                let unknown = unknownKey.flatMap { stats?.distribution[$0] } ?? 0
                let answered = stats?.answered ?? 0
                let status: QuestionScore.Status =
                    !question.kind.isScored
                    ? .unscored
                    : (stats?.statistics.count ?? 0) > 0
                        ? .scored
                        : answered == 0
                            ? .unanswered
                            : unknown * 2 > answered ? .unknown : .notApplicable
                return QuestionScore(
                    id: question.id, status: status, value: stats?.median(options: question.kind.options),
                    weight: question.weight, keys: [])
            }
            let scored = questions.filter { $0.status != .unscored }
            let score = aggregate.theme(theme.id).statistics.mean
            return ThemeScore(
                theme: theme.id, method: questionnaire.method(for: theme), score: score,
                level: score.flatMap { questionnaire.levels(for: theme).level(for: $0) }, questions: questions,
                scoredQuestions: scored.count, missing: scored.filter { $0.status != .scored }.count,
                extrapolated: aggregate.theme(theme.id).extrapolated > 0)
        }
        let score = aggregate.safeguard.statistics.mean
        return ScoreCard(
            questionnaire: questionnaire.id, version: questionnaire.version, themes: themes, score: score,
            level: score.flatMap { questionnaire.scoring.levels.level(for: $0) })
    }

    /// The card as the brief may show it: a score over too few respondents (a theme only
    /// one role answers, say) without score and level, a median over too few without value.
    ///
    /// Findings are made from the whole card first, so a point still reaches the board;
    /// only the figures are left out.
    public static func shownCard(_ card: ScoreCard, _ aggregate: PartAggregate, privacy: PrivacyRule) -> ScoreCard {
        var shown = card
        if !privacy.disclosure(aggregate.safeguard).showsMean { (shown.score, shown.level) = (nil, nil) }
        shown.themes = card.themes.map { theme in
            var theme = theme
            if !privacy.disclosure(aggregate.theme(theme.theme)).showsMean { (theme.score, theme.level) = (nil, nil) }
            theme.questions = theme.questions.map { question in
                var question = question
                if let answers = aggregate.question(question.id), !privacy.disclosure(answers).showsSpread { question.value = nil }
                return question
            }
            return theme
        }
        return shown
    }

    /// The changes as the brief may show them: each side only when its score may be shown.
    static func shownChanges(
        _ changes: [ThemeChange], now: PartAggregate, earlier: PartAggregate, privacy: PrivacyRule, earlierPrivacy: PrivacyRule
    ) -> [ThemeChange] {
        changes.map { change in
            var change = change
            if !privacy.disclosure(now.theme(change.theme)).showsMean { change.now = nil }
            if !earlierPrivacy.disclosure(earlier.theme(change.theme)).showsMean { change.before = nil }
            return change
        }
    }

    // MARK: Role-bound rules

    /// A board-level finding per rule that asks for a respondent's role and fired for at
    /// least one respondent, unless the board's own evaluation already made it.
    ///
    /// The respondent's values behind it are not shown: the reason says for how many
    /// respondents of which role the rule holds when the privacy rule lets that role be
    /// named over the whole board (``Finding/attribution``), and otherwise only that it
    /// holds for at least one respondent.
    func roleBound(_ aggregate: PartAggregate, besides group: [Finding], roles: [String: Int], privacy: PrivacyRule) -> [Finding] {
        let fired = Set(group.flatMap { $0.reasons.map(\.rule) })
        let disclosure = privacy.disclosure(roles)
        return aggregate.questionnaire.rules.flatMap { rule -> [Finding] in
            guard let bound = aggregate.roleBound[rule.id], !fired.contains(.questionnaire(rule.id)) else { return [] }
            return bound.findings.map { Self.boardFinding($0, of: bound, rule: rule.id, disclosure: disclosure) }
        }
    }

    /// `finding` as the board's: attributed to the roles it fired for where `disclosure`
    /// shows them, its one reason the count of respondents instead of one person's values.
    private static func boardFinding(_ finding: Finding, of bound: RoleBoundFinding, rule id: String, disclosure: Disclosure) -> Finding {
        var finding = finding
        let named = bound.roles.keys.sorted()
        let attributed = named.allSatisfy(disclosure.shows(role:))
        finding.attribution = attributed ? named : []
        var arguments: [Argument] = [.value(.string(id))]
        if attributed { arguments += named.map { .value(.string($0)) } }
        let count = attributed ? Double(bound.count) : 1
        finding.reasons = [
            Reason(
                rule: .questionnaire(id),
                facts: [
                    Fact(
                        subject: .init(text: "respondents_matching(\(id))", value: .number(count), call: .init("respondents_matching", arguments)),
                        comparison: .greaterOrEqual, other: .init(text: "1", value: .number(1), isLiteral: true), result: .bool(true))
                ])
        ]
        return finding
    }

    // MARK: Disagreement

    /// One panel question per theme whose statements the respondents answered far apart:
    /// naming the statements (``Finding/questions``), not one question per statement.
    func disagreement(_ aggregate: PartAggregate, privacy: PrivacyRule) -> [Finding] {
        let questionnaire = aggregate.questionnaire
        let settings = questionnaire.findings
        var out: [Finding] = []
        for theme in questionnaire.themes {
            var facts: [Fact] = []
            var statements: [(question: Question, low: Double, high: Double, deviation: Double)] = []
            for question in theme.questions where question.kind.isScored {
                // The lowest, highest and spread it names are shown only over a large enough group.
                guard let stats = aggregate.question(question.id)?.statistics, stats.count >= 2, privacy.showsSpread(count: stats.count),
                    let deviation = stats.standardDeviation, let range = stats.range, let low = stats.min, let high = stats.max
                else { continue }
                let before = facts.count
                if let limit = settings.disagreementStdev, deviation > limit + 1e-9 {
                    facts.append(.comparison("spread", of: question.id.description, value: deviation, .greater, limit))
                }
                if let limit = settings.disagreementRange, range >= limit - 1e-9 {
                    facts.append(.comparison("range", of: question.id.description, value: range, .greaterOrEqual, limit))
                }
                if facts.count > before { statements.append((question, low, high, deviation)) }
            }
            guard let first = statements.first else { continue }
            let themeNL = theme.title.text("nl"), themeEN = theme.title.text("en")
            let title: LocalizedText
            if statements.count == 1 {
                let nl = first.question.text.text("nl"), en = first.question.text.text("en")
                let spreadNL = "van \(Self.dutch(first.low)) tot \(Self.dutch(first.high))"
                let spreadEN = "from \(NumberText.format(first.low)) to \(NumberText.format(first.high))"
                title = LocalizedText(
                    translations: [
                        "nl": "De antwoorden op ‘\(nl)’ lopen uiteen (\(spreadNL)). Waar komt dat verschil vandaan?",
                        "en": "Answers to ‘\(en)’ differ (\(spreadEN)). Where does that difference come from?",
                    ], primaryLanguage: "nl")
            } else {
                title = LocalizedText(
                    translations: [
                        "nl": "Bij ‘\(themeNL)’ lopen de antwoorden uiteen op \(statements.count) uitspraken. Waar komen die verschillen vandaan?",
                        "en": "Within ‘\(themeEN)’ answers differ on \(statements.count) statements. Where do those differences come from?",
                    ], primaryLanguage: "nl")
            }
            var finding = Finding(
                kind: .panelQuestion, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                title: title, reasons: [Reason(rule: .builtin(.disagreement), facts: facts)])
            finding.questions = statements.map(\.question.id)
            finding.distance = statements.map(\.deviation).max() ?? 0
            out.append(finding)
        }
        return out
    }

    // MARK: Weet ik niet

    /// Respondents answering *weet ik niet* to one statement that make it a question for
    /// the conversation: at least this many, and at least `unknownShare` of those answering.
    public static let unknownMinimum = 2
    public static let unknownShare = 1.0 / 3.0

    /// A panel question per statement that many respondents cannot judge: not knowing says
    /// something about how the board shares what it does.
    func cannotJudge(_ aggregate: PartAggregate, privacy: PrivacyRule) -> [Finding] {
        let questionnaire = aggregate.questionnaire
        var out: [Finding] = []
        for theme in questionnaire.themes {
            var facts: [Fact] = []
            var statements: [(question: Question, unknown: Int, answered: Int)] = []
            for question in theme.questions {
                guard let option = question.kind.options.unknownOption, let stats = aggregate.question(question.id) else { continue }
                let unknown = stats.distribution[option.key] ?? 0
                // A count of answers is a distribution: over a small group it tells who answered what.
                guard privacy.showsSpread(count: stats.answered), unknown >= Self.unknownMinimum,
                    Double(unknown) >= Self.unknownShare * Double(stats.answered) - 1e-9
                else { continue }
                statements.append((question, unknown, stats.answered))
                facts.append(
                    Fact(
                        subject: .init(
                            text: "unknown_count(\(question.id))", value: .number(Double(unknown)),
                            call: .init("unknown_count", [.reference(question.id.description)])),
                        comparison: .greaterOrEqual,
                        other: .init(text: "respondents", value: .number(Double(stats.answered))), result: .bool(true)))
            }
            guard let first = statements.first else { continue }
            let title: LocalizedText
            if statements.count == 1 {
                let nl = first.question.text.text("nl"), en = first.question.text.text("en")
                title = LocalizedText(
                    translations: [
                        "nl":
                            "\(first.unknown) van \(first.answered) respondenten kunnen ‘\(nl)’ niet beoordelen (weet ik niet). Hoe komt wat hierover is afgesproken bij hen?",
                        "en":
                            "\(first.unknown) of \(first.answered) respondents cannot judge ‘\(en)’ (don't know). How does what was agreed on this reach them?",
                    ], primaryLanguage: "nl")
            } else {
                title = LocalizedText(
                    translations: [
                        "nl":
                            "Bij ‘\(theme.title.text("nl"))’ kunnen respondenten \(statements.count) uitspraken niet beoordelen (weet ik niet). Hoe komt wat hierover is afgesproken bij hen?",
                        "en":
                            "Within ‘\(theme.title.text("en"))’ respondents cannot judge \(statements.count) statements (don't know). How does what was agreed on this reach them?",
                    ], primaryLanguage: "nl")
            }
            var finding = Finding(
                kind: .panelQuestion, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                title: title, reasons: [Reason(rule: .builtin(.unknown), facts: facts)])
            finding.questions = statements.map(\.question.id)
            out.append(finding)
        }
        return out
    }

    // MARK: Role gaps

    func roleGaps(_ aggregate: PartAggregate, privacy: PrivacyRule) -> [Finding] {
        let questionnaire = aggregate.questionnaire
        guard let threshold = questionnaire.findings.roleGap else { return [] }
        var out: [Finding] = []
        for theme in questionnaire.themes {
            let scores = aggregate.theme(theme.id)
            // A gap with the board's mean gives both group means: only when both may be shown.
            guard privacy.disclosure(scores).showsRoleGap,
                let boardMean = scores.byGroup[.bestuur]?.mean, let schoolMean = scores.byGroup[.school]?.mean
            else { continue }
            let gap = boardMean - schoolMean
            guard abs(gap) >= threshold - 1e-9 else { continue }
            // Both groups are shown apart here (the privacy rule decided above), so their means are named.
            let details = ["bestuur = \(NumberText.format(boardMean)), school = \(NumberText.format(schoolMean))"]
            let higherNL = gap > 0 ? "het bestuur" : "de scholen", higherEN = gap > 0 ? "the board" : "the schools"
            var finding = Finding(
                kind: .panelQuestion, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                title: LocalizedText(
                    translations: [
                        "nl":
                            "Bestuur en scholen kijken verschillend naar ‘\(theme.title.text("nl"))’: \(higherNL) ziet het \(Self.dutch(abs(gap))) punt positiever. Hoe kijken jullie daar samen naar?",
                        "en":
                            "The board and the schools see ‘\(theme.title.text("en"))’ differently: \(higherEN) rate it \(NumberText.format(abs(gap))) points higher. How do you look at that together?",
                    ], primaryLanguage: "nl"),
                reasons: [
                    Reason(
                        rule: .builtin(.roleGap), facts: [.comparison("gap", of: theme.id, value: abs(gap), .greaterOrEqual, threshold)],
                        details: details)
                ])
            finding.distance = abs(gap)
            out.append(finding)
        }
        return out
    }

    // MARK: Change over time

    static func changes(from earlier: PartAggregate, to now: PartAggregate, card: ScoreCard) -> [ThemeChange] {
        let sameVersion = earlier.questionnaire.version == now.questionnaire.version
        let earlierCard = groupCard(earlier)
        return now.questionnaire.themes.map { theme in
            let before = earlierCard.theme(theme.id)?.score
            let comparable = sameVersion || sameContent(earlier.questionnaire.theme(theme.id), theme)
            return ThemeChange(theme: theme.id, before: before, now: card.theme(theme.id)?.score, comparable: comparable)
        }
    }

    /// Whether a theme asks the same scored questions with the same option values in two versions.
    static func sameContent(_ a: Theme?, _ b: Theme) -> Bool {
        guard let a else { return false }
        func signature(_ theme: Theme) -> [String] {
            theme.questions.filter { $0.kind.isScored }.map { question in
                "\(question.id)|\(question.weight)|"
                    + question.kind.options.map { "\($0.key)=\($0.value.map { String($0) } ?? "-")" }.joined(separator: ",")
            }
        }
        return signature(a) == signature(b) && a.method == b.method
    }

    func changeFindings(_ changes: [ThemeChange], questionnaire: Questionnaire) -> [Finding] {
        changes.compactMap { change in
            guard let delta = change.delta, abs(delta) >= Self.changeThreshold - 1e-9,
                let theme = questionnaire.theme(change.theme), let before = change.before, let now = change.now
            else { return nil }
            let fact = Fact(
                subject: .init(text: "score(\(change.theme))", value: .number(now), call: .init("change", [.reference(change.theme)])),
                comparison: delta > 0 ? .greater : .less,
                other: .init(text: "previous", value: .number(before)), result: .bool(true))
            let reason = Reason(rule: .builtin(delta > 0 ? .improvement : .decline), facts: [fact])
            if delta > 0 {
                return Finding(
                    kind: .strength, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                    title: LocalizedText(
                        translations: [
                            "nl": "‘\(theme.title.text("nl"))’ is vooruitgegaan sinds het vorige zelfassessment (+\(Self.dutch(delta)))",
                            "en": "‘\(theme.title.text("en"))’ has improved since the previous self-assessment (+\(NumberText.format(delta)))",
                        ], primaryLanguage: "nl"),
                    reasons: [reason])
            }
            var finding = Finding(
                kind: .panelQuestion, questionnaire: questionnaire.id, safeguard: questionnaire.safeguard, theme: theme.id,
                title: LocalizedText(
                    translations: [
                        "nl":
                            "‘\(theme.title.text("nl"))’ scoort lager dan bij het vorige zelfassessment (−\(Self.dutch(-delta))). Wat is er veranderd?",
                        "en":
                            "‘\(theme.title.text("en"))’ scores lower than at the previous self-assessment (−\(NumberText.format(-delta))). What has changed?",
                    ], primaryLanguage: "nl"),
                reasons: [reason])
            finding.distance = -delta
            return finding
        }
    }

    static func dutch(_ value: Double) -> String { NumberText.dutch(value) }
}
