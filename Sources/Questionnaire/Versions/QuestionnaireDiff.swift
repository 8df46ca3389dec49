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

        /// The class as a heading: `breaking` / `brekend`.
        public func name(_ language: Language) -> String {
            guard language == .nl else { return rawValue }
            switch self {
            case .breaking: return "brekend"
            case .scoring: return "scoring"
            case .text: return "tekst"
            }
        }
    }

    /// One change.
    public struct Change: Sendable, Hashable {
        public var kind: Class
        /// What changed: a question id, a theme id, `scoring`, a rule id, …
        public var subject: String
        public var message: Message
        /// Where in the newer file (or the older one, for something removed).
        public var location: FileLocation?
        /// Whether the newer version's migration says how answers carry over.
        public var migrated: Bool
    }

    public var from: Questionnaire
    public var to: Questionnaire
    public var changes: [Change]

    public var hasBreakingChanges: Bool { changes.contains { $0.kind == .breaking } }

    /// The changes as English text (for logs and tests), grouped by class.
    public var text: String { text(.en) }

    /// The changes as text in `language`, grouped by class, each with its place in the file.
    public func text(_ language: Language) -> String {
        let nl = language == .nl
        var out = "\(from.reference) → \(to.reference)\n"
        if changes.isEmpty { return out + (nl ? "\ngeen wijzigingen\n" : "\nno changes\n") }
        for kind in Class.allCases {
            let group = changes.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            out += "\n\(kind.name(language)) (\(group.count)):\n"
            for change in group {
                let place = change.location.map { "\($0): " } ?? ""
                let migrated = change.migrated && !change.message.en.contains("migration")
                out += "  \(place)\(change.message.text(language))\(migrated ? (nl ? " (gemigreerd)" : " (migrated)") : "")\n"
            }
        }
        let breaking = changes.filter { $0.kind == .breaking }
        if !breaking.isEmpty {
            let unmigrated = breaking.filter { !$0.migrated }.count
            if nl {
                out += "\n\(breaking.count) brekende wijziging(en)"
                out +=
                    unmigrated == 0
                    ? ", alle opgevangen door de migratie in \(to.reference).\n"
                    : ", \(unmigrated) niet opgevangen door een migratie: antwoorden van \(from.version) op die vragen gaan niet mee.\n"
            } else {
                out += "\n\(breaking.count) breaking change(s)"
                out +=
                    unmigrated == 0
                    ? ", all covered by the migration in \(to.reference).\n"
                    : ", \(unmigrated) not covered by a migration: answers of \(from.version) to those questions will not carry over.\n"
            }
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

/// A message in Dutch and English.
private func M(_ nl: String, _ en: String) -> Message { Message(nl: nl, en: en) }

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

    private mutating func add(
        _ kind: QuestionnaireDiff.Class, _ subject: String, _ message: Message, at location: FileLocation? = nil, migrated: Bool = false
    ) {
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
        if a.title != b.title { add(.text, "title", M("de titel is gewijzigd", "the title changed")) }
        if a.description != b.description { add(.text, "description", M("de beschrijving is gewijzigd", "the description changed")) }
        if a.weight != b.weight {
            add(
                .scoring, "weight",
                M(
                    "het gewicht van de waarborg is gewijzigd van \(NumberText.format(a.weight)) naar \(NumberText.format(b.weight))",
                    "the safeguard's weight changed from \(NumberText.format(a.weight)) to \(NumberText.format(b.weight))"))
        }
        if a.roles.map(\.id) != b.roles.map(\.id) || a.roles.map(\.group) != b.roles.map(\.group) {
            add(.breaking, "roles", M("de rollen van respondenten zijn gewijzigd", "the respondent roles changed"))
        } else if a.roles.map(\.label) != b.roles.map(\.label) {
            add(.text, "roles", M("de namen van rollen zijn gewijzigd", "role labels changed"))
        }
    }

    private mutating func compareThemes() {
        let idsA = a.themes.map(\.id), idsB = b.themes.map(\.id)
        for theme in a.themes where !idsB.contains(theme.id) {
            add(.breaking, theme.id, M("thema ‘\(theme.id)’ is verwijderd", "theme '\(theme.id)' was removed"))
        }
        for theme in b.themes where !idsA.contains(theme.id) {
            add(.scoring, theme.id, M("thema ‘\(theme.id)’ is toegevoegd", "theme '\(theme.id)' was added"))
        }
        let common = idsA.filter(idsB.contains)
        if common != idsB.filter(idsA.contains) {
            add(.text, "themes", M("de volgorde van de thema's is gewijzigd", "the order of the themes changed"))
        }
        for id in common {
            guard let old = a.theme(id), let new = b.theme(id) else { continue }
            if old.title != new.title { add(.text, id, M("de titel van thema ‘\(id)’ is gewijzigd", "the title of theme '\(id)' changed")) }
            if old.description != new.description {
                add(.text, id, M("de beschrijving van thema ‘\(id)’ is gewijzigd", "the description of theme '\(id)' changed"))
            }
            if old.weight != new.weight {
                add(
                    .scoring, id,
                    M(
                        "het gewicht van thema ‘\(id)’ is gewijzigd van \(NumberText.format(old.weight)) naar \(NumberText.format(new.weight))",
                        "the weight of theme '\(id)' changed from \(NumberText.format(old.weight)) to \(NumberText.format(new.weight))"))
            }
            if a.method(for: old) != b.method(for: new) {
                add(
                    .scoring, id,
                    M(
                        "thema ‘\(id)’ scoort nu als \(b.method(for: new).rawValue), niet als \(a.method(for: old).rawValue)",
                        "theme '\(id)' now scores as a \(b.method(for: new).rawValue), not a \(a.method(for: old).rawValue)"))
            }
            if old.levels != new.levels { add(.scoring, id, M("de niveaus van thema ‘\(id)’ zijn gewijzigd", "the levels of theme '\(id)' changed")) }
            let orderA = old.questions.map(\.id), orderB = new.questions.map(\.id)
            if orderA.filter(orderB.contains) != orderB.filter(orderA.contains) {
                add(.text, id, M("de volgorde van de vragen in thema ‘\(id)’ is gewijzigd", "the order of the questions in theme '\(id)' changed"))
            }
        }
    }

    private mutating func compareQuestions() {
        let byLocalID = Dictionary(grouping: b.questions, by: { $0.id.question })
        for old in a.questions {
            let step = migration?.questions[old.id]
            guard let new = b.question(old.id) else {
                let migrated = step != nil
                let how: Message =
                    switch step {
                    case .drop?: M(" (de migratie laat de antwoorden vallen)", " (the migration drops its answers)")
                    case .carry(let targets, _)? where targets.count > 1:
                        M(
                            " (door de migratie verdeeld over \(targets.map(\.description).joined(separator: ", ")))",
                            " (split into \(targets.map(\.description).joined(separator: ", ")) by the migration)")
                    case .carry(let targets, _)?:
                        M(
                            " (door de migratie meegenomen naar \(targets.map(\.description).joined(separator: ", ")))",
                            " (carried to \(targets.map(\.description).joined(separator: ", ")) by the migration)")
                    case nil: .empty
                    }
                if let moved = byLocalID[old.id.question]?.first, step == nil {
                    add(
                        .breaking, old.id.description,
                        M("vraag \(old.id) is verplaatst naar thema ‘\(moved.id.theme)’", "question \(old.id) moved to theme '\(moved.id.theme)'"),
                        at: moved.location)
                } else {
                    add(
                        .breaking, old.id.description,
                        M("vraag \(old.id) is verwijderd of hernoemd\(how.nl)", "question \(old.id) was removed or renamed\(how.en)"),
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
            let origin = source.map { M(" (door de migratie uit \($0))", " (from \($0) by the migration)") } ?? .empty
            let hidden = new.showIf.map { M(", getoond als \($0.source)", ", shown when \($0.source)") } ?? .empty
            add(
                .scoring, new.id.description,
                M("vraag \(new.id) is toegevoegd\(hidden.nl)\(origin.nl)", "question \(new.id) was added\(hidden.en)\(origin.en)"), at: new.location,
                migrated: source != nil)
        }
    }

    private mutating func compare(_ old: Question, _ new: Question, migrated: Bool) {
        let id = old.id.description
        let here = new.location
        if old.kind.name != new.kind.name {
            add(
                .breaking, id,
                M(
                    "\(id) is van soort veranderd: \(old.kind.name) werd \(new.kind.name)",
                    "\(id) changed type from \(old.kind.name) to \(new.kind.name)"), at: here, migrated: migrated)
        } else if case .scale(let s1) = old.kind, case .scale(let s2) = new.kind, s1.id != s2.id {
            add(
                .breaking, id,
                M("\(id) gebruikt nu schaal ‘\(s2.id)’ in plaats van ‘\(s1.id)’", "\(id) now uses scale '\(s2.id)' instead of '\(s1.id)'"), at: here,
                migrated: migrated)
        }
        let keysA = old.kind.options.map(\.key), keysB = new.kind.options.map(\.key)
        if keysA != keysB {
            add(
                .breaking, id,
                M(
                    "de opties van \(id) zijn hercodeerd: \(keysA.joined(separator: "/")) werd \(keysB.joined(separator: "/"))",
                    "the options of \(id) were recoded: \(keysA.joined(separator: "/")) became \(keysB.joined(separator: "/"))"), at: here,
                migrated: migrated)
        } else if old.kind.options.map(\.value) != new.kind.options.map(\.value) {
            add(.breaking, id, M("de waarden van de opties van \(id) zijn gewijzigd", "option values of \(id) changed"), at: here, migrated: migrated)
        } else if old.kind.options.map(\.label) != new.kind.options.map(\.label) {
            add(.text, id, M("de namen van de opties van \(id) zijn gewijzigd", "option labels of \(id) changed"), at: here)
        }
        if case .number(let min1, let max1) = old.kind, case .number(let min2, let max2) = new.kind, min1 != min2 || max1 != max2 {
            add(.breaking, id, M("het toegestane bereik van \(id) is gewijzigd", "the allowed range of \(id) changed"), at: here)
        }
        if old.text != new.text { add(.text, id, M("de tekst van \(id) is gewijzigd", "the wording of \(id) changed"), at: here) }
        if old.help != new.help { add(.text, id, M("de hulptekst van \(id) is gewijzigd", "the help text of \(id) changed"), at: here) }
        if old.weight != new.weight {
            add(
                .scoring, id,
                M(
                    "het gewicht van \(id) is gewijzigd van \(NumberText.format(old.weight)) naar \(NumberText.format(new.weight))",
                    "the weight of \(id) changed from \(NumberText.format(old.weight)) to \(NumberText.format(new.weight))"), at: here)
        }
        if old.kern != new.kern {
            add(
                .scoring, id,
                new.kern
                    ? M("\(id) is een kernuitspraak geworden", "\(id) became a kern statement")
                    : M("\(id) is geen kernuitspraak meer", "\(id) is no longer a kern statement"))
        }
        if old.showIf?.source != new.showIf?.source {
            add(
                .scoring, id,
                M(
                    "wanneer \(id) getoond wordt is gewijzigd: \(old.showIf?.source ?? "altijd") → \(new.showIf?.source ?? "altijd")",
                    "when \(id) is shown changed: \(old.showIf?.source ?? "always") → \(new.showIf?.source ?? "always")"), at: here)
        }
        if old.roles != new.roles {
            // Answers of a role no longer asked are left out of its scores; migrate drops them.
            let before = old.roles?.joined(separator: ", ") ?? "every role"
            let after = new.roles?.joined(separator: ", ") ?? "every role"
            add(
                .scoring, id,
                M(
                    "wie \(id) krijgt is gewijzigd: \(old.roles?.joined(separator: ", ") ?? "elke rol") → \(new.roles?.joined(separator: ", ") ?? "elke rol")",
                    "who is asked \(id) changed: \(before) → \(after)"), at: here)
        }
        if old.required != new.required {
            add(
                .text, id,
                new.required ? M("\(id) is verplicht geworden", "\(id) became required") : M("\(id) is optioneel geworden", "\(id) became optional"))
        }
        if old.note != new.note || old.evidence != new.evidence || old.noteFor != new.noteFor || old.evidenceFor != new.evidenceFor {
            add(
                .text, id, M("wat \(id) vraagt als toelichting of onderbouwing is gewijzigd", "what \(id) asks as note or evidence changed"), at: here
            )
        }
    }

    private mutating func compareScoring() {
        let s1 = a.scoring, s2 = b.scoring
        if s1.method != s2.method {
            add(
                .scoring, "scoring",
                M(
                    "de scoringsmethode is gewijzigd van \(s1.method.rawValue) naar \(s2.method.rawValue)",
                    "the scoring method changed from \(s1.method.rawValue) to \(s2.method.rawValue)"))
        }
        if s1.missing != s2.missing {
            add(
                .scoring, "scoring",
                M(
                    "de regel voor ontbrekende antwoorden is gewijzigd: max_share \(NumberText.format(s1.missing.maxShare)) → \(NumberText.format(s2.missing.maxShare))",
                    "the missing-data policy changed: max_share \(NumberText.format(s1.missing.maxShare)) → \(NumberText.format(s2.missing.maxShare))"
                ))
        }
        for (old, new) in zip(s1.levels, s2.levels) where old != new {
            if old.min == new.min, old.upper == new.upper, old.id != new.id {
                // Rules that name the old id must name the new one; the range is the same.
                add(
                    .scoring, "levels",
                    M(
                        "niveau ‘\(old.id)’ heet nu ‘\(new.id)’, met hetzelfde bereik \(Self.describe(new))",
                        "level '\(old.id)' is renamed '\(new.id)', with the same range \(Self.describe(new))"))
            } else if old.id != new.id || old.min != new.min || old.upper != new.upper {
                add(
                    .scoring, "levels",
                    M(
                        "niveau ‘\(old.id)’ is gewijzigd: \(Self.describe(old)) → \(Self.describe(new))",
                        "level '\(old.id)' changed: \(Self.describe(old)) → \(Self.describe(new))"))
            } else {
                add(.text, "levels", M("de naam van niveau ‘\(old.id)’ is gewijzigd", "the label of level '\(old.id)' changed"))
            }
        }
        if s1.levels.count != s2.levels.count {
            add(
                .scoring, "levels",
                M(
                    "het aantal niveaus is gewijzigd van \(s1.levels.count) naar \(s2.levels.count)",
                    "the number of levels changed from \(s1.levels.count) to \(s2.levels.count)"))
        }
        let f1 = a.findings, f2 = b.findings
        func threshold(_ name: String, _ x: Double?, _ y: Double?) {
            if x != y {
                add(
                    .scoring, "findings",
                    M(
                        "\(name) is gewijzigd: \(x.map { NumberText.format($0) } ?? "uit") → \(y.map { NumberText.format($0) } ?? "uit")",
                        "\(name) changed: \(x.map { NumberText.format($0) } ?? "off") → \(y.map { NumberText.format($0) } ?? "off")"))
            }
        }
        threshold("development_below", f1.developmentBelow, f2.developmentBelow)
        threshold("strength_from", f1.strengthFrom, f2.strengthFrom)
        threshold("disagreement_stdev", f1.disagreementStdev, f2.disagreementStdev)
        threshold("disagreement_range", f1.disagreementRange, f2.disagreementRange)
        threshold("role_gap", f1.roleGap, f2.roleGap)
        if f1.kernLowest != f2.kernLowest {
            add(.scoring, "findings", M("kern_lowest is gewijzigd naar \(f2.kernLowest)", "kern_lowest changed to \(f2.kernLowest)"))
        }
        if f1.minimumGroup != f2.minimumGroup {
            add(
                .scoring, "findings",
                M(
                    "minimum_group is gewijzigd van \(f1.minimumGroup) naar \(f2.minimumGroup)",
                    "minimum_group changed from \(f1.minimumGroup) to \(f2.minimumGroup)"))
        }
        if f1.minimumBoards != f2.minimumBoards {
            add(
                .scoring, "findings",
                M(
                    "minimum_boards is gewijzigd van \(f1.minimumBoards) naar \(f2.minimumBoards)",
                    "minimum_boards changed from \(f1.minimumBoards) to \(f2.minimumBoards)"))
        }
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
        for rule in a.rules where !idsB.contains(rule.id) {
            add(.scoring, rule.id, M("regel ‘\(rule.id)’ is verwijderd", "rule '\(rule.id)' was removed"))
        }
        for rule in b.rules {
            guard let old = a.rules.first(where: { $0.id == rule.id }) else {
                add(.scoring, rule.id, M("regel ‘\(rule.id)’ is toegevoegd", "rule '\(rule.id)' was added"), at: rule.when.location)
                continue
            }
            if old.when.expression.expression != rule.when.expression.expression {
                add(
                    .scoring, rule.id,
                    M(
                        "de voorwaarde van regel ‘\(rule.id)’ is gewijzigd: \(old.when.source) → \(rule.when.source)",
                        "the condition of rule '\(rule.id)' changed: \(old.when.source) → \(rule.when.source)"), at: rule.when.location)
            }
            if old.developmentPoint?.priority != rule.developmentPoint?.priority || (old.strength == nil) != (rule.strength == nil)
                || (old.developmentPoint == nil) != (rule.developmentPoint == nil) || (old.panelQuestion == nil) != (rule.panelQuestion == nil)
            {
                add(
                    .scoring, rule.id, M("wat regel ‘\(rule.id)’ oplevert is gewijzigd", "what rule '\(rule.id)' yields changed"),
                    at: rule.when.location)
            } else if old.developmentPoint != rule.developmentPoint || old.strength != rule.strength || old.panelQuestion != rule.panelQuestion {
                add(
                    .text, rule.id, M("de teksten van regel ‘\(rule.id)’ zijn gewijzigd", "the texts of rule '\(rule.id)' changed"),
                    at: rule.when.location)
            }
        }
    }
}
