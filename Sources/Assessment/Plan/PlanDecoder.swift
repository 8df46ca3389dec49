import Diagnostics
import Questionnaire
import YAML

/// Decodes the node tree of one plan file.
struct PlanDecoder {
    typealias Subject = DecodingContext.Subject

    let context: DecodingContext

    static let topLevelKeys = ["board", "based_on", "entries"]
    static let basisKeys = ["date", "respondents", "questionnaires", "answers", "digest"]
    static let sourceKeys = ["id", "version"]
    static let entryKeys = [
        "id", "covers", "questionnaire", "safeguard", "theme", "title", "priority", "reason", "speerpunt", "goal",
        "success_criterion",
        "actions", "evaluation", "status", "vanished", "notes",
    ]
    static let actionKeys = ["description", "owner", "start", "end", "resources"]

    func decode(_ root: Node) -> ActionPlan? {
        guard let fields = FieldReader(root, Subject(nl: "het plan", en: "the plan"), keys: Self.topLevelKeys, context: context) else { return nil }
        let board = fields.required("board") { filledIn($0, Subject(nl: "het bestuur", en: "the board")) }
        let basis = fields.required("based_on") { decodeBasis($0) }
        let entries = fields.required("entries") { node -> [PlanEntry]? in
            if node.scalar?.isNull == true { return [] }
            guard let items = context.sequence(node, "entries") else { return nil }
            var seen: [String: FileLocation] = [:]
            return items.compactMap { item -> PlanEntry? in
                guard let entry = decodeEntry(item) else { return nil }
                let location = entry.locations.value("id")
                if let first = seen[entry.id] {
                    context.error(
                        Message(nl: "punt-id ‘\(entry.id)’ wordt twee keer gebruikt", en: "entry id '\(entry.id)' is used twice"), at: location,
                        notes: [.init(Message(nl: "hier voor het eerst gebruikt", en: "first used here"), at: first)])
                    return nil
                }
                seen[entry.id] = location ?? item.location
                return entry
            }
        }
        guard let board, let basis, let entries else { return nil }
        return ActionPlan(board: board, basis: basis, entries: entries, locations: locations(fields))
    }

    // MARK: based_on

    private func decodeBasis(_ node: Node) -> PlanBasis? {
        guard let fields = FieldReader(node, "based_on", keys: Self.basisKeys, context: context) else { return nil }
        let date = fields.optional("date") { self.date($0, Subject(nl: "de datum van het zelfassessment", en: "the date of the self-assessment")) }
        let respondents = fields.optional("respondents") { node -> Int? in
            guard let count = context.integer(node, "respondents") else { return nil }
            guard count >= 0 else {
                context.error(Message(nl: "respondents mag niet negatief zijn", en: "respondents must not be negative"), at: node.location)
                return nil
            }
            return count
        }
        let questionnaires = fields.required("questionnaires") { node -> [PlanBasis.Source]? in
            guard let items = context.sequence(node, "questionnaires") else { return nil }
            return items.compactMap(decodeSource)
        }
        let answers =
            fields.optional("answers") { node -> [String]? in
                if node.scalar?.isNull == true { return [] }
                return context.sequence(node, "answers")?.compactMap {
                    context.nonEmptyString($0, Subject(nl: "de naam van een antwoordbestand", en: "an answers file name"))
                }
            } ?? []
        let digest = fields.required("digest") { node -> String? in
            guard let text = context.string(node, "digest") else { return nil }
            let hex = text.dropFirst("sha256:".count)
            guard text.hasPrefix("sha256:"), hex.count == 64, hex.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                context.error(
                    Message(
                        nl: "digest moet ‘sha256:’ met 64 hexadecimale cijfers in kleine letters zijn, zoals waarborg hem schreef",
                        en: "digest must be 'sha256:' and 64 lowercase hexadecimal digits, as waarborg wrote it"),
                    at: node.location)
                return nil
            }
            return text
        }
        guard let questionnaires, let digest else { return nil }
        return PlanBasis(
            date: date, respondents: respondents, questionnaires: questionnaires, answers: answers, digest: digest,
            locations: locations(fields))
    }

    private func decodeSource(_ node: Node) -> PlanBasis.Source? {
        guard
            let fields = FieldReader(
                node, Subject(nl: "een vragenlijst van based_on", en: "a questionnaire of based_on"), keys: Self.sourceKeys, context: context)
        else {
            return nil
        }
        let id = fields.required("id") { context.identifier($0, Subject(nl: "het id van de vragenlijst", en: "the questionnaire id")) }
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
        guard let id, let version else { return nil }
        return PlanBasis.Source(id: id, version: version, locations: locations(fields))
    }

    // MARK: Entries

    private func decodeEntry(_ node: Node) -> PlanEntry? {
        guard let fields = FieldReader(node, Subject(nl: "een punt", en: "an entry"), keys: Self.entryKeys, context: context) else { return nil }
        let id = fields.required("id") { node -> String? in
            guard let text = context.nonEmptyString(node, Subject(nl: "het id van het punt", en: "the entry's id")) else { return nil }
            guard !text.contains(where: { $0.isNewline }) else {
                context.error(Message(nl: "het id van het punt moet op één regel staan", en: "the entry's id must be one line"), at: node.location)
                return nil
            }
            return text
        }
        let covers =
            fields.optional("covers") { node -> [String]? in
                if node.scalar?.isNull == true { return [] }
                if let items = node.sequence {
                    return items.compactMap { context.nonEmptyString($0, Subject(nl: "een id in covers", en: "an id in covers")) }
                }
                guard node.scalar != nil else {
                    context.error(
                        .mustBe("covers", Message(nl: "een punt-id of een lijst daarvan", en: "an entry id or a list of them"), not: node),
                        at: node.location)
                    return nil
                }
                return context.nonEmptyString(node, "covers").map { [$0] }
            } ?? []
        let questionnaire = fields.optional("questionnaire") {
            optional($0) { context.identifier($0, Subject(nl: "het id van de vragenlijst", en: "the questionnaire id")) }
        }
        let safeguard = fields.optional("safeguard") { node in
            optional(node) { node -> Int? in
                guard let number = context.integer(node, "safeguard") else { return nil }
                guard (1...9).contains(number) else {
                    context.error(
                        Message(
                            nl: "safeguard moet het nummer van een waarborg zijn, van 1 tot en met 9",
                            en: "safeguard must be the number of a safeguard, from 1 to 9"),
                        at: node.location)
                    return nil
                }
                return number
            }
        }
        let theme = fields.optional("theme") { optional($0) { context.identifier($0, Subject(nl: "het thema-id", en: "the theme id")) } }
        let title = fields.required("title") { filledIn($0, Subject(nl: "de titel van het punt", en: "the entry's title")) }
        let priority = fields.optional("priority") { optional($0) { context.oneOf($0, "priority", as: Priority.self) } }
        let reason =
            fields.optional("reason") { node -> [String]? in
                if node.scalar?.isNull == true { return [] }
                if let items = node.sequence { return items.compactMap { text($0, Subject(nl: "een reden", en: "a reason")) } }
                guard node.scalar != nil else {
                    context.error(
                        .mustBe("reason", Message(nl: "een tekst of een lijst van teksten", en: "a text or a list of texts"), not: node),
                        at: node.location)
                    return nil
                }
                return text(node, "reason").map { [$0] }
            } ?? []
        let speerpunt = fields.optional("speerpunt") { optional($0) { context.bool($0, "speerpunt") } } ?? false
        let goal = fields.optional("goal") { text($0, Subject(nl: "het doel", en: "the goal")) }
        let criterion = fields.optional("success_criterion") { text($0, Subject(nl: "het succescriterium", en: "the success criterion")) }
        let actions =
            fields.optional("actions") { node -> [PlanAction]? in
                if node.scalar?.isNull == true { return [] }
                return context.sequence(node, "actions")?.compactMap(decodeAction)
            } ?? []
        let evaluation = fields.optional("evaluation") { moment($0) }
        let status = fields.optional("status") { optional($0) { self.status($0) } } ?? PlanStatus.open
        let vanished = fields.optional("vanished") { date($0, "vanished") }
        let notes = fields.optional("notes") { text($0, Subject(nl: "de notities", en: "the notes")) }
        guard let id, let title else { return nil }
        return PlanEntry(
            id: id, covers: covers, questionnaire: questionnaire, safeguard: safeguard, theme: theme, title: title, reason: reason,
            priority: priority, speerpunt: speerpunt, goal: goal, successCriterion: criterion, actions: actions, evaluation: evaluation,
            status: status, vanished: vanished, notes: notes, locations: locations(fields))
    }

    private func decodeAction(_ node: Node) -> PlanAction? {
        if node.scalar.map({ !$0.isNull }) == true, let description = text(node, .anAction) {
            // `- Bespreek de visie` is an action with only its description.
            var locations = FieldLocations(start: node.location)
            locations.record("description", key: node.location, value: node.location)
            return PlanAction(description: description, locations: locations)
        }
        guard let fields = FieldReader(node, .anAction, keys: Self.actionKeys, context: context) else { return nil }
        return PlanAction(
            description: fields.optional("description") { text($0, Subject(nl: "de omschrijving van de actie", en: "the action's description")) },
            owner: fields.optional("owner") { text($0, Subject(nl: "de eigenaar", en: "the owner")) },
            start: fields.optional("start") { date($0, "start") },
            end: fields.optional("end") { date($0, "end") },
            resources: fields.optional("resources") { text($0, Subject(nl: "de middelen", en: "the resources")) },
            locations: locations(fields))
    }

    // MARK: Values

    /// Nil for an empty (null) value, else the decoded value.
    private func optional<T>(_ node: Node, _ decode: (Node) -> T?) -> T? {
        node.scalar?.isNull == true ? nil : decode(node)
    }

    /// A text the board may leave empty: nil for null or only whitespace.
    private func text(_ node: Node, _ what: Subject) -> String? { context.optionalText(node, what) }

    /// A text that must be there.
    private func filledIn(_ node: Node, _ what: Subject) -> String? {
        if let scalar = node.scalar, scalar.isNull || scalar.text.allSatisfy(\.isWhitespace) {
            context.error(Message(nl: "\(what.nl) is niet ingevuld", en: "\(what.en) is not filled in"), at: node.location)
            return nil
        }
        return context.string(node, what)
    }

    /// An ISO date, or nil for an empty value.
    private func date(_ node: Node, _ what: Subject) -> PlanDate? { context.planDate(node, what) }

    /// An evaluation moment: a date when it is written like one, else words.
    private func moment(_ node: Node) -> PlanMoment? {
        guard let text = text(node, .theEvaluation) else { return nil }
        if let date = PlanDate(text) { return .date(date) }
        if Self.looksLikeDate(text) {
            context.error(Self.badDate(text, .theEvaluation), at: node.location)
            return nil
        }
        return .text(text)
    }

    private func status(_ node: Node) -> PlanStatus? {
        guard let text = context.string(node, "status") else { return nil }
        if let status = PlanStatus(rawValue: text) { return status }
        let choices = PlanStatus.allCases.map(\.rawValue)
        let lowered = text.lowercased()
        let meant =
            Self.statusSynonyms[lowered]?.rawValue
            ?? choices.first { $0.hasPrefix(lowered) && lowered.count >= 3 }
            ?? Suggestion.closest(to: text, in: choices)
        let hint = meant.map { Message(nl: "; bedoel je ‘\($0)’?", en: "; did you mean '\($0)'?") } ?? .empty
        context.error(
            Message(
                nl: "status moet een van deze zijn: \(choices.map { "‘\($0)’" }.joined(separator: ", ")), niet ‘\(text)’",
                en: "status must be one of \(choices.map { "'\($0)'" }.joined(separator: ", ")), not '\(text)'") + hint,
            at: node.location)
        return nil
    }

    /// Words people write for a status, in Dutch and English.
    static let statusSynonyms: [String: PlanStatus] = [
        "gestart": .lopend, "bezig": .lopend, "in uitvoering": .lopend, "ongoing": .lopend, "in progress": .lopend,
        "started": .lopend, "klaar": .afgerond, "gereed": .afgerond, "af": .afgerond, "done": .afgerond,
        "completed": .afgerond, "finished": .afgerond, "geschrapt": .vervallen, "vervalt": .vervallen,
        "dropped": .vervallen, "cancelled": .vervallen, "canceled": .vervallen, "todo": .open, "nieuw": .open,
        "new": .open, "niet gestart": .open, "not started": .open,
    ]

    static func badDate(_ text: String, _ what: Subject) -> Message {
        if let suggestion = PlanDate.suggestion(for: text) {
            return Message(
                nl: "\(what.nl) ‘\(text)’ moet een ISO-datum zijn; bedoel je \(suggestion)?",
                en: "\(what.en) '\(text)' must be an ISO date; did you mean \(suggestion)?")
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts.map(\.count) == [4, 2, 2], looksLikeDate(text) {
            return Message(
                nl: "\(what.nl) ‘\(text)’ is geen dag in de kalender; schrijf datums als 2027-03-01",
                en: "\(what.en) '\(text)' is not a day in the calendar; write dates as 2027-03-01")
        }
        return Message(
            nl: "\(what.nl) ‘\(text)’ moet een datum zijn, geschreven als 2027-03-01",
            en: "\(what.en) '\(text)' must be a date written as 2027-03-01")
    }

    /// Digits with `-`, `/` or `.` between them: meant as a date.
    static func looksLikeDate(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber else { return false }
        let separators = text.filter { $0 == "-" || $0 == "/" || $0 == "." }.count
        return separators >= 2 && text.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == "/" || $0 == "." }
    }

    private func locations(_ fields: FieldReader) -> FieldLocations { FieldLocations(fields) }
}

extension DecodingContext.Subject {
    fileprivate static let anAction = DecodingContext.Subject(nl: "een actie", en: "an action")
    fileprivate static let theEvaluation = DecodingContext.Subject(nl: "het evaluatiemoment", en: "the evaluation")
}
