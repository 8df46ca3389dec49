import Diagnostics
import Questionnaire
import RuleLanguage
import YAML

/// Decodes and checks the node tree of one answers file.
final class AnswersTreeDecoder<Resolver: QuestionnaireResolver> {
    typealias Subject = DecodingContext.Subject

    let context: DecodingContext
    let resolver: Resolver
    private(set) var questionnaires: [Questionnaire] = []

    static var topLevelKeys: [String] { TopLevelKey.names }
    static var respondentKeys: [String] { RespondentKey.names }
    static var responseKeys: [String] { ResponseKey.names }
    static var answerKeys: [String] { AnswerKey.names }

    init(context: DecodingContext, resolver: Resolver) {
        self.context = context
        self.resolver = resolver
    }

    func decode(_ root: Node) -> AnswersFile? {
        guard let fields = FieldReader(root, Subject(nl: "het antwoordbestand", en: "the answers file"), keys: Self.topLevelKeys, context: context)
        else { return nil }
        let respondent = fields.required("respondent") { decodeRespondent($0) }
        let started = fields.optional("started") { timestamp($0, "started") }
        let updated = fields.optional("updated") { timestamp($0, "updated") }
        let roleNode = fields["respondent"]?.mapping?["role"]
        let responses =
            fields.required("questionnaires") { node -> [Response]? in
                if node.scalar?.isNull == true { return [] }
                guard let items = context.sequence(node, "questionnaires") else { return nil }
                var seen: [String: FileLocation] = [:]
                return items.compactMap { item -> Response? in
                    guard let (response, location) = decodeResponse(item, role: respondent?.askedRole) else { return nil }
                    if let first = seen[response.questionnaire] {
                        context.error(
                            Message(
                                nl: "‘\(response.questionnaire)’ is twee keer beantwoord in dit bestand",
                                en: "'\(response.questionnaire)' is answered twice in this file"),
                            at: location, notes: [.init(Message(nl: "hier voor het eerst beantwoord", en: "first answered here"), at: first)])
                        return nil
                    }
                    seen[response.questionnaire] = location
                    return response
                }
            } ?? []
        if let respondent, !respondent.isConsensus, let roleNode { checkRole(respondent.role, at: roleNode.location) }
        guard let respondent else { return nil }
        return AnswersFile(respondent: respondent, started: started, updated: updated, responses: responses)
    }

    // MARK: Respondent

    private func decodeRespondent(_ node: Node) -> Respondent? {
        guard let fields = FieldReader(node, "respondent", keys: Self.respondentKeys, context: context) else { return nil }
        let name = fields.required("name") { filledIn($0, Subject(nl: "de naam van de respondent", en: "the respondent's name")) }
        let kind =
            fields.optional("kind") { node -> Respondent.Kind? in
                guard let text = context.string(node, "kind") else { return nil }
                guard let kind = Respondent.Kind(rawValue: text) else {
                    let kinds = Respondent.Kind.allCases.map(\.rawValue)
                    context.error(
                        Message(nl: "kind ‘\(text)’ bestaat niet", en: "kind '\(text)' does not exist") + Suggestion.didYouMean(text, in: kinds)
                            + Message(
                                nl: " (consensus voor het gezamenlijke zelfassessment van het bestuur, individual of weglaten voor één persoon)",
                                en: " (consensus for the board's joint self-assessment, individual or left out for one person)"),
                        at: node.location)
                    return nil
                }
                return kind
            } ?? .individual
        let role: String?
        if kind == .consensus {
            if let node = fields["role"] {
                context.error(
                    Message(
                        nl:
                            "een gezamenlijk zelfassessment (kind: consensus) heeft geen rol: het beantwoordt de vragen van alle rollen; haal ‘role’ weg",
                        en: "a joint self-assessment (kind: consensus) has no role: it answers the questions of every role; remove 'role'"),
                    at: fields.keyLocation("role") ?? node.location)
            }
            role = ""
        } else {
            role = fields.required("role") { filledIn($0, Subject(nl: "de rol van de respondent", en: "the respondent's role")) }
        }
        let organisation = fields.required("organisation") { filledIn($0, Subject(nl: "het bestuur (organisation)", en: "the board (organisation)")) }
        let school = fields.optional("school") { node -> String? in
            if node.scalar?.isNull == true { return nil }
            return context.string(node, "school").flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        }
        guard let name, let role, let organisation else { return nil }
        return Respondent(name: name, role: role, organisation: organisation, school: school, kind: kind)
    }

    /// A text the respondent must fill in; an empty value says so.
    private func filledIn(_ node: Node, _ what: Subject) -> String? {
        if let scalar = node.scalar, scalar.isNull || scalar.text.allSatisfy(\.isWhitespace) {
            context.error(Message(nl: "\(what.nl) is niet ingevuld", en: "\(what.en) is not filled in"), at: node.location)
            return nil
        }
        return context.string(node, what)
    }

    /// Checks the role against the roles of every questionnaire the file answers.
    private func checkRole(_ role: String, at location: FileLocation) {
        guard let roles = AnswerRules.rolesLacking(role, in: questionnaires) else { return }
        let ids = roles.map(\.id)
        let list = ids.joined(separator: ", ")
        context.error(
            Message(nl: "onbekende rol ‘\(role)’", en: "unknown role '\(role)'") + Suggestion.didYouMean(role, in: ids)
                + Message(nl: " (rollen: \(list))", en: " (roles: \(list))"),
            at: location)
    }

    private func timestamp(_ node: Node, _ what: Subject) -> String? {
        guard let text = context.string(node, what) else { return nil }
        guard Timestamp.isValid(text) else {
            context.error(
                Message(
                    nl: "\(what.nl) ‘\(text)’ moet een ISO 8601-tijd zijn, zoals 2025-03-14T09:30:00Z",
                    en: "\(what.en) '\(text)' must be an ISO 8601 time such as 2025-03-14T09:30:00Z"),
                at: node.location)
            return nil
        }
        return text
    }

    // MARK: Responses

    private func decodeResponse(_ node: Node, role: String?) -> (Response, FileLocation)? {
        guard let fields = FieldReader(node, Subject(nl: "een vragenlijst", en: "a questionnaire entry"), keys: Self.responseKeys, context: context)
        else {
            return nil
        }
        let idNode = fields["questionnaire"]
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
        let digestNode = fields["digest"]
        let digest = fields.optional("digest") { node -> String? in
            guard let text = context.string(node, "digest") else { return nil }
            guard QuestionnaireDigest.isWellFormed(text) else {
                context.error(
                    Message(nl: "digest moet ‘sha256:’ met 64 hexadecimale cijfers zijn", en: "digest must be 'sha256:' and 64 hexadecimal digits"),
                    at: node.location)
                return nil
            }
            return text
        }
        guard let id, let version, let idNode else { return nil }
        let versionLocation = fields["version"]?.location ?? idNode.location

        let questionnaire: Questionnaire
        switch resolver.resolve(id, version: version) {
        case .found(let found):
            questionnaire = found
        case .unknownQuestionnaire(let known):
            let list = known.joined(separator: ", ")
            context.error(
                Message(nl: "onbekende vragenlijst ‘\(id)’", en: "unknown questionnaire '\(id)'") + Suggestion.didYouMean(id, in: known)
                    + (known.isEmpty
                        ? Message(nl: "; er zijn geen vragenlijsten beschikbaar", en: "; no questionnaires are available")
                        : Message(nl: " (beschikbaar: \(list))", en: " (available: \(list))")),
                at: idNode.location)
            return nil
        case .unknownVersion(let known):
            let versions = known.map(\.description)
            let list = versions.joined(separator: ", ")
            context.error(
                Message(nl: "‘\(id)’ heeft geen versie \(version)", en: "'\(id)' has no version \(version)")
                    + Suggestion.didYouMean(version.description, in: versions)
                    + Message(nl: " (versies: \(list))", en: " (versions: \(list))"),
                at: versionLocation)
            return nil
        case .unusable(let reason):
            context.error(
                Message(
                    nl: "vragenlijst \(id)@\(version) is niet te gebruiken: \(reason.nl)",
                    en: "questionnaire \(id)@\(version) cannot be used: \(reason.en)"),
                at: idNode.location)
            return nil
        }
        questionnaires.append(questionnaire)
        if let digestNode, !AnswerRules.digestMatches(digest, questionnaire) {
            let reference = questionnaire.reference, path = questionnaire.source.path, digest = questionnaire.source.digest.prefix(19)
            context.error(
                Message(
                    nl: "de antwoorden zijn gegeven op een andere tekst van \(reference) dan \(path) (\(digest)…); "
                        + "een gepubliceerde versie mag niet veranderen: vraag de projectgroep welke tekst de goede is",
                    en: "the answers were given to another text of \(reference) than \(path) "
                        + "(\(digest)…); a published version must not change: "
                        + "ask the project group which text is right"),
                at: digestNode.location)
        }

        var response = Response(questionnaire: id, version: version, digest: digest)
        var answerLocations: [QuestionID: FileLocation] = [:]
        var invalid: Set<QuestionID> = []
        if let node = fields["answers"], node.scalar?.isNull != true, let mapping = context.mapping(node, "answers") {
            for entry in mapping.entries {
                guard let question = question(entry.key, in: questionnaire) else { continue }
                answerLocations[question.id] = entry.key.location
                if let answer = decodeAnswer(entry.value, to: question, at: entry.key.location) {
                    response.answers[question.id] = answer
                } else if entry.value.scalar?.isNull != true {
                    invalid.insert(question.id)
                }
            }
        }
        if let node = fields["skipped"], node.scalar?.isNull != true, let items = context.sequence(node, "skipped") {
            for item in items {
                guard let question = question(item, in: questionnaire) else { continue }
                if question.required {
                    context.error(
                        Message(
                            nl:
                                "‘\(question.id)’ is verplicht en kan niet worden overgeslagen; beantwoord de vraag (n.v.t. als die niet van toepassing is) "
                                + "of laat hem weg uit het bestand",
                            en: "'\(question.id)' is required and cannot be skipped; answer it (n.v.t. where it does not apply) "
                                + "or leave it out of the file"),
                        at: item.location)
                } else if response.answers[question.id] != nil {
                    context.error(
                        Message(nl: "‘\(question.id)’ is zowel beantwoord als overgeslagen", en: "'\(question.id)' is both answered and skipped"),
                        at: item.location)
                } else if !response.skipped.insert(question.id).inserted {
                    context.error(
                        Message(nl: "‘\(question.id)’ staat twee keer onder skipped", en: "'\(question.id)' is listed twice under skipped"),
                        at: item.location)
                }
                answerLocations[question.id] = answerLocations[question.id] ?? item.location
            }
        }
        let visibility = Visibility(questionnaire, role: role)
        for id in visibility.hiddenButAnswered(in: response) {
            // An answer that did not decode is reported already; what it hides follows from it.
            let dependsOnInvalid =
                questionnaire.question(id)?.showIf?.expression.referencedNames(of: .question)
                .contains { name in QuestionID(name).map { invalid.contains($0) } ?? false } ?? false
            if dependsOnInvalid { continue }
            let question = questionnaire.question(id)
            let reason =
                visibility.reason(id, in: response).map { reason in
                    question?.isAsked(of: role) == false
                        ? Message(nl: ": \(reason.nl)", en: ": \(reason.en)")
                        : Message(nl: ", want de show_if is niet waar: \(reason.nl)", en: ", because its show_if is false: \(reason.en)")
                } ?? .empty
            let what =
                response.skipped.contains(id)
                ? Message(nl: "is overgeslagen", en: "is skipped") : Message(nl: "is beantwoord", en: "is answered")
            context.error(
                Message(
                    nl: "‘\(id)’ \(what.nl), maar met de andere antwoorden wordt de vraag niet gesteld\(reason.nl)",
                    en: "'\(id)' \(what.en), but the question is not asked with the other answers\(reason.en)"),
                at: answerLocations[id])
        }
        return (response, idNode.location)
    }

    /// The question a key or list item names, reporting ids that are not a question.
    private func question(_ node: Node, in questionnaire: Questionnaire) -> Question? {
        guard let text = context.string(node, Subject(nl: "een vraag-id", en: "a question id")) else { return nil }
        guard let id = QuestionID(text) else {
            let matches =
                context.diagnostics.count < DecodingContext.suggestionLimit
                ? questionnaire.questions.filter { $0.id.question == text }.map(\.id.description) : []
            let hint =
                matches.count == 1
                ? Message(nl: "; bedoel je ‘\(matches[0])’?", en: "; did you mean '\(matches[0])'?")
                : Message(nl: "; schrijf het als thema.vraag", en: "; write it as theme.question")
            context.error(Message(nl: "‘\(text)’ is geen vraag-id", en: "'\(text)' is not a question id") + hint, at: node.location)
            return nil
        }
        guard let question = questionnaire.question(id) else {
            context.error(
                Message(nl: "\(questionnaire.reference) heeft geen vraag ‘\(text)’", en: "\(questionnaire.reference) has no question '\(text)'")
                    + context.didYouMean(text, in: questionnaire.questions.map(\.id.description)),
                at: node.location)
            return nil
        }
        return question
    }

    // MARK: Answers

    /// One answer: a value alone, or a mapping with `value`, `note` and `evidence`.
    /// An empty value means "not answered yet" and gives nil without a diagnostic.
    private func decodeAnswer(_ node: Node, to question: Question, at keyLocation: FileLocation) -> Answer? {
        guard node.mapping != nil else {
            if node.scalar?.isNull == true { return nil }
            guard let value = decodeValue(node, to: question) else { return nil }
            return checked(Answer(value), to: question, at: keyLocation)
        }
        guard let fields = FieldReader(node, .answer(to: question.id), keys: Self.answerKeys, context: context) else {
            return nil
        }
        var remarks: [Remark: String] = [:]
        for remark in Remark.allCases {
            guard let remarkNode = fields[remark.rawValue], remarkNode.scalar?.isNull != true,
                let text = context.string(remarkNode, Subject(remark.withArticle))
            else { continue }
            if remark.requirement(of: question) == .none {
                context.error(
                    Message(
                        nl: "‘\(question.id)’ vraagt geen \(remark.word.nl); laat die weg of zet die bij een andere vraag",
                        en: "'\(question.id)' asks for no \(remark.word.en); leave it out or move it to another question"),
                    at: fields.keyLocation(remark.rawValue))
            } else if !text.allSatisfy(\.isWhitespace) {
                remarks[remark] = text
            }
        }
        guard let valueNode = fields["value"], valueNode.scalar?.isNull != true else {
            if !remarks.isEmpty {
                let given = remarks.keys.sorted { $0.rawValue > $1.rawValue }.map(\.word)
                context.error(
                    Message(
                        nl: "het antwoord op ‘\(question.id)’ heeft een \(given.map(\.nl).joined(separator: " en ")) "
                            + "maar geen waarde; voeg ‘value:’ toe",
                        en: "the answer to '\(question.id)' has a \(given.map(\.en).joined(separator: " and ")) "
                            + "but no value; add 'value:'"),
                    at: node.location)
            }
            return nil
        }
        guard let value = decodeValue(valueNode, to: question) else { return nil }
        let answer = Answer(value, note: remarks[.note], evidence: remarks[.evidence])
        for remark in Remark.allCases where remark.requirement(of: question) != .none && !answer.asks(remark, for: question) {
            guard let remarkNode = fields[remark.rawValue], remarkNode.scalar?.isNull != true, remarkNode.scalar != nil else { continue }
            let keys = remark.condition(of: question) ?? []
            let list = keys.joined(separator: ", ")
            let answers =
                keys.count == 1
                ? Message(nl: "het antwoord \(list)", en: "the answer \(list)") : Message(nl: "de antwoorden \(list)", en: "the answers \(list)")
            context.error(
                Message(
                    nl: "‘\(question.id)’ vraagt alleen \(remark.withArticle.nl) bij \(answers.nl), niet bij \(Self.written(value)); laat die weg",
                    en: "'\(question.id)' asks for \(remark.withArticle.en) only with \(answers.en), not with \(Self.written(value)); leave it out"),
                at: fields.keyLocation(remark.rawValue))
        }
        return checked(answer, to: question, at: keyLocation)
    }

    /// The answer, after reporting the note or evidence it lacks.
    private func checked(_ answer: Answer, to question: Question, at location: FileLocation) -> Answer {
        for remark in answer.missingRemarks(for: question) {
            let example = "{value: \(Self.written(answer.value)), \(remark.rawValue): \"…\"}"
            context.error(
                Message(
                    nl: "‘\(question.id)’ vraagt \(remark.withArticle.nl); schrijf \(example)",
                    en: "'\(question.id)' needs \(remark.withArticle.en); write \(example)"),
                at: location)
        }
        return answer
    }

    private func decodeValue(_ node: Node, to question: Question) -> AnswerValue? {
        let id = question.id
        switch question.kind {
        case .scale, .choice:
            guard let key = optionKey(node, question) else { return nil }
            return .option(key)
        case .multi:
            let items = node.sequence ?? [node]
            var keys: [String] = []
            for item in items {
                guard let key = optionKey(item, question) else { continue }
                if keys.contains(key) {
                    context.error(Message(nl: "optie ‘\(key)’ is twee keer gekozen", en: "option '\(key)' is chosen twice"), at: item.location)
                } else {
                    keys.append(key)
                }
            }
            return .options(keys)
        case .yesno:
            guard let scalar = node.scalar else {
                context.error(
                    Message(
                        nl: "het antwoord op ‘\(id)’ moet ja of nee zijn, niet \(node.kindDescription.nl)",
                        en: "the answer to '\(id)' must be ja or nee, not \(node.kindDescription.en)"),
                    at: node.location)
                return nil
            }
            if let yes = AnswerRules.yesNo(scalar.text) { return .yesno(yes) }
            context.error(
                Message(
                    nl: "het antwoord op ‘\(id)’ moet ja of nee zijn, niet ‘\(scalar.text)’",
                    en: "the answer to '\(id)' must be ja or nee, not '\(scalar.text)'")
                    + Self.yesNoSuggestion(scalar.text),
                at: node.location)
            return nil
        case .number(let min, let max):
            guard let scalar = node.scalar, scalar.style == .plain, let number = scalar.number, number.isFinite else {
                if let scalar = node.scalar, let hint = Self.decimalCommaHint(scalar.text) {
                    context.error(
                        Message(
                            nl: "het antwoord op ‘\(id)’ moet een getal met een decimale punt zijn, niet ‘\(scalar.text)’; \(hint.nl)",
                            en: "the answer to '\(id)' must be a number written with a decimal point, not '\(scalar.text)'; \(hint.en)"),
                        at: node.location)
                    return nil
                }
                context.error(
                    Message(
                        nl: "het antwoord op ‘\(id)’ moet een getal zijn, niet \(node.kindDescription.nl)",
                        en: "the answer to '\(id)' must be a number, not \(node.kindDescription.en)"),
                    at: node.location)
                return nil
            }
            switch AnswerRules.bound(passedBy: number, min: min, max: max) {
            case nil:
                return .number(number)
            case .belowMinimum(let min):
                context.error(
                    Message(
                        nl: "\(scalar.text) ligt onder het minimum \(AnswerValue.format(min)) van ‘\(id)’",
                        en: "\(scalar.text) is below the minimum \(AnswerValue.format(min)) of '\(id)'"),
                    at: node.location)
                return nil
            case .aboveMaximum(let max):
                context.error(
                    Message(
                        nl: "\(scalar.text) ligt boven het maximum \(AnswerValue.format(max)) van ‘\(id)’",
                        en: "\(scalar.text) is above the maximum \(AnswerValue.format(max)) of '\(id)'"),
                    at: node.location)
                return nil
            }
        case .text:
            guard let text = context.string(node, .answer(to: id)) else { return nil }
            guard !text.allSatisfy(\.isWhitespace) else {
                context.error(
                    Message(
                        nl: "het antwoord op ‘\(id)’ is leeg; laat de waarde weg om de vraag open te laten",
                        en: "the answer to '\(id)' is empty; leave the value out to leave it unanswered"),
                    at: node.location)
                return nil
            }
            return .text(text)
        }
    }

    /// An option key of the question; a plain `3` is the key "3".
    private func optionKey(_ node: Node, _ question: Question) -> String? {
        guard let scalar = node.scalar, !scalar.isNull else {
            let what =
                question.kind.name == "multi"
                ? Message(nl: "een lijst van optiesleutels", en: "a list of option keys") : Message(nl: "één optiesleutel", en: "one option key")
            context.error(.mustBe(.answer(to: question.id), what, not: node), at: node.location)
            return nil
        }
        let options = question.kind.options
        let keys = options.map(\.key)
        guard keys.contains(scalar.text) else {
            // An option's label or the usual spelling of n.v.t. names its key; otherwise, as one
            // character is one edit from any other, a single character is matched by case only.
            let suggestion =
                Self.labelSuggestion(scalar.text, options)
                ?? (scalar.text.count > 1
                    ? context.didYouMean(scalar.text, in: keys)
                    : context.didYouMean(scalar.text, in: keys.filter { $0.lowercased() == scalar.text.lowercased() }))
            let list = Self.optionList(options)
            context.error(
                Message(nl: "‘\(scalar.text)’ is geen optie van ‘\(question.id)’", en: "'\(scalar.text)' is not an option of '\(question.id)'")
                    + suggestion + Message(nl: " (opties: \(list))", en: " (options: \(list))"),
                at: node.location)
            return nil
        }
        return scalar.text
    }

    /// `; did you mean '3' (Grotendeels)?` when `text` is an option's label rather than its
    /// key, ignoring case, spaces and dots; `nvt`, `n.v.t.`, `n/a` name the option that has no
    /// value in its scale.
    static func labelSuggestion(_ text: String, _ options: [AnswerOption]) -> Message? {
        func folded(_ text: String) -> String {
            String(text.lowercased().filter { $0.isLetter || $0.isNumber })
        }
        let typed = folded(text)
        guard !typed.isEmpty else { return nil }
        let labelled = options.first { option in
            [folded(option.label.text("nl")), folded(option.label.text("en"))].contains(typed) && folded(option.key) != typed
        }
        let notApplicable =
            ["nvt", "na", "nietvantoepassing", "notapplicable"].contains(typed)
            ? options.first { $0.value == nil } : nil
        guard let option = labelled ?? notApplicable else { return nil }
        let label = option.label.text("nl")
        return Message(nl: "; bedoel je ‘\(option.key)’ (\(label))?", en: "; did you mean '\(option.key)' (\(label))?")
    }

    /// The options as `1 = Nog niet, …, n = Niet van toepassing`; a key alone where it is its label.
    static func optionList(_ options: [AnswerOption]) -> String {
        options.map { option in
            let label = option.label.text("nl")
            return label.lowercased() == option.key.lowercased() ? option.key : "\(option.key) = \(label)"
        }.joined(separator: ", ")
    }

    /// `; did you mean 'ja'?` for `j` and `y`, `'nee'` for `n`, or the closest spelling.
    static func yesNoSuggestion(_ text: String) -> Message {
        switch text.lowercased() {
        case "j", "y": Message(nl: "; bedoel je ‘ja’?", en: "; did you mean 'ja'?")
        case "n": Message(nl: "; bedoel je ‘nee’?", en: "; did you mean 'nee'?")
        default: Suggestion.didYouMean(text.lowercased(), in: ["ja", "nee"])
        }
    }

    /// What to write instead of a number with a decimal comma (`12,5`), or nil when `text`
    /// is not one.
    static func decimalCommaHint(_ text: String) -> Message? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        func digits(_ part: Substring) -> Bool { !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isWholeNumber } }
        guard parts.count == 2, let whole = parts.first, let decimals = parts.last,
            digits(whole.first == "-" ? whole.dropFirst() : whole), digits(decimals)
        else { return nil }
        if decimals.allSatisfy({ $0 == "0" }) {
            return Message(nl: "schrijf \(whole), zonder de decimalen", en: "write \(whole), without the decimals")
        }
        return Message(nl: "gebruik een punt: \(whole).\(decimals)", en: "write \(whole).\(decimals)")
    }

    /// A value as it would be written in the file, for examples in messages.
    static func written(_ value: AnswerValue) -> String {
        switch value {
        case .option(let key): AnswersWriter.keyText(key)
        case .options(let keys): "[" + keys.map(AnswersWriter.keyText).joined(separator: ", ") + "]"
        case .yesno(let yes): yes ? "ja" : "nee"
        case .number(let number): AnswerValue.format(number)
        case .text: "…"
        }
    }
}

extension DecodingContext {
    /// The node as a mapping, reporting anything else.
    fileprivate func mapping(_ node: Node, _ what: Subject) -> Mapping? {
        guard let mapping = node.mapping else {
            error(
                .mustBe(what, Message(nl: "een blok met per vraag-id het antwoord", en: "a mapping of question ids to answers"), not: node),
                at: node.location)
            return nil
        }
        return mapping
    }
}

extension Remark {
    /// The remark's name in messages: "note (toelichting)".
    fileprivate var word: Message {
        switch self {
        case .note: Message(nl: "toelichting (note)", en: "note (toelichting)")
        case .evidence: Message(nl: "onderbouwing (evidence)", en: "evidence (onderbouwing)")
        }
    }

    fileprivate var withArticle: Message {
        switch self {
        case .note: Message(nl: "een toelichting (note)", en: "a note (toelichting)")
        case .evidence: Message(nl: "een onderbouwing (evidence)", en: "evidence (onderbouwing)")
        }
    }
}

extension DecodingContext.Subject {
    /// "the answer to 'theme.question'".
    fileprivate static func answer(to id: QuestionID) -> DecodingContext.Subject {
        DecodingContext.Subject(nl: "het antwoord op ‘\(id)’", en: "the answer to '\(id)'")
    }
}
