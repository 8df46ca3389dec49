public import Diagnostics
public import Questionnaire

/// Carries a response over to a newer questionnaire version as that version's migration
/// says, reporting every answer it could not carry. It never guesses: an answer moves only
/// by the migration or to the same question with the same options.
public enum Migrator {
    /// An answer that did not carry over, and why.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var question: QuestionID
        public var message: Message
        /// The migration drops the question on purpose: the answer has no place in the newer version.
        public var dropped = false

        /// `question: message` in English, for logs and tests.
        public var description: String { "\(question): \(message.en)" }

        public func text(_ language: Language) -> String { "\(question): \(message.text(language))" }
    }

    /// The response on the newer version, what was lost, and which themes of the newer
    /// version cannot be compared with scores on the older one.
    public struct Outcome: Sendable {
        public var response: Response
        public var problems: [Problem]
        public var incomparableThemes: Set<String>
    }

    /// Why no migration is possible at all.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: Message

        init(_ message: Message) {
            self.message = message
        }

        /// The reason in English, for logs and tests.
        public var description: String { message.en }
    }

    /// Migrates through each version in `chain` (oldest first; the first is the response's
    /// own version), one declared migration at a time.
    public static func migrate(_ response: Response, through chain: [Questionnaire]) throws(Failure) -> Outcome {
        guard let first = chain.first, first.version == response.version, first.id == response.questionnaire else {
            throw Failure(
                Message(
                    nl: "de reeks versies moet beginnen bij \(response.reference)", en: "the chain of versions must start at \(response.reference)"))
        }
        var outcome = Outcome(response: response, problems: [], incomparableThemes: [])
        for (from, to) in zip(chain, chain.dropFirst()) {
            let step = try migrate(outcome.response, from: from, to: to)
            outcome.response = step.response
            outcome.problems += step.problems
            outcome.incomparableThemes.formUnion(step.incomparableThemes)
        }
        return outcome
    }

    /// The chain of versions from `version` to `target` along declared migrations, oldest first.
    public static func chain(from version: SemanticVersion, to target: Questionnaire, available: [Questionnaire]) throws(Failure) -> [Questionnaire] {
        var chain = [target]
        var current = target
        while current.version != version {
            guard let migration = current.migration else {
                throw Failure(
                    Message(
                        nl: "\(current.reference) heeft geen migratie, dus antwoorden op \(target.id)@\(version) kunnen er niet naartoe",
                        en: "\(current.reference) declares no migration, so answers on \(target.id)@\(version) cannot be carried to it"))
            }
            guard let earlier = available.first(where: { $0.id == target.id && $0.version == migration.from }) else {
                throw Failure(
                    Message(
                        nl: "\(current.reference) migreert van \(migration.from), en die versie is er niet",
                        en: "\(current.reference) migrates from \(migration.from), which is not available"))
            }
            guard migration.from >= version else {
                throw Failure(
                    Message(
                        nl: "geen reeks migraties leidt van \(target.id)@\(version) naar \(target.version)",
                        en: "no chain of migrations leads from \(target.id)@\(version) to \(target.version)"))
            }
            chain.insert(earlier, at: 0)
            current = earlier
        }
        return chain
    }

    /// One step: from `a` to `b`, where `b`'s migration (if any) comes from `a`.
    public static func migrate(_ response: Response, from a: Questionnaire, to b: Questionnaire) throws(Failure) -> Outcome {
        guard a.id == b.id else {
            throw Failure(
                Message(
                    nl: "\(a.reference) en \(b.reference) zijn verschillende vragenlijsten",
                    en: "\(a.reference) and \(b.reference) are different questionnaires"))
        }
        guard a.version < b.version else {
            throw Failure(
                Message(
                    nl: "\(b.reference) is niet nieuwer dan \(a.reference)", en: "\(b.reference) is not newer than \(a.reference)"))
        }
        let migration = b.migration?.from == a.version ? b.migration : nil
        if b.migration != nil, migration == nil {
            throw Failure(
                Message(
                    nl: "\(b.reference) migreert van \(b.migration!.from), niet van \(a.version)",
                    en: "\(b.reference) migrates from \(b.migration!.from), not from \(a.version)"))
        }
        var result = Response(questionnaire: b.id, version: b.version, digest: b.source.digest)
        var problems: [Problem] = []
        for old in a.questions {
            guard let answer = response.answers[old.id] else {
                if response.skipped.contains(old.id), b.question(old.id) != nil { result.skipped.insert(old.id) }
                continue
            }
            switch migration?.questions[old.id] {
            case .drop?:
                problems.append(
                    Problem(
                        question: old.id,
                        message: Message(nl: "niet overgenomen: ", en: "not carried over: ")
                            + Message(
                                nl: "de migratie naar \(b.version) laat deze vraag vallen", en: "the migration to \(b.version) drops this question"),
                        dropped: true))
            case .carry(let targets, let options)?:
                for target in targets {
                    guard let new = b.question(target) else { continue }
                    switch carry(answer, from: old, to: new, options: options) {
                    case .success(let carried): result.answers[target] = carried
                    case .failure(let problem):
                        problems.append(Problem(question: old.id, message: problem.text + Message(nl: " (naar \(target))", en: " (to \(target))")))
                    }
                }
            case nil:
                guard let new = b.question(old.id) else {
                    problems.append(
                        Problem(
                            question: old.id,
                            message: Message(nl: "niet overgenomen: ", en: "not carried over: ")
                                + Message(
                                    nl: "\(b.reference) heeft die vraag niet en de migratie zegt niet waar het antwoord heen gaat",
                                    en: "\(b.reference) has no such question and its migration does not say where the answer goes")))
                    continue
                }
                guard Migration.sameOptions(old, new) else {
                    problems.append(
                        Problem(
                            question: old.id,
                            message: Message(nl: "niet overgenomen: ", en: "not carried over: ")
                                + Message(
                                    nl: "de vraag is veranderd in \(b.version) en de migratie zegt niet hoe de antwoorden over te zetten",
                                    en: "the question changed in \(b.version) and the migration does not say how to map its answers")))
                    continue
                }
                result.answers[old.id] = answer
            }
        }
        return Outcome(response: result, problems: problems, incomparableThemes: incomparable(a, b, migration: migration))
    }

    private static func carry(_ answer: Answer, from old: Question, to new: Question, options: [String: String]) -> Result<Answer, CarryProblem> {
        func map(_ key: String) -> Result<String, CarryProblem> {
            let mapped = options.isEmpty ? key : options[key]
            guard let mapped else {
                return .failure(
                    CarryProblem(
                        text: Message(nl: "niet overgenomen: ", en: "not carried over: ")
                            + Message(
                                nl: "de migratie zet optie ‘\(key)’ nergens heen", en: "the migration maps no option for '\(key)'")))
            }
            guard new.kind.options.option(mapped) != nil else {
                return .failure(
                    CarryProblem(
                        text: Message(nl: "niet overgenomen: ", en: "not carried over: ")
                            + Message(
                                nl: "‘\(mapped)’ is geen optie van de nieuwe vraag", en: "'\(mapped)' is not an option of the new question")))
            }
            return .success(mapped)
        }
        var carried = answer
        switch answer.value {
        case .option(let key):
            switch map(key) {
            case .success(let mapped): carried.value = .option(mapped)
            case .failure(let problem): return .failure(problem)
            }
        case .options(let keys):
            var mapped: [String] = []
            for key in keys {
                switch map(key) {
                case .success(let value): mapped.append(value)
                case .failure(let problem): return .failure(problem)
                }
            }
            carried.value = .options(mapped)
        case .yesno, .number, .text:
            guard old.kind.name == new.kind.name else {
                return .failure(
                    CarryProblem(
                        text: Message(nl: "niet overgenomen: ", en: "not carried over: ")
                            + Message(
                                nl: "een antwoord van type \(old.kind.name) past niet bij een vraag van type \(new.kind.name)",
                                en: "a \(old.kind.name) answer does not fit a \(new.kind.name) question")))
            }
        }
        return .success(carried)
    }

    private struct CarryProblem: Error {
        var text: Message
    }

    /// Themes of `b` whose scores do not mean the same as on `a`: a scored question that is
    /// new, split, recoded, or from elsewhere; or a scored question of `a` that was dropped.
    static func incomparable(_ a: Questionnaire, _ b: Questionnaire, migration: Migration?) -> Set<String> {
        var themes: Set<String> = []
        var sourcesOf: [QuestionID: [QuestionID]] = [:]
        for old in a.questions {
            switch migration?.questions[old.id] {
            case .drop?:
                if old.kind.isScored { themes.insert(old.id.theme) }
            case .carry(let targets, let options)?:
                for target in targets {
                    sourcesOf[target, default: []].append(old.id)
                    if targets.count > 1 || !options.isEmpty { themes.insert(target.theme) }
                }
            case nil:
                if let new = b.question(old.id), Migration.sameOptions(old, new) {
                    sourcesOf[old.id, default: []].append(old.id)
                } else if old.kind.isScored {
                    themes.insert(old.id.theme)
                }
            }
        }
        for theme in b.themes {
            for question in theme.questions where question.kind.isScored {
                let sources = sourcesOf[question.id] ?? []
                if sources.count != 1 { themes.insert(theme.id) }
                if let source = sources.first, let old = a.question(source),
                    old.weight != question.weight || old.showIf?.source != question.showIf?.source
                {
                    themes.insert(theme.id)
                }
            }
            if let old = a.theme(theme.id), a.method(for: old) != b.method(for: theme) || old.weight != theme.weight {
                themes.insert(theme.id)
            }
        }
        return themes
    }
}
