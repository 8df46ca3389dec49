public import Assessment
public import Diagnostics
public import Questionnaire

/// The panel brief as JSON for other tools, in the structure described in `docs/panel.md`.
///
/// Texts are in the brief's language; ids and codes never depend on it. What the other
/// formats hide stays hidden here too: no respondent names, no schools, per-role figures
/// only for roles with at least `minimum_group` respondents, and a note's role only then.
public struct PanelJSON: PanelRenderer {
    /// The structure's version; raised when a field changes meaning or disappears.
    public static let version = 1

    public var labels: PanelLabels

    public init(language: String = "nl", set: QuestionnaireSet = .neutral) {
        self.labels = PanelLabels(language: language, set: set)
    }

    public func render(_ brief: PanelBrief) -> String {
        document(brief).rendered()
    }

    /// The whole document as a value.
    public func document(_ brief: PanelBrief) -> JSONValue {
        .object([
            ("format", "waarborg-panel"),
            ("version", .number(Double(Self.version))),
            ("language", .string(labels.language)),
            ("organisations", .array(brief.organisations.map { .string($0) })),
            ("respondents", .number(Double(brief.respondents))),
            ("minimum_group", .number(Double(brief.minimumGroup))),
            ("roles", .array(brief.orderedRoles.map { role in
                .object([
                    ("id", .string(role)),
                    ("label", .string(brief.roleLabel(role, labels: labels.report))),
                    ("count", .number(Double(brief.roles[role] ?? 0))),
                    ("shown", .bool(brief.isShown(role: role))),
                ])
            })),
            ("has_previous", .bool(brief.hasPrevious)),
            ("benchmark_boards", .number(Double(brief.benchmarkBoards))),
            ("questionnaires", .array(brief.parts.map { questionnaire($0, brief: brief) })),
            ("findings", .array(brief.findings.map(finding))),
        ])
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
            ("statistics", statistics(part.aggregate.safeguard.statistics)),
            ("by_role", byRole(part.aggregate.safeguard.byRole, brief: brief)),
            ("by_group", byGroup(part.aggregate.safeguard.byGroup, brief: brief)),
            ("themes", .array(part.scoredThemes.map { theme($0.theme, $0.score, $0.aggregate, part: part, brief: brief) })),
            ("kern", .array(part.kernChecklist.map { check in
                .object(check.jsonMembers(labels: labels.report) + [
                    ("answered", .number(Double(check.counted))), ("shown", .number(Double(check.shown))),
                ])
            })),
        ])
    }

    private func theme(_ theme: Theme, _ score: ThemeScore, _ aggregate: ScoreAggregate, part: PanelPart, brief: PanelBrief) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(theme.id)),
            ("title", .string(theme.title.text(labels.language))),
            ("method", .string(score.method.rawValue)),
            ("score", .number(score.score)),
            ("extrapolated", .number(Double(aggregate.extrapolated))),
            ("level", level(score.level)),
            ("statistics", statistics(aggregate.statistics)),
            ("by_role", byRole(aggregate.byRole, brief: brief)),
            ("by_group", byGroup(aggregate.byGroup, brief: brief)),
        ]
        let change = part.change(theme.id)
        members.append(("change", change.map { change in
            .object([
                ("before", .number(change.before)),
                ("now", .number(change.now)),
                ("comparable", .bool(change.comparable)),
                ("delta", .number(change.delta)),
            ])
        } ?? .null))
        let region = part.region[theme.id]
        members.append(("region", region.map { region in
            .object([
                ("boards", .number(Double(region.count))),
                ("mean", .number(region.mean)),
                ("min", .number(region.min)),
                ("max", .number(region.max)),
                ("standard_deviation", .number(region.count > 1 ? region.standardDeviation : nil)),
            ])
        } ?? .null))
        let noted = part.notes(theme)
        members.append(("questions", .array(theme.questions.compactMap { question in
            part.aggregate.question(question.id).map { aggregate in
                let notes = noted.first { $0.question.id == question.id }?.notes ?? []
                return self.question(question, aggregate, notes: notes, brief: brief)
            }
        })))
        return .object(members)
    }

    private func question(_ question: Question, _ aggregate: QuestionAggregate, notes: [RespondentNote], brief: PanelBrief) -> JSONValue {
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
            ("unknown", .number(Double(question.kind.options.unknownOption.map { aggregate.distribution[$0.key] ?? 0 } ?? 0))),
            ("statistics", question.kind.isScored ? statistics(aggregate.statistics) : .null),
            ("distribution", .array(distribution)),
            ("by_role", question.kind.isScored ? byRole(aggregate.byRole, brief: brief) : .null),
            ("notes", .array(notes.map { note in
                .object([
                    ("role", .string(note.role.flatMap { brief.isShown(role: $0) ? $0 : nil })),
                    ("note", .string(note.note)),
                    ("evidence", .string(note.evidence)),
                ])
            })),
        ])
    }

    private func statistics(_ statistics: Statistics) -> JSONValue {
        .object([
            ("count", .number(Double(statistics.count))),
            ("mean", .number(statistics.mean)),
            ("min", .number(statistics.min)),
            ("max", .number(statistics.max)),
            ("standard_deviation", .number(statistics.count > 1 ? statistics.standardDeviation : nil)),
        ])
    }

    /// Per shown role, in the brief's role order; smaller groups are left out.
    private func byRole(_ values: [String: Statistics], brief: PanelBrief) -> JSONValue {
        .object(brief.shownRoles.compactMap { role in values[role].map { (role, statistics($0)) } })
    }

    /// Board and schools, each only when its group is large enough to show apart.
    private func byGroup(_ values: [Role.Group: Statistics], brief: PanelBrief) -> JSONValue {
        .object(Role.Group.allCases.compactMap { group in
            guard let value = values[group], value.count >= brief.minimumGroup else { return nil }
            return (group.rawValue, statistics(value))
        })
    }

    private func level(_ level: Level?) -> JSONValue {
        guard let level else { return .null }
        return .object([("id", .string(level.id)), ("label", .string(level.label.text(labels.language)))])
    }

    private func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("kind", .string(finding.kind.rawValue)),
            ("priority", .string(finding.priority?.rawValue)),
            ("questionnaire", .string(finding.questionnaire)),
            ("safeguard", finding.safeguard.map { .number(Double($0)) } ?? .null),
            ("theme", .string(finding.theme)),
            ("title", .string(finding.title.text(labels.language))),
            ("text", .string(finding.text?.text(labels.language))),
            ("actions", .array(finding.actions.map { .string($0.text(labels.language)) })),
            ("reasons", .array(finding.reasons.map { reason in
                .object([("rule", .string(reason.rule)), ("facts", .array(reason.facts.map { .string($0) }))])
            })),
        ])
    }
}
