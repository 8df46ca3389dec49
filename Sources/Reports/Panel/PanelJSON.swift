public import Assessment
public import Diagnostics
public import Questionnaire

/// The panel brief as JSON for other tools, in the structure described in `docs/panel.md`.
///
/// Texts are in the brief's language; ids and codes never depend on it. What the other
/// formats hide stays hidden here too, by the same `PrivacyRule`: no respondent names, no
/// schools, figures over too small a group `null` or left out, a note's role only when
/// the role may be shown apart.
public struct PanelJSON: PanelRenderer {
    /// The structure's version; raised when a field changes meaning or disappears.
    /// 2: the region without `min`/`max`, notes deduplicated, figures under the privacy rule.
    /// 3: `speerpunten` and the ranked `panel_questions`; disagreement and weet-niet as one
    /// question per theme naming its statements; a role-bound rule's `attribution`.
    public static let version = 3

    public var labels: PanelLabels

    public init(language: String = "nl", set: QuestionnaireSet = .neutral) {
        self.labels = PanelLabels(language: language, set: set)
    }

    public func render(_ brief: PanelBrief) -> String {
        document(brief).rendered()
    }

    /// The whole document as a value.
    public func document(_ brief: PanelBrief) -> JSONValue {
        .object(
            [
                ("format", "waarborg-panel"),
                ("version", .number(Double(Self.version))),
                ("language", .string(labels.language)),
                ("organisations", .array(brief.organisations.map { .string($0) })),
                ("respondents", .number(Double(brief.respondents))),
                ("minimum_group", .number(Double(brief.minimumGroup))),
                (
                    "roles",
                    .array(
                        brief.orderedRoles.map { role in
                            .object([
                                ("id", .string(role)),
                                ("label", .string(brief.roleLabel(role, labels: labels.report))),
                                ("count", .number(Double(brief.roles[role] ?? 0))),
                                ("shown", .bool(brief.isShown(role: role))),
                            ])
                        })
                ),
                ("has_previous", .bool(brief.hasPrevious)),
                ("has_consensus", .bool(brief.hasConsensus)),
                ("benchmark_boards", .number(Double(brief.benchmarkBoards))),
                ("minimum_boards", .number(Double(brief.minimumBoards))),
                ("questionnaires", .array(brief.parts.map { questionnaire($0, brief: brief) })),
                ("findings", .array(brief.findings.map { finding($0, questionnaires: brief.questionnaires) })),
            ] + agenda(brief))
    }

    /// The speerpunten and the ranked questions, as indexes into `findings`.
    private func agenda(_ brief: PanelBrief) -> [(String, JSONValue)] {
        let agenda = PanelAgenda(brief)
        func index(_ finding: Finding) -> JSONValue {
            brief.findings.firstIndex(of: finding).map { .number(Double($0)) } ?? .null
        }
        return [
            (
                "speerpunten",
                .array(
                    agenda.speerpunten.map { item in
                        .object([
                            ("source", .string(item.source.rawValue)),
                            ("finding", index(item.finding)),
                            ("title", .string(item.finding.title.text(labels.language))),
                            ("why", .string(labels.oneLine(item, in: brief))),
                            ("plan_open", .bool(item.planOpen)),
                        ])
                    })
            ),
            (
                "panel_questions",
                .object([
                    ("shown", .number(Double(agenda.shownQuestions.count))),
                    ("ranked", .array(agenda.questions.map(index))),
                ])
            ),
        ]
    }

    private func questionnaire(_ part: PanelPart, brief: PanelBrief) -> JSONValue {
        let questionnaire = part.questionnaire
        return .object([
            ("id", .string(questionnaire.id)),
            ("version", .string(questionnaire.version.description)),
            ("safeguard", questionnaire.safeguard.map { .number(Double($0)) } ?? .null),
            ("title", .string(questionnaire.title.text(labels.language))),
            ("method", .string(questionnaire.scoring.method.rawValue)),
            ("respondents", .number(Double(part.aggregate.respondents))),
            ("score", .number(part.card.score)),
            ("extrapolated", .number(Double(part.aggregate.safeguard.extrapolated))),
            ("level", level(part.card.level)),
            ("statistics", statistics(part.aggregate.safeguard.statistics, part.disclosure(part.aggregate.safeguard))),
            ("by_role", byRole(part.aggregate.safeguard.byRole, part.disclosure(part.aggregate.safeguard), brief: brief)),
            ("by_group", byGroup(part.aggregate.safeguard.byGroup, part.disclosure(part.aggregate.safeguard))),
            ("themes", .array(part.scoredThemes.map { theme($0.theme, $0.score, $0.aggregate, part: part, brief: brief) })),
            (
                "kern",
                .array(
                    part.kernChecklist.map { check in
                        .object(
                            check.jsonMembers(labels: labels.report) + [
                                ("answered", .number(Double(check.counted))), ("shown", .number(Double(check.shown))),
                            ])
                    })
            ),
        ])
    }

    private func theme(_ theme: Theme, _ score: ThemeScore, _ aggregate: ScoreAggregate, part: PanelPart, brief: PanelBrief) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(theme.id)),
            ("title", .string(theme.title.text(labels.language))),
            ("method", .string(score.method.rawValue)),
            ("score", .number(score.score)),
            ("consensus", .number(part.consensus[theme.id])),
            ("extrapolated", .number(Double(aggregate.extrapolated))),
            ("level", level(score.level)),
            ("statistics", statistics(aggregate.statistics, part.disclosure(aggregate))),
            ("by_role", byRole(aggregate.byRole, part.disclosure(aggregate), brief: brief)),
            ("by_group", byGroup(aggregate.byGroup, part.disclosure(aggregate))),
        ]
        let change = part.change(theme.id)
        members.append(
            (
                "change",
                change.map { change in
                    .object([
                        ("before", .number(change.before)),
                        ("now", .number(change.now)),
                        ("comparable", .bool(change.comparable)),
                        ("delta", .number(change.delta)),
                    ])
                } ?? .null
            ))
        let region = brief.showsRegion ? part.region[theme.id] : nil
        members.append(
            (
                "region",
                region.map { region in
                    .object([
                        ("boards", .number(Double(region.boards))),
                        ("mean", .number(region.mean)),
                        ("standard_deviation", .number(region.standardDeviation)),
                    ])
                } ?? .null
            ))
        let noted = part.notes(theme)
        members.append(
            (
                "questions",
                .array(
                    theme.questions.compactMap { question in
                        part.aggregate.question(question.id).map { aggregate in
                            let notes = noted.first { $0.question.id == question.id }?.notes ?? []
                            return self.question(question, aggregate, notes: notes, part: part, brief: brief)
                        }
                    })
            ))
        return .object(members)
    }

    private func question(
        _ question: Question, _ aggregate: QuestionAggregate, notes: [NoteEntry], part: PanelPart, brief: PanelBrief
    ) -> JSONValue {
        let disclosure = part.disclosure(aggregate)
        // Counts per option are a distribution: over a small group they tell who answered what.
        let counts = part.privacy.showsSpread(count: aggregate.answered)
        let isOpen = if case .text = question.kind { true } else { false }
        var distribution: [JSONValue] = question.kind.options.map { option in
            .object([
                ("key", .string(option.key)),
                ("label", .string(option.label.text(labels.language))),
                ("value", .number(option.value)),
                ("count", .number(Double(aggregate.distribution[option.key] ?? 0))),
            ])
        }
        if case .yesno = question.kind {
            distribution = [("ja", labels.report.yes), ("nee", labels.report.no)].map { key, label in
                .object([
                    ("key", .string(key)), ("label", .string(label)), ("value", .null),
                    ("count", .number(Double(aggregate.distribution[key] ?? 0))),
                ])
            }
        }
        return .object([
            ("id", .string(question.id.description)),
            ("type", .string(question.kind.name)),
            ("kern", .bool(question.kern)),
            ("text", .string(question.text.text(labels.language))),
            ("shown", .number(Double(aggregate.shown))),
            ("answered", .number(Double(aggregate.answered))),
            ("unknown", counts ? .number(Double(question.kind.options.unknownOption.map { aggregate.distribution[$0.key] ?? 0 } ?? 0)) : .null),
            ("statistics", question.kind.isScored ? statistics(aggregate.statistics, disclosure) : .null),
            ("distribution", counts ? .array(distribution) : .null),
            ("by_role", question.kind.isScored ? byRole(aggregate.byRole, disclosure, brief: brief) : .null),
            (
                "notes",
                .array(
                    notes.map { entry in
                        .object([
                            ("kind", .string(entry.kind == .evidence ? "evidence" : isOpen ? "answer" : "note")),
                            ("text", .string(entry.text)),
                            ("count", .number(Double(entry.count))),
                            ("roles", .array(entry.roles.map { .string($0) })),
                        ])
                    })
            ),
        ])
    }

    /// Count, mean, lowest, highest and spread; `null` for what `disclosure` does not show.
    private func statistics(_ statistics: Statistics, _ disclosure: Disclosure) -> JSONValue {
        let spread = disclosure.showsSpread
        return .object([
            ("count", .number(Double(statistics.count))),
            ("mean", .number(disclosure.showsMean ? statistics.mean : nil)),
            ("min", .number(spread ? statistics.min : nil)),
            ("max", .number(spread ? statistics.max : nil)),
            ("standard_deviation", .number(spread && statistics.count > 1 ? statistics.standardDeviation : nil)),
        ])
    }

    /// Per role the privacy rule shows apart, in the brief's role order; others are left out.
    private func byRole(_ values: [String: Statistics], _ disclosure: Disclosure, brief: PanelBrief) -> JSONValue {
        .object(
            brief.orderedRoles.filter(disclosure.shows).compactMap { role in
                values[role].map { (role, statistics($0, disclosure.rule.disclosure([role: $0.count]))) }
            })
    }

    /// Board and schools, each only when the privacy rule shows it apart.
    private func byGroup(_ values: [Role.Group: Statistics], _ disclosure: Disclosure) -> JSONValue {
        .object(
            Role.Group.allCases.compactMap { group in
                guard disclosure.shows(group: group), let value = values[group] else { return nil }
                return (group.rawValue, statistics(value, disclosure.rule.disclosure([group.rawValue: value.count])))
            })
    }

    private func level(_ level: Level?) -> JSONValue {
        guard let level else { return .null }
        return .object([("id", .string(level.id)), ("label", .string(level.label.text(labels.language)))])
    }

    private func finding(_ finding: Finding, questionnaires: [Questionnaire]) -> JSONValue {
        let value = JSONFinding(labels: labels.report, perspective: .board, questionnaires: questionnaires).value(finding)
        guard case .object(let members) = value else { return value }
        // The roles whose respondents made a role-bound rule fire, where they may be named.
        return .object(members + [("attribution", .array(finding.attribution.map { .string($0) }))])
    }
}
