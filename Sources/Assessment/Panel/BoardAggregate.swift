public import Questionnaire

/// The answers of all respondents of one board, gathered one respondent at a time.
///
/// Only running totals and distributions are kept, so memory does not grow with the
/// number of respondents (notes aside).
public struct BoardAggregate: Sendable {
    /// Respondents per role id.
    public private(set) var roles: [String: Int] = [:]
    public private(set) var respondents = 0
    /// The boards (organisations) named in the answers files.
    public private(set) var organisations: Set<String> = []
    /// One part per questionnaire version answered, in safeguard order.
    public private(set) var parts: [PartAggregate] = []
    /// Roles that a group of this size or more may be shown apart.
    public let minimumGroup: Int
    /// Per questionnaire id, themes whose scores cannot be compared with a later version's:
    /// set when these answers were migrated from an older version.
    public var incomparableThemes: [String: Set<String>] = [:]
    private let groups: [String: Role.Group]

    public init(minimumGroup: Int = 3, roles: [Role] = Role.defaults) {
        self.minimumGroup = minimumGroup
        var groups: [String: Role.Group] = [:]
        for role in roles { groups[role.id] = role.group }
        self.groups = groups
    }

    public mutating func add(_ assessment: RespondentAssessment) {
        respondents += 1
        let role = assessment.respondent.role
        roles[role, default: 0] += 1
        organisations.insert(assessment.respondent.organisation)
        let group = groups[role]
        for part in assessment.parts {
            let (id, version) = (part.questionnaire.id, part.questionnaire.version)
            func isPart(_ aggregate: PartAggregate) -> Bool {
                aggregate.questionnaire.id == id && aggregate.questionnaire.version == version
            }
            let index: Int
            if let existing = parts.firstIndex(where: isPart) {
                index = existing
            } else {
                parts.append(PartAggregate(part.questionnaire))
                parts.sort {
                    ($0.questionnaire.safeguard ?? Int.max, $0.questionnaire.id) < ($1.questionnaire.safeguard ?? Int.max, $1.questionnaire.id)
                }
                index = parts.firstIndex(where: isPart)!
            }
            parts[index].add(part, role: role, group: group)
        }
    }

    /// The privacy rule for this board's figures: its minimum group, size and role groups.
    public var privacy: PrivacyRule {
        PrivacyRule(minimumGroup: minimumGroup, boardRespondents: respondents, groups: groups)
    }

    /// Whether a role's figures may be shown apart, by `PrivacyRule` over the whole board.
    public func isShown(role: String) -> Bool { privacy.disclosure(roles).shows(role: role) }

    public func part(_ questionnaire: String) -> PartAggregate? { parts.first { $0.questionnaire.id == questionnaire } }
}

/// All respondents' answers to one questionnaire version.
public struct PartAggregate: Sendable {
    public let questionnaire: Questionnaire
    public private(set) var respondents = 0
    /// Per question, in the questionnaire's order.
    public private(set) var questions: [QuestionAggregate]
    /// Per theme id: the respondents' theme scores.
    public private(set) var themes: [String: ScoreAggregate] = [:]
    /// The respondents' safeguard scores.
    public private(set) var safeguard = ScoreAggregate()
    /// Per rule that asks for a respondent's role (`role() == "bestuurder" and …`): the
    /// respondents it fired for. Over the board together `role()` is empty unless all
    /// share one role, so without these the rule would never reach the brief.
    public private(set) var roleBound: [String: RoleBoundFinding] = [:]
    private let index: [QuestionID: Int]
    private let roleBoundRules: Set<String>

    init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        let all = questionnaire.questions
        self.questions = all.map { QuestionAggregate(id: $0.id) }
        self.index = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.id, $0) })
        self.roleBoundRules = Set(questionnaire.rules.filter { $0.when.asksRole }.map(\.id))
    }

    public func question(_ id: QuestionID) -> QuestionAggregate? { index[id].map { questions[$0] } }

    public func theme(_ id: String) -> ScoreAggregate { themes[id] ?? ScoreAggregate() }

    mutating func add(_ part: ResponseAssessment, role: String, group: Role.Group?) {
        respondents += 1
        for theme in part.card.themes {
            if let score = theme.score {
                themes[theme.theme, default: ScoreAggregate()].add(score, role: role, group: group, extrapolated: theme.extrapolated)
            }
            for scored in theme.questions {
                guard let position = index[scored.id] else { continue }
                if scored.status == .hidden { continue }
                questions[position].shown += 1
                questions[position].shownByRole[role, default: 0] += 1
                let answer = part.response.answers[scored.id]
                if answer != nil { questions[position].answered += 1 }
                scored.answered.forEach { questions[position].distribution[$0, default: 0] += 1 }
                if scored.answered.isEmpty, let answer {
                    switch answer.value {
                    case .option(let key): questions[position].distribution[key, default: 0] += 1
                    case .options(let keys): keys.forEach { questions[position].distribution[$0, default: 0] += 1 }
                    case .yesno(let yes): questions[position].distribution[yes ? "ja" : "nee", default: 0] += 1
                    case .number, .text: break
                    }
                }
                if let value = scored.value {
                    questions[position].statistics.add(value)
                    questions[position].byRole[role, default: Statistics()].add(value)
                }
                // An answer to an open question is kept with the notes: it is what the respondent wrote.
                var written = answer
                if let answer, case .text(let text) = answer.value, answer.note == nil, !text.allSatisfy(\.isWhitespace) {
                    written?.note = text
                }
                if let answer = written, answer.note != nil || answer.evidence != nil {
                    if questions[position].notes.count < QuestionAggregate.noteLimit {
                        questions[position].notes.append(RespondentNote(role: role, note: answer.note, evidence: answer.evidence))
                    } else {
                        questions[position].notesLeftOut += 1
                    }
                }
            }
        }
        if let score = part.card.score { safeguard.add(score, role: role, group: group, extrapolated: part.card.extrapolated) }
        guard !roleBoundRules.isEmpty else { return }
        // Every finding a role's rule made (a development point and a question alike), and
        // the respondent counted once per rule.
        var fired: [String: [Finding]] = [:]
        for finding in part.findings {
            for reason in finding.reasons {
                guard case .questionnaire(let id) = reason.rule, roleBoundRules.contains(id), fired[id]?.contains(finding) != true else { continue }
                fired[id, default: []].append(finding)
            }
        }
        for (id, findings) in fired { roleBound[id, default: RoleBoundFinding(findings: findings)].add(role: role) }
    }
}

/// A rule that asks for a respondent's role, as it fired for a board's respondents.
public struct RoleBoundFinding: Sendable, Hashable {
    /// The findings the rule made as it first fired (a development point, a question or
    /// both), for their kind, subject and texts; their reasons are one respondent's values
    /// and are not shown for the board.
    public var findings: [Finding]
    /// Respondents it fired for, per role id.
    public private(set) var roles: [String: Int] = [:]

    init(findings: [Finding]) { self.findings = findings }

    mutating func add(role: String) { roles[role, default: 0] += 1 }

    /// Respondents it fired for.
    public var count: Int { roles.values.reduce(0, +) }
}

/// Respondents' scores on one theme or safeguard, overall, per role and per group.
public struct ScoreAggregate: Sendable, Hashable {
    public private(set) var statistics = Statistics()
    public private(set) var byRole: [String: Statistics] = [:]
    public private(set) var byGroup: [Role.Group: Statistics] = [:]
    /// How many of the scores are extrapolated sums: a mean over them mixes scaled-up and
    /// complete sums, and the brief says so.
    public private(set) var extrapolated = 0

    public init() {}

    mutating func add(_ score: Double, role: String, group: Role.Group?, extrapolated: Bool = false) {
        statistics.add(score)
        if extrapolated { self.extrapolated += 1 }
        byRole[role, default: Statistics()].add(score)
        if let group { byGroup[group, default: Statistics()].add(score) }
    }
}
