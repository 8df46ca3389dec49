public import Questionnaire
public import RuleLanguage

/// Says why a finding arose in sentences a school leader reads without knowing the rule
/// language: "Bij ‘…’ is ‘In ontwikkeling’ geantwoord." instead of
/// `answer(behoud.volgen) = 2 <= 2`.
///
/// A questionnaire rule with its own `reason` is said with that text, its placeholders
/// filled; otherwise each fact is said by what its call means. The expressions stay
/// available as ``Reason/expressions`` for JSON and `--explain`.
public struct ReasonText: Sendable {
    /// Whose answers the facts are about: one respondent's, or a board's together.
    public enum Perspective: Sendable {
        case respondent
        case board
    }

    public let language: String
    public let perspective: Perspective

    public init(language: String, perspective: Perspective) {
        self.language = language
        self.perspective = perspective
    }

    private var nl: Bool { language != "en" }

    /// The sentences that say why `reason` holds, in `questionnaire`'s words.
    public func sentences(for reason: Reason, in questionnaire: Questionnaire?) -> [String] {
        if case .questionnaire(let id) = reason.rule, let questionnaire, !reason.facts.contains(where: Self.isRoleBound),
            let template = questionnaire.rules.first(where: { $0.id == id })?.reason
        {
            return [template.filled(language) { name in placeholder(name, in: reason.facts, questionnaire: questionnaire) }]
        }
        var out: [String] = []
        let facts = reason.facts.filter { !isImplied($0, by: reason.facts) }
        for fact in facts {
            guard let sentence = sentence(for: fact, rule: reason.rule, in: questionnaire), !out.contains(sentence) else { continue }
            out.append(sentence)
        }
        if out.isEmpty, let builtin = reason.rule.builtin { out.append(ruleSentence(builtin)) }
        return out
    }

    /// The sentences of all reasons of a finding, each once.
    public func sentences(for finding: Finding, in questionnaire: Questionnaire?) -> [String] {
        var out: [String] = []
        for reason in finding.reasons {
            for sentence in sentences(for: reason, in: questionnaire) where !out.contains(sentence) { out.append(sentence) }
        }
        return out
    }

    /// A board's fact about a rule that asks for a respondent's role: for whom it fired.
    static func isRoleBound(_ fact: Fact) -> Bool { fact.subject.call?.name == "respondents_matching" }

    /// `answered(q) = true` says nothing another fact about `q` does not say too.
    private func isImplied(_ fact: Fact, by facts: [Fact]) -> Bool {
        guard let call = fact.subject.call, call.name == "answered", fact.subject.value == .bool(true), let subject = call.subject
        else { return false }
        return facts.contains { $0 != fact && $0.subject.call?.subject == subject }
    }

    // MARK: One fact

    private func sentence(for fact: Fact, rule: FindingRule, in questionnaire: Questionnaire?) -> String? {
        guard let call = fact.subject.call else { return nil }
        let value = fact.subject.value
        let bound = fact.other.flatMap { $0.isLiteral ? $0.value : nil }
        switch call.name {
        case "answer":
            guard let questionnaire, let question = question(call, in: questionnaire) else { return nil }
            // The bound the rule compared with, which its firing tells anyway, not the value.
            if withholdsValue(of: fact), question.kind.isScored, let bound = bound?.number, let comparison = fact.comparison {
                let statement = short(question)
                return nl
                    ? "Bij ‘\(statement)’ is gemiddeld \(self.comparison(comparison, bound)) geantwoord."
                    : "‘\(statement)’ was answered \(self.comparison(comparison, bound)) on average."
            }
            return answerSentence(question, value: value, rule: rule)
        case "answered":
            guard let questionnaire, let question = question(call, in: questionnaire) else { return nil }
            let yes = value == .bool(true)
            switch perspective {
            case .respondent:
                return nl ? "‘\(short(question))’ is \(yes ? "" : "nog niet ")beantwoord." : "‘\(short(question))’ was \(yes ? "" : "not ")answered."
            case .board:
                return nl
                    ? "‘\(short(question))’ is \(yes ? "" : "door niemand ")beantwoord."
                    : "‘\(short(question))’ was \(yes ? "" : "not ")answered\(yes ? "" : " by anyone")."
            }
        case "nvt", "unknown":
            guard let questionnaire, let question = question(call, in: questionnaire) else { return nil }
            let what = call.name == "nvt" ? (nl ? "n.v.t." : "n/a") : (nl ? "‘weet ik niet’" : "‘don't know’")
            return choice(short(question), what, yes: value == .bool(true), chosen: false)
        case "selected":
            guard let questionnaire, let question = question(call, in: questionnaire), let key = call.string else { return nil }
            let label = question.kind.options.option(key).map { $0.label.text(language) } ?? key
            return choice(short(question), "‘\(label)’", yes: value == .bool(true), chosen: true)
        case "score":
            guard let number = value.number else { return nil }
            let scope = scopeName(call, in: questionnaire)
            // A board's theme mean may rest on one or two people: the bound it passed, not the mean.
            if withholdsValue(of: fact), let bound = bound?.number {
                return nl ? "\(scope.nl) scoort \(comparison(fact.comparison, bound))." : "\(scope.en) scores \(comparison(fact.comparison, bound))."
            }
            let compared = bound.flatMap { $0.number }.map { " (\(comparison(fact.comparison, $0)))" } ?? ""
            return nl ? "\(scope.nl) scoort \(shown(number))\(compared)." : "\(scope.en) scores \(shown(number))\(compared)."
        case "level":
            guard case .string(let id) = value, let questionnaire else { return nil }
            let label = questionnaire.scoring.levels.first { $0.id == id }?.label.text(language) ?? id
            let scope = scopeName(call, in: questionnaire)
            return nl ? "\(scope.nl) staat op niveau ‘\(label)’." : "\(scope.en) is at level ‘\(label)’."
        case "count_at_most", "count_at_least":
            guard let count = value.number, let limit = call.number else { return nil }
            let scope = scopeName(call, in: questionnaire)
            let total = questions(in: call, questionnaire: questionnaire).filter(\.kind.isScored).count
            let labels = optionLabels(call, atMost: call.name == "count_at_most", limit: limit, in: questionnaire)
            let of = total > 0 ? (nl ? " van de \(total)" : " of the \(total)") : ""
            switch perspective {
            case .respondent:
                return nl
                    ? "\(whole(count))\(of) uitspraken in \(scope.inNL) kregen \(labels)."
                    : "\(whole(count))\(of) statements in \(scope.inEN) got \(labels)."
            case .board:
                let side =
                    call.name == "count_at_most"
                    ? (nl ? "\(shown(limit)) of lager" : "\(shown(limit)) or lower") : (nl ? "\(shown(limit)) of hoger" : "\(shown(limit)) or higher")
                return nl
                    ? "Bij \(whole(count))\(of) uitspraken in \(scope.inNL) is het gemiddelde antwoord \(side)."
                    : "For \(whole(count))\(of) statements in \(scope.inEN) the mean answer is \(side)."
            }
        case "count_unknown", "count_nvt", "count_answered":
            guard let count = value.number else { return nil }
            let scope = scopeName(call, in: questionnaire)
            let total = questions(in: call, questionnaire: questionnaire).count
            let of = total > 0 ? (nl ? " van de \(total)" : " of the \(total)") : ""
            switch call.name {
            case "count_answered":
                return nl
                    ? "\(whole(count))\(of) vragen in \(scope.inNL) zijn beantwoord."
                    : "\(whole(count))\(of) questions in \(scope.inEN) were answered."
            default:
                let what = call.name == "count_nvt" ? (nl ? "n.v.t." : "n/a") : (nl ? "‘weet ik niet’" : "‘don't know’")
                let by = perspective == .board ? (nl ? " door de meerderheid" : " by most respondents") : ""
                return nl
                    ? "Bij \(whole(count))\(of) vragen in \(scope.inNL) is\(by) \(what) geantwoord."
                    : "\(whole(count))\(of) questions in \(scope.inEN) were answered \(what)\(by)."
            }
        case "role":
            guard case .string(let id) = value else { return nil }
            let label = questionnaire?.role(id)?.label.text(language) ?? id
            let equal = fact.comparison != .notEqual
            switch perspective {
            case .respondent:
                return nl
                    ? "U antwoordde \(equal ? "" : "niet ")als \(label.lowercased())."
                    : "You answered \(equal ? "" : "not ")as \(label.lowercased())."
            case .board: return nl ? "Alle respondenten zijn \(label.lowercased())." : "All respondents are \(label.lowercased())."
            }
        case "respondents_matching":
            // The rule id, then the roles it fired for when the privacy rule lets them be named.
            let roles = call.arguments.dropFirst().compactMap { argument -> String? in
                guard case .value(.string(let id)) = argument else { return nil }
                return (questionnaire?.role(id)?.label.text(language) ?? id).lowercased()
            }
            guard let count = value.number, !roles.isEmpty else {
                return nl
                    ? "Deze regel geldt voor een rol en is bij ten minste één respondent van het bestuur van toepassing; wie, staat er niet bij omdat de groep te klein is."
                    : "This rule concerns one role and applies to at least one of the board's respondents; who is not said, as the group is too small."
            }
            let list = roles.joined(separator: nl ? " en " : " and ")
            if count == 1 { return nl ? "Dit volgt uit de antwoorden van de \(list)." : "This follows from the answers of the \(list)." }
            return nl
                ? "Dit volgt uit de antwoorden van \(whole(count)) respondenten (\(list))."
                : "This follows from the answers of \(whole(count)) respondents (\(list))."
        case "respondents":
            guard let count = value.number else { return nil }
            return nl ? "\(whole(count)) respondenten antwoordden." : "\(whole(count)) respondents answered."
        case "spread", "range":
            guard let number = value.number else { return nil }
            let scope = scopeName(call, in: questionnaire)
            let compared = bound.flatMap { $0.number }.map { " (\(comparison(fact.comparison, $0)))" } ?? ""
            if call.name == "range" {
                return nl
                    ? "Het hoogste en het laagste antwoord op \(scope.onNL) liggen \(shown(number)) uit elkaar\(compared)."
                    : "The highest and lowest answers to \(scope.onEN) are \(shown(number)) apart\(compared)."
            }
            return nl
                ? "De antwoorden op \(scope.onNL) lopen uiteen: standaardafwijking \(shown(number))\(compared)."
                : "Answers to \(scope.onEN) differ: standard deviation \(shown(number))\(compared)."
        case "unknown_count":
            guard let count = value.number, let of = fact.other?.value.number else { return nil }
            let scope = scopeName(call, in: questionnaire)
            return nl
                ? "\(whole(count)) van de \(whole(of)) respondenten antwoordden ‘weet ik niet’ op \(scope.onNL)."
                : "\(whole(count)) of \(whole(of)) respondents answered ‘don't know’ to \(scope.onEN)."
        case "gap":
            guard let gap = value.number else { return nil }
            let scope = scopeName(call, in: questionnaire)
            let compared = bound.flatMap { $0.number }.map { " (\(comparison(fact.comparison, $0)))" } ?? ""
            return nl
                ? "Bestuur en scholen liggen bij \(scope.inNL) \(shown(abs(gap))) punt uit elkaar\(compared)."
                : "The board and the schools are \(shown(abs(gap))) points apart on \(scope.inEN)\(compared)."
        case "change":
            guard let now = value.number, let before = fact.other?.value.number else { return nil }
            let scope = scopeName(call, in: questionnaire)
            return nl
                ? "\(scope.nl) scoort nu \(shown(now)), de vorige keer \(shown(before))."
                : "\(scope.en) scores \(shown(now)) now, \(shown(before)) last time."
        default:
            return nil
        }
    }

    /// `what` answered (or, `chosen`, an option chosen) for a statement, or not; by the
    /// respondent, or by most of a board.
    private func choice(_ statement: String, _ what: String, yes: Bool, chosen: Bool) -> String {
        switch perspective {
        case .respondent:
            if nl { return "Bij ‘\(statement)’ is \(yes ? "" : "niet ")\(what) \(chosen ? "gekozen" : "geantwoord")." }
            return chosen ? "\(what) was \(yes ? "" : "not ")chosen for ‘\(statement)’." : "‘\(statement)’ was \(yes ? "" : "not ")answered \(what)."
        case .board:
            if nl { return "Bij ‘\(statement)’ \(chosen ? "koos" : "antwoordde") \(yes ? "de meerderheid" : "geen meerderheid") \(what)." }
            return "\(yes ? "Most" : "No majority of") respondents \(chosen ? "chose" : "answered") \(what) \(chosen ? "for" : "to") ‘\(statement)’."
        }
    }

    /// Whether a fact's value is left unsaid: a board's mean of one statement or theme may
    /// rest on one or two people, so its reasons (in words and in JSON) name the bound it
    /// passed; the brief's tables show a mean where the privacy rule allows.
    public func withholdsValue(of fact: Fact) -> Bool {
        guard perspective == .board, fact.comparison != nil, fact.other?.isLiteral == true, let name = fact.subject.call?.name else { return false }
        return name == "answer" || name == "score"
    }

    private func answerSentence(_ question: Question, value: Value, rule: FindingRule) -> String? {
        let statement = short(question)
        let lowest = rule == .builtin(.kernLowest) ? (nl ? ", het laagste antwoord" : ", the lowest answer") : ""
        switch (question.kind, value) {
        case (.yesno, .bool(let yes)):
            let word = yes ? (nl ? "ja" : "yes") : (nl ? "nee" : "no")
            return perspective == .board
                ? (nl ? "Bij ‘\(statement)’ antwoordde de meerderheid ‘\(word)’." : "Most respondents answered ‘\(word)’ to ‘\(statement)’.")
                : (nl ? "Bij ‘\(statement)’ is ‘\(word)’ geantwoord." : "‘\(statement)’ was answered ‘\(word)’.")
        case (.choice, .string(let key)):
            let label = question.kind.options.option(key).map { $0.label.text(language) } ?? key
            return perspective == .board
                ? (nl ? "Bij ‘\(statement)’ koos de meerderheid ‘\(label)’." : "Most respondents chose ‘\(label)’ for ‘\(statement)’.")
                : (nl ? "Bij ‘\(statement)’ is ‘\(label)’ gekozen." : "‘\(label)’ was chosen for ‘\(statement)’.")
        case (.scale, .number(let number)):
            if perspective == .board {
                return nl
                    ? "Bij ‘\(statement)’ is gemiddeld \(shown(number)) geantwoord\(lowest)."
                    : "‘\(statement)’ was answered \(shown(number)) on average\(lowest)."
            }
            let label = question.kind.options.first { $0.value == number }.map { $0.label.text(language) } ?? shown(number)
            return nl ? "Bij ‘\(statement)’ is ‘\(label)’ geantwoord\(lowest)." : "‘\(statement)’ was answered ‘\(label)’\(lowest)."
        case (.number, .number(let number)):
            return perspective == .board
                ? (nl ? "Bij ‘\(statement)’ is gemiddeld \(shown(number)) ingevuld." : "‘\(statement)’ was \(shown(number)) on average.")
                : (nl ? "Bij ‘\(statement)’ is \(shown(number)) ingevuld." : "‘\(statement)’ was answered \(shown(number)).")
        case (_, .empty):
            return nl ? "‘\(statement)’ heeft geen antwoord." : "‘\(statement)’ has no answer."
        default:
            return nil
        }
    }

    /// What a built-in rule means, for a reason without facts to say.
    private func ruleSentence(_ rule: FindingRule.BuiltinRule) -> String {
        switch rule {
        case .developmentBelow: nl ? "Het thema scoort onder de grens." : "The theme scores below the threshold."
        case .strengthFrom:
            nl ? "Het thema scoort op of boven de grens voor een sterk punt." : "The theme scores at or above the threshold for a strength."
        case .kernLowest: nl ? "Een kernuitspraak kreeg het laagste antwoord." : "A core statement got the lowest answer."
        case .disagreement: nl ? "De antwoorden lopen uiteen." : "The answers differ."
        case .unknown: nl ? "Veel respondenten konden dit niet beoordelen." : "Many respondents could not judge this."
        case .roleGap: nl ? "Bestuur en scholen kijken er verschillend naar." : "The board and the schools see it differently."
        case .improvement: nl ? "Vooruitgang sinds de vorige keer." : "Improvement since last time."
        case .decline: nl ? "Achteruitgang sinds de vorige keer." : "Decline since last time."
        case .planUnaddressed, .planDropped:
            nl ? "Het plan van aanpak gaat niet op dit ontwikkelpunt in." : "The action plan does not take up this development point."
        case .planIncomplete: nl ? "Een punt in het plan van aanpak is nog niet compleet." : "An entry of the action plan is not complete yet."
        case .planEarlyEvaluation, .planNoEvaluation:
            nl ? "De evaluatie in het plan van aanpak past niet bij de planning." : "The evaluation in the action plan does not fit its timeline."
        case .planOneMonth, .planOneDeadline: nl ? "De acties van het plan liggen dicht op elkaar." : "The plan's actions are close together."
        case .planOneOwner: nl ? "Alle acties liggen bij één eigenaar." : "All actions have one owner."
        case .planOverdue: nl ? "Acties zijn over hun einddatum." : "Actions are past their end date."
        }
    }

    // MARK: Placeholders

    /// A placeholder's value: the value of the call it names, as facts recorded it.
    private func placeholder(_ name: String, in facts: [Fact], questionnaire: Questionnaire) -> String? {
        let canonical: String =
            switch RuleParser.parse(name) {
            case .success(let expression): expression.description
            case .failure: name
            }
        for fact in facts {
            for term in [fact.subject] + (fact.other.map { [$0] } ?? []) where term.text == canonical {
                if let call = term.call, call.name == "answer", let question = question(call, in: questionnaire) {
                    switch (question.kind, term.value) {
                    case (.scale, .number(let number)) where perspective == .respondent:
                        return question.kind.options.first { $0.value == number }.map { $0.label.text(language) } ?? shown(number)
                    case (.choice, .string(let key)):
                        return question.kind.options.option(key).map { $0.label.text(language) } ?? key
                    default: break
                    }
                }
                return valueText(term.value)
            }
        }
        return nil
    }

    private func valueText(_ value: Value) -> String {
        switch value {
        case .number(let number): shown(number)
        case .bool(let yes): yes ? (nl ? "ja" : "yes") : (nl ? "nee" : "no")
        case .string(let text): text
        case .empty: "—"
        }
    }

    // MARK: Words

    private func question(_ call: Fact.Call, in questionnaire: Questionnaire) -> Question? {
        call.subject.flatMap(QuestionID.init).flatMap { questionnaire.question($0) }
    }

    private func questions(in call: Fact.Call, questionnaire: Questionnaire?) -> [Question] {
        guard let questionnaire, let name = call.subject else { return [] }
        if name == questionnaire.id { return questionnaire.questions }
        return questionnaire.theme(name)?.questions ?? []
    }

    /// A statement as a reason quotes it: its text, cut at about 90 characters.
    private func short(_ question: Question) -> String {
        let text = question.text.text(language)
        guard text.count > 90 else { return text.hasSuffix(".") ? String(text.dropLast()) : text }
        let cut = text.prefix(88)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        var trimmed = String(word)
        while let last = trimmed.last, ",;:.".contains(last) { trimmed.removeLast() }
        return trimmed + "…"
    }

    /// How a scope is named: "Het thema ‘X’" / "in ‘X’" / "op ‘X’" (a statement or theme).
    private func scopeName(_ call: Fact.Call, in questionnaire: Questionnaire?) -> (
        nl: String, en: String, inNL: String, inEN: String, onNL: String, onEN: String
    ) {
        let name = call.subject ?? ""
        if let questionnaire {
            if let id = QuestionID(name), let question = questionnaire.question(id) {
                let text = "‘\(short(question))’"
                return (text, text, text, text, text, text)
            }
            if let theme = questionnaire.theme(name) {
                let title = "‘\(theme.title.text(language))’"
                return ("Het thema \(title)", "The theme \(title)", title, title, "de uitspraken van \(title)", "the statements of \(title)")
            }
            if name == questionnaire.id {
                let title = "‘\(questionnaire.title.text(language))’"
                return (title, title, title, title, title, title)
            }
        }
        let quoted = "‘\(name)’"
        return (quoted, quoted, quoted, quoted, quoted, quoted)
    }

    /// The labels of the options at most (or at least) `limit`: "‘Nog niet’ of ‘In ontwikkeling’".
    private func optionLabels(_ call: Fact.Call, atMost: Bool, limit: Double, in questionnaire: Questionnaire?) -> String {
        let options = questions(in: call, questionnaire: questionnaire).first { $0.kind.isScored }?.kind.options ?? []
        let chosen = options.filter { option in
            guard let value = option.value else { return false }
            return atMost ? value <= limit + 1e-9 : value >= limit - 1e-9
        }
        guard !chosen.isEmpty else {
            return atMost
                ? (nl ? "\(shown(limit)) of lager" : "\(shown(limit)) or lower") : (nl ? "\(shown(limit)) of hoger" : "\(shown(limit)) or higher")
        }
        let labels = chosen.map { "‘\($0.label.text(language))’" }
        guard labels.count > 1 else { return labels[0] }
        return labels.dropLast().joined(separator: ", ") + (nl ? " of " : " or ") + labels[labels.count - 1]
    }

    private func comparison(_ op: BinaryOperator?, _ bound: Double) -> String {
        let b = shown(bound)
        switch op {
        case .less?: return nl ? "lager dan \(b)" : "below \(b)"
        case .lessOrEqual?: return nl ? "\(b) of lager" : "\(b) or lower"
        case .greater?: return nl ? "hoger dan \(b)" : "above \(b)"
        case .greaterOrEqual?: return nl ? "\(b) of hoger" : "\(b) or higher"
        case .notEqual?: return nl ? "niet \(b)" : "not \(b)"
        default: return nl ? "grens \(b)" : "threshold \(b)"
        }
    }

    private func shown(_ number: Double) -> String { nl ? NumberText.dutch(number) : NumberText.format(number) }

    private func whole(_ number: Double) -> String { shown(number.rounded()) }
}
