public import Questionnaire

/// Drafts a board's joint self-assessment (*gezamenlijk zelfassessment*) from its
/// respondents' answers files: per question the answer most of them gave.
///
/// A question is left open, for the board to settle together, when the most given answers
/// tie, or when the answers on a scale lie two or more steps apart (`1` and `3` on a
/// four-point scale: a mode would hide that the board does not agree). Open questions carry
/// the answers given, counted and without names. Notes and evidence are merged, each
/// distinct text once. The draft is an answers file with `kind: consensus` (no role), so
/// `fill` and `check` take it like any other.
public struct ConsensusDrafter: Sendable {
    /// Why a question is left open, with the answers given (value → how many).
    public struct OpenQuestion: Sendable, Hashable {
        public enum Reason: Sendable, Hashable {
            /// Two or more answers were given equally often, more than any other.
            case tie
            /// Answers on a scale lie `steps` apart.
            case spread(steps: Int)
            /// Several different texts or numbers: the board writes one.
            case differentTexts
            /// The answer most gave needs a note or evidence that its respondents did not give.
            case needsRemark
            /// Agreed, but some notes or evidence were given with other answers: they are
            /// listed with the question rather than lost.
            case remarksMoved
        }

        /// One answer given, and by how many.
        public struct Given: Sendable, Hashable {
            public var value: AnswerValue
            public var count: Int
        }

        public var id: QuestionID
        public var reason: Reason
        /// Each value given, with its count, most given first.
        public var given: [Given]
        /// Notes and evidence not kept in the answer, each distinct text once.
        public var notes: [String] = []
        public var evidence: [String] = []

        init(id: QuestionID, reason: Reason, given: [Given]) {
            self.id = id
            self.reason = reason
            self.given = given
        }
    }

    /// The draft: the answers file, and per questionnaire the questions left open.
    public struct Draft: Sendable {
        public var file: AnswersFile
        public var open: [String: [OpenQuestion]]
        /// How many answers files it was drafted from.
        public var respondents: Int
        /// Responses left out because they answer another version than the newest given.
        public var otherVersions: [(path: String, reference: String)]
    }

    /// The spread on a scale, in steps between option values, from which a question is open.
    public static let wideSpread = 2.0

    public init() {}

    /// The draft over `files`; `questionnaires` holds the version each response names.
    /// Consensus files among `files` are not counted.
    public func draft(_ files: [(path: String, file: AnswersFile)], questionnaires: [Questionnaire], name: String? = nil) -> Draft {
        let individuals = files.filter { !$0.file.respondent.isConsensus }
        let organisation = Self.mostCommon(individuals.map(\.file.respondent.organisation)) ?? ""
        var responses: [Response] = []
        var open: [String: [OpenQuestion]] = [:]
        var otherVersions: [(path: String, reference: String)] = []
        for questionnaire in Self.answered(individuals.flatMap(\.file.responses), in: questionnaires).newestVersions {
            var given: [(path: String, response: Response)] = []
            for (path, file) in individuals {
                for response in file.responses where response.questionnaire == questionnaire.id {
                    if response.version == questionnaire.version {
                        given.append((path, response))
                    } else {
                        otherVersions.append((path, response.reference))
                    }
                }
            }
            let (response, questions) = joint(given.map(\.response), of: questionnaire)
            responses.append(response)
            if !questions.isEmpty { open[questionnaire.id] = questions }
        }
        let respondent = Respondent(
            name: name ?? organisation, role: "", organisation: organisation, school: nil, kind: .consensus)
        return Draft(
            file: AnswersFile(respondent: respondent, responses: responses), open: open,
            respondents: individuals.count, otherVersions: otherVersions)
    }

    // MARK: One questionnaire

    private func joint(_ given: [Response], of questionnaire: Questionnaire) -> (Response, [OpenQuestion]) {
        let digests = Set(given.compactMap(\.digest))
        var response = Response(
            questionnaire: questionnaire.id, version: questionnaire.version, digest: digests.count == 1 ? digests.first : nil)
        var open: [OpenQuestion] = []
        for question in questionnaire.questions {
            let answers = given.compactMap { $0.answers[question.id] }
            if answers.isEmpty {
                if !given.isEmpty, given.allSatisfy({ $0.skipped.contains(question.id) }) { response.skipped.insert(question.id) }
                continue
            }
            let notes = Self.mergedLines(answers.compactMap(\.note))
            let evidence = Self.mergedLines(answers.compactMap(\.evidence))
            var item: OpenQuestion?
            switch decide(answers.map(\.value), question: question) {
            case .agreed(let value):
                // Only the remarks the question asks with this value; the others go with the comment.
                var answer = Answer(value)
                if answer.asks(.note, for: question) { answer.note = Self.joined(notes) }
                if answer.asks(.evidence, for: question) { answer.evidence = Self.joined(evidence) }
                if answer.missingRemarks(for: question).isEmpty {
                    response.answers[question.id] = answer
                    if answer.note != nil || notes.isEmpty, answer.evidence != nil || evidence.isEmpty { continue }
                    item = OpenQuestion(id: question.id, reason: .remarksMoved, given: Self.counted(answers.map(\.value)))
                } else {
                    item = OpenQuestion(id: question.id, reason: .needsRemark, given: Self.counted(answers.map(\.value)))
                }
            case .open(let reason, let counts):
                item = OpenQuestion(id: question.id, reason: reason, given: counts)
                // Several texts merged are a start for the board's one text.
                if case .text = question.kind {
                    let texts = answers.compactMap { if case .text(let text) = $0.value { text } else { nil } }
                    if let merged = Self.joined(Self.mergedLines(texts)) { response.answers[question.id] = Answer(.text(merged)) }
                }
            }
            if var item {
                let kept = response.answers[question.id]
                item.notes = kept?.note == nil ? notes : []
                item.evidence = kept?.evidence == nil ? evidence : []
                open.append(item)
            }
        }
        // Without a role, `show_if` on `role()` hides its question: such answers do not belong.
        let visibility = Visibility(questionnaire, role: nil)
        let (visible, removed) = visibility.removingHidden(from: response)
        let hidden = visibility.hidden(in: visible)
        let gone = Set(removed)
        return (visible, open.filter { !gone.contains($0.id) && !hidden.contains($0.id) })
    }

    private enum Decision {
        case agreed(AnswerValue)
        case open(OpenQuestion.Reason, [OpenQuestion.Given])
    }

    private func decide(_ values: [AnswerValue], question: Question) -> Decision {
        let counts = Self.counted(values)
        if counts.count == 1 { return .agreed(counts[0].value) }
        switch question.kind {
        case .text, .number:
            return .open(.differentTexts, counts)
        case .multi:
            // The options more than half of the respondents chose; exactly half is open.
            var tally: [String: Int] = [:]
            for case .options(let keys) in values { for key in Set(keys) { tally[key, default: 0] += 1 } }
            if tally.values.contains(where: { $0 * 2 == values.count }) { return .open(.tie, counts) }
            let chosen = question.kind.options.map(\.key).filter { (tally[$0] ?? 0) * 2 > values.count }
            return .agreed(.options(chosen))
        case .scale, .choice, .yesno:
            if let steps = spread(values, options: question.kind.options), steps >= Self.wideSpread {
                return .open(.spread(steps: Int(steps.rounded())), counts)
            }
            if counts[0].count == counts[1].count { return .open(.tie, counts) }
            return .agreed(counts[0].value)
        }
    }

    /// The distance between the lowest and highest option value given, over options that
    /// have a value (n.v.t. and "weet ik niet" have none); nil without two such answers.
    private func spread(_ values: [AnswerValue], options: [AnswerOption]) -> Double? {
        let scored = values.compactMap { value -> Double? in
            guard case .option(let key) = value else { return nil }
            return options.option(key)?.value
        }
        guard scored.count >= 2, let low = scored.min(), let high = scored.max() else { return nil }
        return high - low
    }

    // MARK: Helpers

    /// Each distinct value with its count, most given first, then in first-given order.
    static func counted(_ values: [AnswerValue]) -> [OpenQuestion.Given] {
        tally(values).map { OpenQuestion.Given(value: $0.value, count: $0.count) }
    }

    /// Each distinct value with its count, most given first, then in first-given order.
    static func tally<Value: Hashable>(_ values: [Value]) -> [(value: Value, count: Int)] {
        var order: [Value] = []
        var counts: [Value: Int] = [:]
        for value in values {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        return order.enumerated()
            .map { (offset: $0.offset, value: $0.element, count: counts[$0.element] ?? 0) }
            .sorted { ($0.count, -$0.offset) > ($1.count, -$1.offset) }
            .map { ($0.value, $0.count) }
    }

    /// Distinct texts, each once, trimmed, in first-given order.
    static func mergedLines(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.map(trimmed).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The texts one per line; nil when there are none.
    static func joined(_ texts: [String]) -> String? {
        texts.isEmpty ? nil : texts.joined(separator: "\n")
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The name given most often (the first given of a tie).
    static func mostCommon(_ names: [String]) -> String? { tally(names).first?.value }

    /// The questionnaire versions the responses name.
    static func answered(_ responses: [Response], in questionnaires: [Questionnaire]) -> [Questionnaire] {
        responses.compactMap { response in questionnaires.first { $0.id == response.questionnaire && $0.version == response.version } }
    }
}
