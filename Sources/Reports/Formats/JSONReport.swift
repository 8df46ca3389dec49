public import Assessment
public import Diagnostics
public import Questionnaire

/// The report as JSON for other tools: every score, level, count, answer, finding and
/// reason, in the stable structure described in `docs/report-json.md`.
///
/// Always one document with a list of reports, one per answers file, so a reader handles
/// one file and many alike. Texts are in the report's language; ids, statuses and codes
/// never depend on it. Input text is kept as it is: JSON escapes what needs escaping.
public struct JSONReport: ReportRenderer {
    /// The structure's version; raised when a field changes meaning or disappears.
    public static let version = 2

    public var labels: Labels
    /// Which development points a report shows up front: the rest are marked `appendix`.
    public var limits: FindingLimits

    public init(language: String = "nl", set: QuestionnaireSet = .neutral, limits: FindingLimits = FindingLimits()) {
        self.labels = Labels(language: language, set: set)
        self.limits = limits
    }

    public func render(_ assessments: [RespondentAssessment]) -> String {
        document(assessments).rendered()
    }

    /// The whole document as a value.
    public func document(_ assessments: [RespondentAssessment]) -> JSONValue {
        .object([
            ("format", "waarborg-report"),
            ("version", .number(Double(Self.version))),
            ("language", .string(labels.language)),
            ("reports", .array(assessments.map(report))),
        ])
    }

    // MARK: One respondent

    /// The report of one answers file.
    public func report(_ assessment: RespondentAssessment) -> JSONValue {
        let respondent = assessment.respondent
        return .object([
            ("file", .string(assessment.path)),
            (
                "respondent",
                .object([
                    ("name", .string(respondent.name)),
                    ("role", .string(respondent.role)),
                    ("role_label", .string(labels.roleLabel(respondent.role, in: assessment.questionnaires))),
                    ("organisation", .string(respondent.organisation)),
                    ("school", .string(respondent.school)),
                ])
            ),
            ("overall", overall(assessment)),
            ("questionnaires", .array(assessment.parts.map(questionnaire))),
            ("findings", findings(assessment)),
        ])
    }

    /// The plain average over the safeguards, without a level; null unless the set asks for it.
    private func overall(_ assessment: RespondentAssessment) -> JSONValue {
        guard labels.set.average else { return .null }
        return .object([
            ("average", .number(assessment.overall.score)),
            ("extrapolated", .bool(assessment.overall.extrapolated)),
            ("left_out", .array(assessment.overall.leftOut.map { .string($0) })),
        ])
    }

    private func questionnaire(_ part: ResponseAssessment) -> JSONValue {
        let questionnaire = part.questionnaire
        return .object([
            ("id", .string(questionnaire.id)),
            ("version", .string(questionnaire.version.description)),
            ("digest", .string(questionnaire.source.digest)),
            ("answers_digest", .string(part.response.digest)),
            ("safeguard", questionnaire.safeguard.map { .number(Double($0)) } ?? .null),
            ("title", .string(questionnaire.title.text(labels.language))),
            ("method", .string(questionnaire.scoring.method.rawValue)),
            ("score", .number(part.card.score)),
            ("extrapolated", .bool(part.card.extrapolated)),
            ("level", level(part.card.level)),
            ("no_score", noScore(part.card.noScore)),
            ("themes", .array(part.themes.map { theme($0.theme, $0.score, part: part) })),
            ("kern", .array(part.kernChecklist.map { .object($0.jsonMembers(labels: labels)) })),
        ])
    }

    private func theme(_ theme: Theme, _ score: ThemeScore, part: ResponseAssessment) -> JSONValue {
        let counts = ThemeCounts(score)
        return .object([
            ("id", .string(theme.id)),
            ("title", .string(theme.title.text(labels.language))),
            ("method", .string(score.method.rawValue)),
            ("weight", .number(theme.weight)),
            ("score", .number(score.score)),
            ("extrapolated", .bool(score.extrapolated)),
            ("level", level(score.level)),
            ("no_score", noScore(score.noScore)),
            (
                "counts",
                .object([
                    ("shown", .number(Double(counts.shown))),
                    ("answered", .number(Double(counts.answered))),
                    ("not_applicable", .number(Double(counts.notApplicable))),
                    ("unknown", .number(Double(counts.unknown))),
                    ("unanswered", .number(Double(counts.unanswered))),
                    ("hidden", .number(Double(counts.hidden))),
                ])
            ),
            ("questions", .array(score.questions.map { question($0, part: part) })),
        ])
    }

    private func question(_ score: QuestionScore, part: ResponseAssessment) -> JSONValue {
        let question = part.questionnaire.question(score.id)
        let answer = part.hidden.contains(score.id) ? nil : part.response.answers[score.id]
        return .object([
            ("id", .string(score.id.description)),
            ("text", .string(question?.text.text(labels.language))),
            ("kern", .bool(question?.kern ?? false)),
            ("status", .string(score.status.rawValue)),
            ("skipped", .bool(part.response.skipped.contains(score.id))),
            ("value", .number(score.value)),
            ("weight", .number(score.weight)),
            ("keys", .array(score.keys.map { .string($0) })),
            ("answer", answer.map(answerValue) ?? .null),
            ("note", .string(answer?.note)),
            ("evidence", .string(answer?.evidence)),
        ])
    }

    /// The answer as given: an option key, a list of keys, a boolean, a number or a text.
    private func answerValue(_ answer: Answer) -> JSONValue {
        switch answer.value {
        case .option(let key): .string(key)
        case .options(let keys): .array(keys.map { .string($0) })
        case .yesno(let value): .bool(value)
        case .number(let value): .number(value)
        case .text(let text): .string(text)
        }
    }

    private func level(_ level: Level?) -> JSONValue {
        guard let level else { return .null }
        return .object([("id", .string(level.id)), ("label", .string(level.label.text(labels.language)))])
    }

    private func noScore(_ reason: NoScoreReason?) -> JSONValue {
        guard let reason else { return .null }
        var members: [(String, JSONValue)] = [("reason", .string(reason.code))]
        switch reason {
        case .tooMuchMissing(let missing, let of, let maxShare), .themesMissing(let missing, let of, let maxShare):
            members += [("missing", .number(Double(missing))), ("of", .number(Double(of))), ("max_share", .number(maxShare))]
        case .sumIncomplete(let missing, let of):
            members += [("missing", .number(Double(missing))), ("of", .number(Double(of)))]
        case .nothingToScore, .noScoredAnswers, .mixedMethods:
            break
        }
        members.append(("text", .string(labels.reason(reason))))
        return .object(members)
    }

    // MARK: Findings

    private func findings(_ assessment: RespondentAssessment) -> JSONValue {
        let json = JSONFinding(labels: labels, perspective: .respondent, questionnaires: assessment.questionnaires)
        var out: [JSONValue] = []
        for kind in Finding.Kind.allCases {
            let ranked = assessment.findings(kind)
            let more = kind == .developmentPoint ? FindingSelection(ranked, limits: limits).more : []
            for (index, finding) in ranked.enumerated() {
                out.append(json.value(finding, rank: index + 1, appendix: more.contains(finding)))
            }
        }
        return .array(out)
    }
}
