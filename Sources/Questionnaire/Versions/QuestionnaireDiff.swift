public import Diagnostics

/// What changed between two versions of a questionnaire, classified by what it means for
/// answers and scores.
public struct QuestionnaireDiff: Sendable {
    /// How much a change matters.
    public enum Class: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Answers of the old version cannot be read as the new one without a mapping.
        case breaking
        /// The same answers score differently.
        case scoring
        /// Wording, help texts, order: answers and scores are unaffected.
        case text

        private var rank: Int {
            switch self {
            case .breaking: 0
            case .scoring: 1
            case .text: 2
            }
        }

        public static func < (lhs: Class, rhs: Class) -> Bool { lhs.rank < rhs.rank }
    }

    /// One change.
    public struct Change: Sendable, Hashable {
        public var kind: Class
        /// What changed: a question id, a theme id, `scoring`, a rule id, …
        public var subject: String
        public var message: String
        /// Where in the newer file (or the older one, for something removed).
        public var location: FileLocation?
        /// Whether the newer version's migration says how answers carry over.
        public var migrated: Bool
    }

    public var from: Questionnaire
    public var to: Questionnaire
    public var changes: [Change]

    public var hasBreakingChanges: Bool { changes.contains { $0.kind == .breaking } }

    /// The changes as text, grouped by class, each with its place in the file.
    public var text: String {
        var out = "\(from.reference) → \(to.reference)\n"
        if changes.isEmpty { return out + "\nno changes\n" }
        for kind in Class.allCases {
            let group = changes.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            out += "\n\(kind.rawValue) (\(group.count)):\n"
            for change in group {
                let place = change.location.map { "\($0): " } ?? ""
                out += "  \(place)\(change.message)\(change.migrated && !change.message.contains("migration") ? " (migrated)" : "")\n"
            }
        }
        let breaking = changes.filter { $0.kind == .breaking }
        if !breaking.isEmpty {
            let unmigrated = breaking.filter { !$0.migrated }.count
            out += "\n\(breaking.count) breaking change(s)"
            out += unmigrated == 0 ? ", all covered by the migration in \(to.reference).\n"
                : ", \(unmigrated) not covered by a migration: answers of \(from.version) to those questions will not carry over.\n"
        }
        return out
    }

    public init(from: Questionnaire, to: Questionnaire) {
        self.from = from
        self.to = to
        var comparer = QuestionnaireComparer(a: from, b: to)
        self.changes = comparer.changes()
            .sorted { ($0.kind, $0.location?.line ?? 0) < ($1.kind, $1.location?.line ?? 0) }
    }
}

/// Walks two versions side by side and lists their differences.
struct QuestionnaireComparer {
    let a: Questionnaire
    let b: Questionnaire
    private var out: [QuestionnaireDiff.Change] = []

    init(a: Questionnaire, b: Questionnaire) {
        self.a = a
        self.b = b
    }

    private var fileB: FileLocation { FileLocation(file: b.source.path, line: 1, column: 1) }
    private var migration: Migration? { b.migration?.from == a.version ? b.migration : nil }

    private mutating func add(_ kind: QuestionnaireDiff.Class, _ subject: String, _ message: String, at location: FileLocation? = nil, migrated: Bool = false) {
        out.append(.init(kind: kind, subject: subject, message: message, location: location ?? fileB, migrated: migrated))
    }

    mutating func changes() -> [QuestionnaireDiff.Change] {
        compareTop()
        compareThemes()
        compareQuestions()
        compareScoring()
        compareRules()
        return out
    }

    private mutating func compareTop() {
        if a.title != b.title { add(.text, "title", "the title changed") }
        if a.description != b.description { add(.text, "description", "the description changed") }
        if a.weight != b.weight { add(.scoring, "weight", "the safeguard's weight changed from \(NumberText.format(a.weight)) to \(NumberText.format(b.weight))") }
        if a.roles.map(\.id) != b.roles.map(\.id) || a.roles.map(\.group) != b.roles.map(\.group) {
            add(.breaking, "roles", "the respondent roles changed")
        } else if a.roles.map(\.label) != b.roles.map(\.label) {
            add(.text, "roles", "role labels changed")
        }
    }

    private mutating func compareThemes() {
        let idsA = a.themes.map(\.id), idsB = b.themes.map(\.id)
        for theme in a.themes where !idsB.contains(theme.id) {
            add(.breaking, theme.id, "theme '\(theme.id)' was removed")
        }
        for theme in b.themes where !idsA.contains(theme.id) {
            add(.scoring, theme.id, "theme '\(theme.id)' was added")
        }
        let common = idsA.filter(idsB.contains)
        if common != idsB.filter(idsA.contains) { add(.text, "themes", "the order of the themes changed") }
        for id in common {
            guard let old = a.theme(id), let new = b.theme(id) else { continue }
            if old.title != new.title { add(.text, id, "the title of theme '\(id)' changed") }
            if old.description != new.description { add(.text, id, "the description of theme '\(id)' changed") }
            if old.weight != new.weight {
                add(.scoring, id, "the weight of theme '\(id)' changed from \(NumberText.format(old.weight)) to \(NumberText.format(new.weight))")
            }
            if a.method(for: old) != b.method(for: new) {
                add(.scoring, id, "theme '\(id)' now scores as a \(b.method(for: new).rawValue), not a \(a.method(for: old).rawValue)")
            }
            if old.levels != new.levels { add(.scoring, id, "the levels of theme '\(id)' changed") }
            let orderA = old.questions.map(\.id), orderB = new.questions.map(\.id)
            if orderA.filter(orderB.contains) != orderB.filter(orderA.contains) {
                add(.text, id, "the order of the questions in theme '\(id)' changed")
            }
        }
    }

    private mutating func compareQuestions() {
        let byLocalID = Dictionary(grouping: b.questions, by: { $0.id.question })
        for old in a.questions {
            let step = migration?.questions[old.id]
            guard let new = b.question(old.id) else {
                let migrated = step != nil
                let how: String = switch step {
                case .drop?: " (the migration drops its answers)"
                case .carry(let targets, _)? where targets.count > 1:
                    " (split into \(targets.map(\.description).joined(separator: ", ")) by the migration)"
                case .carry(let targets, _)?: " (carried to \(targets.map(\.description).joined(separator: ", ")) by the migration)"
                case nil: ""
                }
                if let moved = byLocalID[old.id.question]?.first, step == nil {
                    add(.breaking, old.id.description, "question \(old.id) moved to theme '\(moved.id.theme)'", at: moved.location)
                } else {
                    add(.breaking, old.id.description, "question \(old.id) was removed or renamed\(how)",
                        at: b.migrationLocations[old.id] ?? old.location, migrated: migrated)
                }
                continue
            }
            compare(old, new, migrated: step != nil)
        }
        for new in b.questions where a.question(new.id) == nil {
            let source = migration?.questions.first { entry in
                if case .carry(let targets, _) = entry.value { return targets.contains(new.id) }
                return false
            }?.key
            let origin = source.map { " (from \($0) by the migration)" } ?? ""
            let hidden = new.showIf.map { ", shown when \($0.source)" } ?? ""
            add(.scoring, new.id.description, "question \(new.id) was added\(hidden)\(origin)", at: new.location, migrated: source != nil)
        }
    }

    private mutating func compare(_ old: Question, _ new: Question, migrated: Bool) {
        let id = old.id.description
        let here = new.location
        if old.kind.name != new.kind.name {
            add(.breaking, id, "\(id) changed type from \(old.kind.name) to \(new.kind.name)", at: here, migrated: migrated)
        } else if case .scale(let s1) = old.kind, case .scale(let s2) = new.kind, s1.id != s2.id {
            add(.breaking, id, "\(id) now uses scale '\(s2.id)' instead of '\(s1.id)'", at: here, migrated: migrated)
        }
        let keysA = old.kind.options.map(\.key), keysB = new.kind.options.map(\.key)
        if keysA != keysB {
            add(.breaking, id, "the options of \(id) were recoded: \(keysA.joined(separator: "/")) became \(keysB.joined(separator: "/"))", at: here, migrated: migrated)
        } else if old.kind.options.map(\.value) != new.kind.options.map(\.value) {
            add(.breaking, id, "option values of \(id) changed", at: here, migrated: migrated)
        } else if old.kind.options.map(\.label) != new.kind.options.map(\.label) {
            add(.text, id, "option labels of \(id) changed", at: here)
        }
        if case .number(let min1, let max1) = old.kind, case .number(let min2, let max2) = new.kind, min1 != min2 || max1 != max2 {
            add(.breaking, id, "the allowed range of \(id) changed", at: here)
        }
        if old.text != new.text { add(.text, id, "the wording of \(id) changed", at: here) }
        if old.help != new.help { add(.text, id, "the help text of \(id) changed", at: here) }
        if old.weight != new.weight {
            add(.scoring, id, "the weight of \(id) changed from \(NumberText.format(old.weight)) to \(NumberText.format(new.weight))", at: here)
        }
        if old.kern != new.kern { add(.scoring, id, new.kern ? "\(id) became a kern statement" : "\(id) is no longer a kern statement") }
        if old.showIf?.source != new.showIf?.source {
            add(.scoring, id, "when \(id) is shown changed: \(old.showIf?.source ?? "always") → \(new.showIf?.source ?? "always")", at: here)
        }
        if old.roles != new.roles {
            // Answers of a role no longer asked are left out of its scores; migrate drops them.
            let before = old.roles?.joined(separator: ", ") ?? "every role"
            let after = new.roles?.joined(separator: ", ") ?? "every role"
            add(.scoring, id, "who is asked \(id) changed: \(before) → \(after)", at: here)
        }
        if old.required != new.required { add(.text, id, new.required ? "\(id) became required" : "\(id) became optional") }
        if old.note != new.note || old.evidence != new.evidence || old.noteFor != new.noteFor || old.evidenceFor != new.evidenceFor { add(.text, id, "what \(id) asks as note or evidence changed", at: here) }
    }

    private mutating func compareScoring() {
        let s1 = a.scoring, s2 = b.scoring
        if s1.method != s2.method { add(.scoring, "scoring", "the scoring method changed from \(s1.method.rawValue) to \(s2.method.rawValue)") }
        if s1.missing != s2.missing {
            add(.scoring, "scoring", "the missing-data policy changed: max_share \(NumberText.format(s1.missing.maxShare)) → \(NumberText.format(s2.missing.maxShare))")
        }
        for (old, new) in zip(s1.levels, s2.levels) where old != new {
            if old.min == new.min, old.upper == new.upper, old.id != new.id {
                // Rules that name the old id must name the new one; the range is the same.
                add(.scoring, "levels", "level '\(old.id)' is renamed '\(new.id)', with the same range \(Self.describe(new))")
            } else if old.id != new.id || old.min != new.min || old.upper != new.upper {
                add(.scoring, "levels", "level '\(old.id)' changed: \(Self.describe(old)) → \(Self.describe(new))")
            } else {
                add(.text, "levels", "the label of level '\(old.id)' changed")
            }
        }
        if s1.levels.count != s2.levels.count { add(.scoring, "levels", "the number of levels changed from \(s1.levels.count) to \(s2.levels.count)") }
        let f1 = a.findings, f2 = b.findings
        func threshold(_ name: String, _ x: Double?, _ y: Double?) {
            if x != y { add(.scoring, "findings", "\(name) changed: \(x.map { NumberText.format($0) } ?? "off") → \(y.map { NumberText.format($0) } ?? "off")") }
        }
        threshold("development_below", f1.developmentBelow, f2.developmentBelow)
        threshold("strength_from", f1.strengthFrom, f2.strengthFrom)
        threshold("disagreement_stdev", f1.disagreementStdev, f2.disagreementStdev)
        threshold("disagreement_range", f1.disagreementRange, f2.disagreementRange)
        threshold("role_gap", f1.roleGap, f2.roleGap)
        if f1.kernLowest != f2.kernLowest { add(.scoring, "findings", "kern_lowest changed to \(f2.kernLowest)") }
        if f1.minimumGroup != f2.minimumGroup { add(.scoring, "findings", "minimum_group changed from \(f1.minimumGroup) to \(f2.minimumGroup)") }
        if f1.minimumBoards != f2.minimumBoards { add(.scoring, "findings", "minimum_boards changed from \(f1.minimumBoards) to \(f2.minimumBoards)") }
    }

    static func describe(_ level: Level) -> String {
        let low = level.min.map { NumberText.format($0) } ?? "…"
        switch level.upper {
        case .below(let x): return "\(low) ≤ score < \(NumberText.format(x))"
        case .max(let x): return "\(low) ≤ score ≤ \(NumberText.format(x))"
        case .none: return "score ≥ \(low)"
        }
    }

    private mutating func compareRules() {
        let idsB = b.rules.map(\.id)
        for rule in a.rules where !idsB.contains(rule.id) { add(.scoring, rule.id, "rule '\(rule.id)' was removed") }
        for rule in b.rules {
            guard let old = a.rules.first(where: { $0.id == rule.id }) else {
                add(.scoring, rule.id, "rule '\(rule.id)' was added", at: rule.when.location)
                continue
            }
            if old.when.expression.expression != rule.when.expression.expression {
                add(.scoring, rule.id, "the condition of rule '\(rule.id)' changed: \(old.when.source) → \(rule.when.source)", at: rule.when.location)
            }
            if old.developmentPoint?.priority != rule.developmentPoint?.priority || (old.strength == nil) != (rule.strength == nil)
                || (old.developmentPoint == nil) != (rule.developmentPoint == nil) || (old.panelQuestion == nil) != (rule.panelQuestion == nil) {
                add(.scoring, rule.id, "what rule '\(rule.id)' yields changed", at: rule.when.location)
            } else if old.developmentPoint != rule.developmentPoint || old.strength != rule.strength || old.panelQuestion != rule.panelQuestion {
                add(.text, rule.id, "the texts of rule '\(rule.id)' changed", at: rule.when.location)
            }
        }
    }
}
