import Diagnostics
import YAML

/// Turns the node tree of a questionnaire file into its parts, reporting every problem.
///
/// Expressions are kept as nodes here; `ExpressionBinder` checks them once every question
/// and theme is known.
struct QuestionnaireDecoder {
    typealias Subject = DecodingContext.Subject

    let context: DecodingContext

    /// A decoded questionnaire whose expressions are not yet checked.
    struct Draft {
        var questionnaire: Questionnaire.Identity
        var roles: [Role]
        var scales: [Scale]
        var scoring: ScoringSettings
        var findings: FindingSettings
        var themes: [Theme]
        var showIf: [QuestionID: Node] = [:]
        var rules: [RuleDraft]
        var migration: Node?
        /// Where each question, theme and rule was defined, for later diagnostics.
        var locations: [String: FileLocation] = [:]
        /// Where each level of a list of levels is written: `scoring` or `theme:<id>`.
        var levelLocations: [String: [FileLocation]] = [:]
    }

    struct RuleDraft {
        var id: String
        var theme: String?
        var themeLocation: FileLocation?
        var when: Node
        var strength: LocalizedText?
        var developmentPoint: DevelopmentPointTemplate?
        var panelQuestion: LocalizedText?
        var reason: LocalizedText?
        var reasonNode: Node?
        var location: FileLocation
    }

    static let topLevelKeys = [
        "questionnaire", "version", "title", "safeguard", "language", "languages", "description", "weight",
        "roles", "scales", "scoring", "findings", "themes", "rules", "migration",
    ]
    static let roleKeys = ["id", "label", "group"]
    static let optionKeys = ["key", "label", "value", "unknown"]
    static let scoringKeys = ["method", "missing", "levels"]
    static let missingKeys = ["max_share"]
    static let levelKeys = ["id", "label", "min", "below", "max"]
    static let findingKeys = [
        "development_below", "strength_from", "kern_lowest", "disagreement_stdev", "disagreement_range",
        "role_gap", "minimum_group", "minimum_boards", "low_theme",
    ]

    func decode(_ root: Node) -> Draft? {
        guard let fields = FieldReader(root, Subject(nl: "de vragenlijst", en: "the questionnaire"), keys: Self.topLevelKeys, context: context) else {
            return nil
        }
        let language = fields.optional("language") { context.identifier($0, "language") } ?? "nl"
        let languages =
            fields.optional("languages") { node in
                context.sequence(node, "languages")?.compactMap { context.identifier($0, Subject(nl: "een taal", en: "a language")) }
            } ?? [language]
        context.requiredLanguages = languages.count > 1 ? languages : []
        let id = fields.required("questionnaire") { context.identifier($0, Subject(nl: "het id van de vragenlijst", en: "the questionnaire id")) }
        let version = fields.required("version") { node -> SemanticVersion? in
            guard let text = context.string(node, "version") else { return nil }
            guard let version = SemanticVersion(text) else {
                context.error(
                    Message(
                        nl: "versie ‘\(text)’ moet een versienummer zijn zoals 1.0.0",
                        en: "version '\(text)' must be a semantic version such as 1.0.0"),
                    at: node.location)
                return nil
            }
            return version
        }
        let title = fields.required("title") { context.text($0, "title", language: language) }
        let safeguard = fields.optional("safeguard") { node -> Int? in
            guard let n = context.integer(node, "safeguard") else { return nil }
            guard (1...4).contains(n) else {
                context.error(
                    Message(nl: "safeguard moet een getal van 1 tot en met 4 zijn", en: "safeguard must be a number from 1 to 4"), at: node.location)
                return nil
            }
            return n
        }
        let description = fields.optional("description") { context.text($0, "description", language: language) }
        let weight = fields.optional("weight") { context.nonNegativeNumber($0, "weight") } ?? 1
        let roles = fields.optional("roles") { decodeRoles($0, language: language) } ?? Role.defaults
        let scales = fields.required("scales") { decodeScales($0, language: language) } ?? []
        let findings = fields.optional("findings") { decodeFindings($0) } ?? FindingSettings()

        var draft = Draft(
            questionnaire: .init(
                id: id ?? "", version: version ?? SemanticVersion(0, 0, 0), title: title ?? LocalizedText(""),
                safeguard: safeguard, language: language, languages: languages, description: description,
                weight: weight),
            roles: roles, scales: scales, scoring: ScoringSettings(), findings: findings, themes: [], rules: [],
            migration: fields["migration"])
        if let node = fields["scoring"], let scoring = decodeScoring(node, language: language, into: &draft) {
            draft.scoring = scoring
        }
        draft.locations["levels"] = fields["scoring"]?.mapping?["levels"]?.location
        if let themesNode = fields.required("themes", { context.sequence($0, "themes") }) {
            if themesNode.isEmpty {
                context.error(
                    Message(nl: "een vragenlijst heeft minstens één thema nodig", en: "a questionnaire needs at least one theme"),
                    at: fields["themes"]?.location)
            }
            draft.themes = themesNode.compactMap { decodeTheme($0, into: &draft, language: language) }
        }
        if let rulesNode = fields.optional("rules", { context.sequence($0, "rules") }) {
            draft.rules = rulesNode.compactMap { decodeRule($0, language: language) }
            checkUnique(draft.rules.map { ($0.id, $0.location) }, what: Message(nl: "regel-id", en: "rule id"))
        }
        return draft
    }

    // MARK: Roles and scales

    private func decodeRoles(_ node: Node, language: String) -> [Role]? {
        guard let items = context.sequence(node, "roles") else { return nil }
        var roles: [Role] = []
        var placed: [(String, FileLocation)] = []
        for item in items {
            guard let fields = FieldReader(item, Subject(nl: "een rol", en: "a role"), keys: Self.roleKeys, context: context) else { continue }
            let id = fields.required("id") { context.identifier($0, Subject(nl: "rol-id", en: "role id")) }
            let label = fields.required("label") { context.text($0, "label", language: language) }
            let group = fields.optional("group") { context.oneOf($0, "group", as: Role.Group.self) }
            if let id { placed.append((id, item.location)) }
            if let id, let label { roles.append(Role(id: id, label: label, group: group)) }
        }
        checkUnique(placed, what: Message(nl: "rol-id", en: "role id"))
        return roles
    }

    /// The `roles` of a theme or question: one role id or a list of them, each declared.
    private func decodeRoleList(_ node: Node, declared: [Role]) -> [String]? {
        let items = node.sequence ?? [node]
        if items.isEmpty {
            context.error(
                Message(
                    nl: "roles moet minstens één rol noemen; laat roles weg om het iedere rol te vragen",
                    en: "roles must name at least one role; leave roles out to ask every role"),
                at: node.location)
            return nil
        }
        var ids: [String] = []
        var valid = true
        for item in items {
            guard let id = context.identifier(item, Subject(nl: "rol-id", en: "role id")) else {
                valid = false
                continue
            }
            guard declared.contains(where: { $0.id == id }) else {
                let known = declared.map(\.id)
                // "mentor" is the region's word for the werkplekbegeleider: a label can name it too.
                let byLabel =
                    id.count < 4
                    ? nil
                    : declared.first { role in
                        ["nl", "en"].contains { role.label.text($0).lowercased().contains(id) }
                    }
                let suggestion =
                    byLabel.map { Message(nl: "; bedoel je ‘\($0.id)’?", en: "; did you mean '\($0.id)'?") }
                    ?? Suggestion.didYouMean(id, in: known)
                let list = known.joined(separator: ", ")
                let hint = suggestion.isEmpty ? Message(nl: "; de rollen zijn \(list)", en: "; the roles are \(list)") : suggestion
                context.error(Message(nl: "onbekende rol ‘\(id)’", en: "unknown role '\(id)'") + hint, at: item.location)
                valid = false
                continue
            }
            if ids.contains(id) {
                context.error(Message(nl: "rol ‘\(id)’ staat er twee keer", en: "role '\(id)' is listed twice"), at: item.location)
                continue
            }
            ids.append(id)
        }
        return valid ? ids : nil
    }

    private func decodeScales(_ node: Node, language: String) -> [Scale]? {
        guard let mapping = node.mapping else {
            context.error(
                .mustBe("scales", Message(nl: "een blok met per schaalnaam de opties", en: "a mapping from scale name to options"), not: node),
                at: node.location)
            return nil
        }
        if mapping.entries.isEmpty {
            context.error(
                Message(nl: "een vragenlijst heeft minstens één schaal nodig", en: "a questionnaire needs at least one scale"), at: node.location)
        }
        return mapping.entries.compactMap { entry in
            guard let id = context.identifier(entry.key, Subject(nl: "schaalnaam", en: "scale name")),
                let options = decodeOptions(entry.value, Subject(nl: "schaal ‘\(id)’", en: "scale '\(id)'"), language: language, requireValue: false)
            else { return nil }
            return Scale(id: id, options: options)
        }
    }

    /// Keys `waarborg fill` uses on a question's screen, which an option key would shadow.
    static let fillKeys = ["?": "help", "b": "back", "s": "skip", "q": "stop"]
    static let fillKeysDutch = ["?": "hulp", "b": "terug", "s": "overslaan", "q": "stoppen"]

    func decodeOptions(
        _ node: Node, _ what: Subject, language: String, requireValue: Bool, allowsUnknown: Bool = true
    ) -> [AnswerOption]? {
        guard let items = context.sequence(node, Subject(nl: "de opties van \(what.nl)", en: "the options of \(what.en)")) else { return nil }
        if items.count < 2 {
            context.error(Message(nl: "\(what.nl) heeft minstens twee opties nodig", en: "\(what.en) needs at least two options"), at: node.location)
        }
        var options: [AnswerOption] = []
        var seen: [String: FileLocation] = [:]
        var firstUnknown: FileLocation?
        for item in items {
            guard let fields = FieldReader(item, Subject(nl: "een optie", en: "an option"), keys: Self.optionKeys, context: context) else { continue }
            let key = fields.required("key") { node -> String? in
                guard let key = context.nonEmptyString(node, Subject(nl: "optiesleutel", en: "option key")) else { return nil }
                if key.contains(where: \.isWhitespace) {
                    context.error(
                        Message(nl: "optiesleutel ‘\(key)’ mag geen spaties bevatten", en: "option key '\(key)' must not contain spaces"),
                        at: node.location)
                    return nil
                }
                if let use = Self.fillKeys[key] {
                    context.warning(
                        Message(
                            nl:
                                "optiesleutel ‘\(key)’ is in waarborg fill de toets voor \(Self.fillKeysDutch[key] ?? use), dus een respondent kan hem niet typen; kies een andere sleutel",
                            en: "option key '\(key)' is the key for \(use) in waarborg fill, so a respondent cannot type it; choose another key"),
                        at: node.location)
                }
                return key
            }
            let label = fields.required("label") { context.text($0, "label", language: language) }
            let value = fields.optional("value") { context.number($0, "value") }
            let unknown = fields.optional("unknown") { context.bool($0, "unknown") } ?? false
            if unknown, let location = fields.keyLocation("unknown") {
                if let valueKey = fields.keyLocation("value") {
                    context.error(
                        Message(
                            nl: "de optie ‘weet ik niet’ (unknown) heeft geen waarde: die telt in geen enkele score mee; haal ‘value’ weg",
                            en: "the unknown option (weet ik niet) has no value: it is left out of every score; remove 'value'"),
                        at: valueKey, notes: [.init(Message(nl: "hier als unknown aangegeven", en: "marked unknown here"), at: location)])
                }
                if let first = firstUnknown {
                    context.error(
                        Message(
                            nl: "\(what.nl) heeft een tweede ‘weet ik niet’-optie; één is genoeg",
                            en: "\(what.en) has a second unknown option; one 'weet ik niet' is enough"),
                        at: location,
                        notes: [.init(Message(nl: "eerste ‘weet ik niet’-optie staat hier", en: "first unknown option here"), at: first)])
                } else if !allowsUnknown {
                    context.error(
                        Message(
                            nl: "\(what.nl) kan geen ‘weet ik niet’-optie hebben: er kunnen meer opties tegelijk gekozen worden",
                            en: "\(what.en) cannot have an unknown option: it takes several options at once"),
                        at: location)
                }
                firstUnknown = firstUnknown ?? location
            }
            if let key, let location = fields["key"]?.location {
                if let first = seen[key] {
                    context.error(
                        Message(nl: "optiesleutel ‘\(key)’ staat er twee keer in \(what.nl)", en: "duplicate option key '\(key)' in \(what.en)"),
                        at: location, notes: [.init(Message(nl: "hier voor het eerst gebruikt", en: "first used here"), at: first)])
                }
                seen[key] = location
            }
            if let key, let label { options.append(AnswerOption(key: key, label: label, value: unknown ? nil : value, unknown: unknown)) }
        }
        return options
    }

    // MARK: Scoring and findings

    private func decodeScoring(_ node: Node, language: String, into draft: inout Draft) -> ScoringSettings? {
        guard let fields = FieldReader(node, "scoring", keys: Self.scoringKeys, context: context) else { return nil }
        var settings = ScoringSettings()
        settings.method = fields.optional("method") { context.oneOf($0, "method", as: ScoringMethod.self) } ?? .mean
        if let missing = fields.optional("missing", { decodeMissing($0) }) { settings.missing = missing }
        if let located = fields.optional("levels", { decodeLevels($0, language: language) }) {
            settings.levels = located.levels
            draft.levelLocations["scoring"] = located.locations
        }
        return settings
    }

    private func decodeMissing(_ node: Node) -> MissingDataPolicy? {
        guard
            let fields = FieldReader(
                node, Subject(nl: "het beleid voor ontbrekende antwoorden", en: "the missing-data policy"), keys: Self.missingKeys, context: context)
        else { return nil }
        let share = fields.required("max_share") { node -> Double? in
            guard let share = context.number(node, "max_share") else { return nil }
            guard (0...1).contains(share) else {
                context.error(
                    Message(
                        nl: "max_share moet tussen 0 en 1 liggen (een deel, zoals 0.5 voor de helft)",
                        en: "max_share must be between 0 and 1 (a share, such as 0.5 for half)"),
                    at: node.location)
                return nil
            }
            return share
        }
        return share.map(MissingDataPolicy.init(maxShare:))
    }

    /// Levels with the place each is written, for diagnostics about their bounds.
    struct LocatedLevels {
        var levels: [Level]
        var locations: [FileLocation]
    }

    func decodeLevels(_ node: Node, language: String) -> LocatedLevels? {
        guard let items = context.sequence(node, "levels") else { return nil }
        if items.isEmpty { context.error(.mustNotBeEmpty("levels"), at: node.location) }
        var levels: [Level] = []
        var placed: [(String, FileLocation)] = []
        for item in items {
            guard let fields = FieldReader(item, Subject(nl: "een niveau", en: "a level"), keys: Self.levelKeys, context: context) else { continue }
            let id = fields.required("id") { context.identifier($0, Subject(nl: "niveau-id", en: "level id")) }
            let label = fields.required("label") { context.text($0, "label", language: language) }
            let min = fields.optional("min") { context.number($0, "min") }
            let below = fields.optional("below") { context.number($0, "below") }
            let max = fields.optional("max") { context.number($0, "max") }
            if below != nil, max != nil, let location = fields.keyLocation("max") {
                context.error(
                    Message(
                        nl: "een niveau heeft ‘below’ (tot) of ‘max’ (tot en met), niet allebei",
                        en: "a level has either 'below' (exclusive) or 'max' (inclusive), not both"),
                    at: location)
            }
            let upper: Level.UpperBound = below.map { .below($0) } ?? max.map { .max($0) } ?? .none
            if let min, let upperValue = below ?? max, upperValue < min || (below != nil && upperValue == min) {
                context.error(
                    Message(
                        nl: "niveau ‘\(id ?? "?")’ is leeg: de bovengrens ligt niet boven de min",
                        en: "level '\(id ?? "?")' is empty: its upper bound is not above its min"),
                    at: item.location)
            }
            if let id, let label {
                levels.append(Level(id: id, label: label, min: min, upper: upper))
                placed.append((id, item.location))
            }
        }
        checkUnique(placed, what: Message(nl: "niveau-id", en: "level id"))
        return LocatedLevels(levels: levels, locations: placed.map(\.1))
    }

    private func decodeFindings(_ node: Node) -> FindingSettings? {
        guard let fields = FieldReader(node, "findings", keys: Self.findingKeys, context: context) else { return nil }
        var settings = FindingSettings()
        func threshold(_ key: String, _ current: Double?) -> Double? {
            guard let node = fields[key] else { return current }
            if node.scalar?.bool == false { return nil }
            return context.number(
                node, Subject(nl: "\(key) (een getal, of false om het uit te zetten)", en: "\(key) (a number, or false to switch it off)")) ?? current
        }
        settings.developmentBelow = threshold("development_below", settings.developmentBelow)
        settings.strengthFrom = threshold("strength_from", settings.strengthFrom)
        settings.disagreementStdev = threshold("disagreement_stdev", settings.disagreementStdev)
        settings.disagreementRange = threshold("disagreement_range", settings.disagreementRange)
        settings.roleGap = threshold("role_gap", settings.roleGap)
        settings.kernLowest = fields.optional("kern_lowest") { context.bool($0, "kern_lowest") } ?? true
        settings.lowTheme = fields.optional("low_theme") { context.oneOf($0, "low_theme", as: FindingSettings.LowTheme.self) } ?? .conversationPoint
        if let group = fields.optional("minimum_group", { context.integer($0, "minimum_group") }) {
            if group < 1 {
                context.error(
                    Message(nl: "minimum_group moet minstens 1 zijn", en: "minimum_group must be at least 1"), at: fields["minimum_group"]?.location)
            } else {
                settings.minimumGroup = group
            }
        }
        if let boards = fields.optional("minimum_boards", { context.integer($0, "minimum_boards") }) {
            if boards < 2 {
                context.error(
                    Message(
                        nl: "minimum_boards moet minstens 2 zijn, zodat nooit het cijfer van één bestuur te zien is",
                        en: "minimum_boards must be at least 2, so that no single board's figure is shown"),
                    at: fields["minimum_boards"]?.location)
            } else {
                settings.minimumBoards = boards
            }
        }
        if let development = settings.developmentBelow, let strength = settings.strengthFrom, strength < development {
            context.error(
                Message(
                    nl:
                        "strength_from (\(NumberText.format(strength))) ligt onder development_below (\(NumberText.format(development))): een thema zou allebei zijn",
                    en:
                        "strength_from (\(NumberText.format(strength))) is below development_below (\(NumberText.format(development))): a theme would be both"
                ),
                at: fields.keyLocation("strength_from"))
        }
        return settings
    }

    // MARK: Themes and questions

    static let themeKeys = ["id", "title", "description", "weight", "method", "levels", "roles", "action", "questions"]
    static let questionKeys = [
        "id", "text", "type", "scale", "options", "min", "max", "help", "required", "kern", "note", "evidence",
        "weight", "show_if", "roles", "action",
    ]
    /// The keys of `note` or `evidence` written as a mapping.
    static let remarkKeys = ["required", "for"]

    private func decodeTheme(_ node: Node, into draft: inout Draft, language: String) -> Theme? {
        guard let fields = FieldReader(node, Subject(nl: "een thema", en: "a theme"), keys: Self.themeKeys, context: context) else { return nil }
        let id = fields.required("id") { context.identifier($0, Subject(nl: "thema-id", en: "theme id")) }
        if let id, let location = fields["id"]?.location {
            if let first = draft.locations["theme:\(id)"] {
                context.error(
                    Message(nl: "thema-id ‘\(id)’ staat er twee keer", en: "duplicate theme id '\(id)'"), at: location,
                    notes: [.init(.firstDefinedHere, at: first)])
            }
            draft.locations["theme:\(id)"] = location
        }
        let title = fields.required("title") { context.text($0, "title", language: language) }
        let description = fields.optional("description") { context.text($0, "description", language: language) }
        let weight = fields.optional("weight") { context.nonNegativeNumber($0, "weight") } ?? 1
        let method = fields.optional("method") { context.oneOf($0, "method", as: ScoringMethod.self) }
        let located = fields.optional("levels") { decodeLevels($0, language: language) }
        let levels = located?.levels
        if let id, let located { draft.levelLocations["theme:\(id)"] = located.locations }
        let roles = fields.optional("roles") { decodeRoleList($0, declared: draft.roles) }
        let action = fields.optional("action") { context.text($0, "action", language: language) }
        var questions: [Question] = []
        if let items = fields.required("questions", { context.sequence($0, "questions") }) {
            if items.isEmpty {
                context.error(
                    Message(nl: "een thema heeft minstens één vraag nodig", en: "a theme needs at least one question"),
                    at: fields["questions"]?.location)
            }
            for item in items {
                if var question = decodeQuestion(item, theme: id ?? "?", into: &draft, language: language) {
                    question.roles = question.roles ?? roles
                    questions.append(question)
                }
            }
        }
        guard let id, let title else { return nil }
        var theme = Theme(
            id: id, title: title, description: description, weight: weight, method: method, levels: levels,
            questions: questions, roles: roles)
        theme.action = action
        return theme
    }

    private func decodeQuestion(_ node: Node, theme: String, into draft: inout Draft, language: String) -> Question? {
        guard let fields = FieldReader(node, Subject(nl: "een vraag", en: "a question"), keys: Self.questionKeys, context: context) else {
            return nil
        }
        let id = fields.required("id") { context.identifier($0, Subject(nl: "vraag-id", en: "question id")) }
        let text = fields.required("text") { context.text($0, "text", language: language) }
        let help = fields.optional("help") { context.text($0, "help", language: language) }
        let type = fields.optional("type") { context.oneOf($0, "type", as: QuestionType.self) } ?? .scale
        let kind = decodeKind(type, fields: fields, scales: draft.scales, language: language)
        let required = fields.optional("required") { context.bool($0, "required") } ?? (type != .text)
        let kern = fields.optional("kern") { context.bool($0, "kern") } ?? false
        let note = fields.optional("note") { decodeRemark($0, "note", kind: kind, type: type) }
        let evidence = fields.optional("evidence") { decodeRemark($0, "evidence", kind: kind, type: type) }
        let weight = fields.optional("weight") { context.nonNegativeNumber($0, "weight") } ?? 1
        if kern, let kind, kind.options.lowestValue == nil, let location = fields.keyLocation("kern") {
            context.error(
                Message(
                    nl: "alleen een vraag met een score kan kern zijn; een vraag van type \(type.rawValue) heeft geen laagste waarde",
                    en: "only a question that scores can be kern; a \(type.rawValue) question has no lowest value"),
                at: location)
        }
        guard let id, let text, let kind else { return nil }
        let questionID = QuestionID(theme: theme, question: id)
        if let location = fields["id"]?.location {
            if let first = draft.locations["question:\(questionID)"] {
                context.error(
                    Message(nl: "vraag-id ‘\(id)’ staat er twee keer in thema ‘\(theme)’", en: "duplicate question id '\(id)' in theme '\(theme)'"),
                    at: location, notes: [.init(.firstDefinedHere, at: first)])
            }
            draft.locations["question:\(questionID)"] = location
        }
        if let showIf = fields["show_if"] { draft.showIf[questionID] = showIf }
        let roles = fields.optional("roles") { decodeRoleList($0, declared: draft.roles) }
        var question = Question(
            id: questionID, text: text, help: help, kind: kind, required: required, kern: kern,
            note: note?.requirement ?? .optional, evidence: evidence?.requirement ?? .none, weight: weight,
            roles: roles, noteFor: note?.keys, evidenceFor: evidence?.keys)
        question.location = fields["id"]?.location
        question.action = fields.optional("action") { context.text($0, "action", language: language) }
        return question
    }

    /// `note` or `evidence`: `none`, `optional` or `required`, or a mapping
    /// `{required: true, for: ["3", "4"]}` that asks it only with those options.
    private func decodeRemark(
        _ node: Node, _ what: Subject, kind: QuestionKind?, type: QuestionType
    ) -> (requirement: Requirement, keys: [String]?)? {
        guard node.mapping != nil else {
            return context.oneOf(node, what, as: Requirement.self).map { ($0, nil) }
        }
        guard let fields = FieldReader(node, what, keys: Self.remarkKeys, context: context) else { return nil }
        let required = fields.optional("required") { context.bool($0, "required") } ?? false
        let keys = fields.optional("for") { node -> [String]? in
            let inWhat = Subject(nl: "‘for’ in \(what.nl)", en: "'for' in \(what.en)")
            guard let items = context.sequence(node, inWhat) else { return nil }
            if items.isEmpty {
                context.error(
                    Message(nl: "\(inWhat.nl) noemt geen enkele optiesleutel", en: "\(inWhat.en) needs at least one option key"), at: node.location)
            }
            guard let kind else { return items.compactMap { context.string($0, .anOptionKey) } }
            let options = kind.options.map(\.key)
            guard !options.isEmpty else {
                context.error(
                    Message(
                        nl:
                            "\(inWhat.nl) noemt opties, maar een vraag van type \(type.rawValue) heeft er geen; schrijf \(what.nl): required of optional",
                        en: "\(inWhat.en) names options, but a \(type.rawValue) question has none; write \(what.en): required or optional"),
                    at: fields.keyLocation("for"))
                return nil
            }
            var keys: [String] = []
            for item in items {
                guard let key = context.nonEmptyString(item, .anOptionKey) else { continue }
                if !options.contains(key) {
                    context.error(
                        Message(
                            nl: "\(what.nl) wordt gevraagd bij optie ‘\(key)’, maar die optie heeft de vraag niet",
                            en: "\(what.en) is asked with option '\(key)', which the question does not have")
                            + Suggestion.didYouMean(key, in: options),
                        at: item.location)
                } else if keys.contains(key) {
                    context.error(
                        Message(nl: "optie ‘\(key)’ staat twee keer in ‘for’", en: "option '\(key)' is named twice in 'for'"), at: item.location)
                } else {
                    keys.append(key)
                }
            }
            return keys
        }
        return (required ? .required : .optional, keys)
    }

    enum QuestionType: String, CaseIterable {
        case scale, choice, multi, yesno, number, text
    }

    private func decodeKind(_ type: QuestionType, fields: FieldReader, scales: [Scale], language: String) -> QuestionKind? {
        let allowed: Set<String> =
            switch type {
            case .scale: ["scale"]
            case .choice, .multi: ["options"]
            case .number: ["min", "max"]
            case .yesno, .text: []
            }
        for key in ["scale", "options", "min", "max"] where !allowed.contains(key) {
            if let location = fields.keyLocation(key) {
                context.error(
                    Message(
                        nl: "‘\(key)’ hoort niet bij een vraag van type \(type.rawValue)",
                        en: "'\(key)' does not apply to a question of type \(type.rawValue)"),
                    at: location)
            }
        }
        switch type {
        case .scale:
            guard let node = fields["scale"] else {
                if scales.count == 1 { return .scale(scales[0]) }
                context.error(
                    Message(
                        nl: "sleutel ‘scale’ ontbreekt in een vraag: de vragenlijst heeft \(scales.count) schalen",
                        en: "missing key 'scale' in a question: the questionnaire has \(scales.count) scales"),
                    at: fields.node.location)
                return nil
            }
            guard let name = context.string(node, "scale") else { return nil }
            guard let scale = scales.first(where: { $0.id == name }) else {
                context.error(
                    Message(nl: "onbekende schaal ‘\(name)’", en: "unknown scale '\(name)'") + context.didYouMean(name, in: scales.map(\.id)),
                    at: node.location)
                return nil
            }
            return .scale(scale)
        case .choice, .multi:
            guard
                let options = fields.required(
                    "options",
                    {
                        decodeOptions(
                            $0, Subject(nl: "de vraag", en: "the question"), language: language, requireValue: false, allowsUnknown: type == .choice)
                    })
            else {
                return nil
            }
            return type == .choice ? .choice(options) : .multi(options)
        case .number:
            let min = fields.optional("min") { context.number($0, "min") }
            let max = fields.optional("max") { context.number($0, "max") }
            if let min, let max, max < min {
                context.error(
                    Message(
                        nl: "max (\(NumberText.format(max))) ligt onder min (\(NumberText.format(min)))",
                        en: "max (\(NumberText.format(max))) is below min (\(NumberText.format(min)))"),
                    at: fields["max"]?.location)
            }
            return .number(min: min, max: max)
        case .yesno:
            return .yesno
        case .text:
            return .text
        }
    }

    // MARK: Rules

    static let ruleKeys = ["id", "theme", "when", "reason", "strength", "development_point", "panel_question"]
    static let developmentPointKeys = ["title", "text", "actions", "priority"]

    private func decodeRule(_ node: Node, language: String) -> RuleDraft? {
        guard let fields = FieldReader(node, Subject(nl: "een regel", en: "a rule"), keys: Self.ruleKeys, context: context) else { return nil }
        let id = fields.required("id") { context.identifier($0, Subject(nl: "regel-id", en: "rule id")) }
        let theme = fields.optional("theme") { context.identifier($0, "theme") }
        let when = fields.required("when") { $0 }
        let strength = fields.optional("strength") { context.text($0, "strength", language: language) }
        let point = fields.optional("development_point") { decodeDevelopmentPoint($0, language: language) }
        let question = fields.optional("panel_question") { context.text($0, "panel_question", language: language) }
        let reason = fields.optional("reason") { context.text($0, "reason", language: language) }
        if !fields.has("strength"), !fields.has("development_point"), !fields.has("panel_question") {
            context.error(
                Message(
                    nl: "regel ‘\(id ?? "?")’ levert niets op: geef hem een strength, een development_point of een panel_question",
                    en: "rule '\(id ?? "?")' yields nothing: give it a strength, a development_point or a panel_question"),
                at: node.location)
        }
        guard let id, let when else { return nil }
        return RuleDraft(
            id: id, theme: theme, themeLocation: fields["theme"]?.location, when: when, strength: strength,
            developmentPoint: point, panelQuestion: question, reason: reason, reasonNode: fields["reason"],
            location: fields["id"]?.location ?? node.location)
    }

    private func decodeDevelopmentPoint(_ node: Node, language: String) -> DevelopmentPointTemplate? {
        guard
            let fields = FieldReader(
                node, Subject(nl: "een ontwikkelpunt", en: "a development point"), keys: Self.developmentPointKeys, context: context)
        else {
            return nil
        }
        let title = fields.required("title") { context.text($0, "title", language: language) }
        let text = fields.optional("text") { context.text($0, "text", language: language) }
        let actions =
            fields.optional("actions") { node in
                context.sequence(node, "actions")?.compactMap { context.text($0, Subject(nl: "een actie", en: "an action"), language: language) }
            } ?? []
        let priority = fields.optional("priority") { context.oneOf($0, "priority", as: Priority.self) } ?? .midden
        guard let title else { return nil }
        return DevelopmentPointTemplate(title: title, text: text, actions: actions, priority: priority)
    }

    // MARK: Helpers

    /// `what` names the id: "rule id" / "regel-id".
    private func checkUnique(_ items: [(String, FileLocation)], what: Message) {
        var seen: [String: FileLocation] = [:]
        for (id, location) in items {
            if let first = seen[id] {
                context.error(
                    Message(nl: "\(what.nl) ‘\(id)’ staat er twee keer", en: "duplicate \(what.en) '\(id)'"), at: location,
                    notes: [.init(.firstDefinedHere, at: first)])
            } else {
                seen[id] = location
            }
        }
    }
}

extension Questionnaire {
    /// The identifying fields of a questionnaire, decoded before its contents.
    struct Identity {
        var id: String
        var version: SemanticVersion
        var title: LocalizedText
        var safeguard: Int?
        var language: String
        var languages: [String]
        var description: LocalizedText?
        var weight: Double
    }
}

extension DecodingContext.Subject {
    static let anOptionKey = DecodingContext.Subject(nl: "een optiesleutel", en: "an option key")
}

extension Message {
    static let firstDefinedHere = Message(nl: "staat hier voor het eerst", en: "first defined here")
}
