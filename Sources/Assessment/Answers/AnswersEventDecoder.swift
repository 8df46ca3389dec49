import Questionnaire
import YAML

/// Reads an answers file without problems straight from libyaml's events.
///
/// Most files a batch reads are written by `waarborg fill` and have nothing wrong with
/// them. For those, building a node tree and then walking it costs more than libyaml's own
/// parse; this decoder reads the events once and checks everything `AnswersTreeDecoder` checks.
/// At the first doubt (a problem, an unusual shape, an anchor or a tag, keys in an order it
/// does not expect) it gives up and returns nil, and `AnswersReader` reads the file through
/// the tree, which reports every problem with its place. So diagnostics have one source,
/// and a file this decoder accepts reads exactly as through the tree; the tests compare
/// both on every fixture and on thousands of edited copies.
struct AnswersEventDecoder<Resolver: QuestionnaireResolver> {
    let resolver: Resolver
    /// The questionnaires the responses name, in file order.
    private(set) var questionnaires: [Questionnaire] = []

    init(resolver: Resolver) {
        self.resolver = resolver
    }

    /// The answers, or nil when the file should be read through the tree.
    mutating func decode(_ bytes: [UInt8]) -> AnswersFile? {
        YAMLEventReader.read(bytes) { reader in decodeFile(&reader) }
    }

    // MARK: The file

    private mutating func decodeFile(_ reader: inout YAMLEventReader) -> AnswersFile? {
        guard reader.next() == .mappingStart else { return nil }
        var keys = KeySet()
        var respondent: Respondent?
        var started: String?
        var updated: String?
        var responses: [Response]?
        while true {
            switch reader.next() {
            case .mappingEnd:
                guard reader.next() == .end, let respondent, let responses else { return nil }
                guard AnswerRules.rolesLacking(respondent.role, in: questionnaires) == nil else { return nil }
                return AnswersFile(respondent: respondent, started: started, updated: updated, responses: responses)
            case .scalar:
                guard let key = keys.insert(reader, as: TopLevelKey.self) else { return nil }
                switch key {
                case .respondent:
                    respondent = decodeRespondent(&reader)
                    guard respondent != nil else { return nil }
                case .started:
                    started = timestamp(&reader)
                    guard started != nil else { return nil }
                case .updated:
                    updated = timestamp(&reader)
                    guard updated != nil else { return nil }
                case .questionnaires:
                    // The role decides which questions are asked: it must come first.
                    guard let respondent else { return nil }
                    responses = decodeResponses(&reader, role: respondent.role)
                    guard responses != nil else { return nil }
                }
            default:
                return nil
            }
        }
    }

    private func decodeRespondent(_ reader: inout YAMLEventReader) -> Respondent? {
        guard reader.next() == .mappingStart else { return nil }
        var keys = KeySet()
        var fields: [RespondentKey: String] = [:]
        while true {
            switch reader.next() {
            case .mappingEnd:
                guard let name = fields[.name], let role = fields[.role], let organisation = fields[.organisation] else { return nil }
                return Respondent(name: name, role: role, organisation: organisation, school: fields[.school])
            case .scalar:
                // A consensus (`kind`) is one file per board: the tree reads it.
                guard let key = keys.insert(reader, as: RespondentKey.self), key != .kind, reader.next() == .scalar else { return nil }
                if reader.isNull || reader.isBlank {
                    // An empty school is no school; the other fields must be filled in.
                    guard key == .school else { return nil }
                    continue
                }
                fields[key] = reader.string
            default:
                return nil
            }
        }
    }

    private func timestamp(_ reader: inout YAMLEventReader) -> String? {
        guard reader.next() == .scalar, !reader.isNull else { return nil }
        let text = reader.string
        return Timestamp.isValid(text) ? text : nil
    }

    // MARK: Responses

    private mutating func decodeResponses(_ reader: inout YAMLEventReader, role: String) -> [Response]? {
        switch reader.next() {
        case .scalar:
            return reader.isNull ? [] : nil
        case .sequenceStart:
            var responses: [Response] = []
            while true {
                switch reader.next() {
                case .sequenceEnd:
                    return responses
                case .mappingStart:
                    guard let response = decodeResponse(&reader, role: role),
                        !responses.contains(where: { $0.questionnaire == response.questionnaire })
                    else { return nil }
                    responses.append(response)
                default:
                    return nil
                }
            }
        default:
            return nil
        }
    }

    /// One entry of `questionnaires`, its mapping start already read. The questionnaire
    /// and its version must come before the answers, as `fill` writes them.
    private mutating func decodeResponse(_ reader: inout YAMLEventReader, role: String) -> Response? {
        var keys = KeySet()
        var id: String?
        var version: SemanticVersion?
        var digest: String?
        var sheet: Sheet?
        while true {
            switch reader.next() {
            case .mappingEnd:
                if sheet == nil { sheet = resolve(id, version) }
                guard let sheet, let id, let version else { return nil }
                // The questionnaire is read where the decoder keeps it: a sheet holds none of its own.
                guard AnswerRules.digestMatches(digest, questionnaires[sheet.questionnaire]) else { return nil }
                guard let hidden = sheet.hiddenPositions(of: questionnaires[sheet.questionnaire], role: role) else { return nil }
                return Response(
                    questionnaire: id, version: version, digest: digest, positions: sheet.positions(role: role, hidden: hidden),
                    skipped: sheet.skipped)
            case .scalar:
                guard let key = keys.insert(reader, as: ResponseKey.self) else { return nil }
                switch key {
                case .questionnaire:
                    guard reader.next() == .scalar, !reader.isNull else { return nil }
                    let text = reader.string
                    guard DecodingContext.isIdentifier(text) else { return nil }
                    id = text
                case .version:
                    guard reader.next() == .scalar, !reader.isNull, let parsed = SemanticVersion(reader.string) else { return nil }
                    version = parsed
                case .digest:
                    guard reader.next() == .scalar, !reader.isNull else { return nil }
                    let text = reader.string
                    guard QuestionnaireDigest.isWellFormed(text) else { return nil }
                    digest = text
                case .answers:
                    guard sheet == nil, var resolved = resolve(id, version), resolved.decodeAnswers(&reader) else { return nil }
                    sheet = resolved
                case .skipped:
                    // Skips are checked against the answers, so they come after them.
                    guard keys.contains(ResponseKey.answers), var answered = sheet, answered.decodeSkipped(&reader) else { return nil }
                    sheet = answered
                }
            default:
                return nil
            }
        }
    }

    /// The questionnaire version a response names, recorded in file order.
    private mutating func resolve(_ id: String?, _ version: SemanticVersion?) -> Sheet? {
        guard let id, let version, case .found(let questionnaire) = resolver.resolve(id, version: version) else { return nil }
        questionnaires.append(consume questionnaire)
        return Sheet(questionnaire: questionnaires.count - 1, questionIndex: questionnaires[questionnaires.count - 1].questionIndex)
    }
}

/// The keys of one mapping seen so far.
private struct KeySet {
    private var seen: UInt32 = 0

    /// The key the reader's scalar is; nil when it is none of `Key`, or was seen before in
    /// this mapping (a duplicate, which the tree reports).
    mutating func insert<Key: AnswersKey>(_ reader: borrowing YAMLEventReader, as: Key.Type) -> Key? {
        let all = Key.all, shortKeys = Key.shortKeys
        let scalar = reader.shortKey
        for index in all.indices {
            if let short = shortKeys[index] {
                guard short == scalar else { continue }
            } else {
                guard reader.isText(all[index].rawValue) else { continue }
            }
            let bit: UInt32 = 1 << UInt32(index)
            guard seen & bit == 0 else { return nil }
            seen |= bit
            return all[index]
        }
        return nil
    }

    func contains<Key: AnswersKey>(_ key: Key) -> Bool {
        guard let index = Key.all.firstIndex(of: key) else { return false }
        return seen & (1 << UInt32(index)) != 0
    }
}

/// The answers to one questionnaire as they are read, by question position.
private struct Sheet {
    /// Where the questionnaire stands among the decoder's questionnaires.
    let questionnaire: Int
    private let questionIndex: Questionnaire.QuestionIndex
    private(set) var skipped: Set<QuestionID> = []
    /// The answers by position: the response keeps them as they are (its answers by id
    /// are made only when asked for).
    private var byPosition: [Answer?]
    private var skippedPositions: [Int] = []
    /// Where the next question id is expected: files list answers in question order.
    private var cursor = 0

    init(questionnaire: Int, questionIndex: Questionnaire.QuestionIndex) {
        self.questionnaire = questionnaire
        self.questionIndex = questionIndex
        byPosition = [Answer?](repeating: nil, count: questionIndex.count)
    }

    /// `answers:`, a mapping of question ids to answers, or empty.
    mutating func decodeAnswers(_ reader: inout YAMLEventReader) -> Bool {
        switch reader.next() {
        case .scalar:
            return reader.isNull
        case .mappingStart:
            var seen = [Bool](repeating: false, count: questionIndex.count)
            // What each question asks of its answer, small enough to pass around.
            let answerSpecs = questionIndex.derived.value { AnswerSpecs(questionIndex) }
            let specs = answerSpecs.specs
            while true {
                switch reader.next() {
                case .mappingEnd:
                    return true
                case .scalar:
                    guard let position = position(reader, ids: answerSpecs.ids), !seen[position] else { return false }
                    seen[position] = true
                    switch Self.decodeAnswer(&reader, to: specs[position]) {
                    case .answer(let answer):
                        byPosition[position] = answer
                    case .unanswered:
                        break
                    case .unreadable:
                        return false
                    }
                default:
                    return false
                }
            }
        default:
            return false
        }
    }

    /// `skipped:`, a list of optional questions without answers, or empty.
    mutating func decodeSkipped(_ reader: inout YAMLEventReader) -> Bool {
        switch reader.next() {
        case .scalar:
            return reader.isNull
        case .sequenceStart:
            let ids = questionIndex.derived.value { AnswerSpecs(questionIndex) }.ids
            while true {
                switch reader.next() {
                case .sequenceEnd:
                    return true
                case .scalar:
                    guard let position = position(reader, ids: ids) else { return false }
                    let question = questionIndex.questions[position]
                    guard !question.required, byPosition[position] == nil, skipped.insert(question.id).inserted else { return false }
                    skippedPositions.append(position)
                default:
                    return false
                }
            }
        default:
            return false
        }
    }

    /// Which questions are hidden from `role` given the answers, by position; nil when an
    /// answered or skipped question is among them.
    func hiddenPositions(of questionnaire: Questionnaire, role: String) -> [Bool]? {
        guard !questionIndex.conditional.isEmpty else { return [Bool](repeating: false, count: questionIndex.count) }
        let hidden = Visibility.hiddenPositions(questionnaire, role: role, answers: byPosition)
        let hidesNothingAnswered =
            questionIndex.conditional.allSatisfy { !hidden[$0] || byPosition[$0] == nil }
            && skippedPositions.allSatisfy { !hidden[$0] }
        return hidesNothingAnswered ? hidden : nil
    }

    /// The answers by position, with `hidden`, for the assessment to start from.
    func positions(role: String, hidden: [Bool]) -> Response.Positions {
        Response.Positions(index: questionIndex, role: role, answers: byPosition, hidden: hidden)
    }

    /// The position of the question the reader's scalar names; `ids` are the questions' ids
    /// as bytes.
    private mutating func position(_ reader: borrowing YAMLEventReader, ids: FlatTexts) -> Int? {
        let position: Int?
        if cursor < questionIndex.count, ids.isText(at: cursor, reader) {
            position = cursor
        } else {
            position = questionIndex.names[reader.string]
        }
        if let position { cursor = position + 1 }
        return position
    }

    // MARK: Answers

    private enum Decoded {
        case answer(Answer)
        /// An empty value: not answered yet.
        case unanswered
        case unreadable
    }

    private static func decodeAnswer(_ reader: inout YAMLEventReader, to question: AnswerSpec) -> Decoded {
        switch reader.next() {
        case .scalar:
            if reader.isNull { return .unanswered }
            return Self.checked(Self.scalarValue(reader, to: question).map { Answer($0) }, to: question)
        case .sequenceStart:
            return Self.checked(Self.listValue(&reader, to: question).map { Answer($0) }, to: question)
        case .mappingStart:
            return decodeAnswerMapping(&reader, to: question)
        default:
            return .unreadable
        }
    }

    /// `{value: …, note: …, evidence: …}`, its mapping start already read.
    private static func decodeAnswerMapping(_ reader: inout YAMLEventReader, to question: AnswerSpec) -> Decoded {
        var keys = KeySet()
        var value: AnswerValue?
        var note: String?
        var evidence: String?
        var given: [Remark] = []
        while true {
            switch reader.next() {
            case .mappingEnd:
                guard let value else {
                    // A note or evidence without a value is a problem; an empty answer is not.
                    return note == nil && evidence == nil ? .unanswered : .unreadable
                }
                // A remark the question asks only with other answers: the tree reports it.
                guard given.allSatisfy({ question.requirement($0, for: value) != .none }) else { return .unreadable }
                return Self.checked(Answer(value, note: note, evidence: evidence), to: question)
            case .scalar:
                guard let key = keys.insert(reader, as: AnswerKey.self) else { return .unreadable }
                if key == .value {
                    switch reader.next() {
                    case .scalar:
                        if reader.isNull { continue }
                        guard let decoded = scalarValue(reader, to: question) else { return .unreadable }
                        value = decoded
                    case .sequenceStart:
                        guard let decoded = listValue(&reader, to: question) else { return .unreadable }
                        value = decoded
                    default:
                        return .unreadable
                    }
                    continue
                }
                guard reader.next() == .scalar else { return .unreadable }
                if reader.isNull { continue }
                let remark: Remark = key == .note ? .note : .evidence
                guard question.requirement(remark) != .none else { return .unreadable }
                given.append(remark)
                guard !reader.isBlank else { continue }
                if remark == .note { note = reader.string } else { evidence = reader.string }
            default:
                return .unreadable
            }
        }
    }

    /// The answer, unless it lacks a note or evidence the question requires.
    private static func checked(_ answer: Answer?, to question: AnswerSpec) -> Decoded {
        guard let answer, !question.lacksRemarks(answer) else { return .unreadable }
        return .answer(answer)
    }

    /// A value written as one scalar, not null.
    private static func scalarValue(_ reader: borrowing YAMLEventReader, to question: AnswerSpec) -> AnswerValue? {
        // The kind is looked at, its options read from the spec: the kind's payload is not copied.
        switch question.shape {
        case .option:
            return option(reader, question).map { .option($0) }
        case .multi:
            return option(reader, question).map { .options([$0]) }
        case .yesno:
            return AnswerRules.yesNo(reader.string).map { .yesno($0) }
        case .number(let min, let max):
            guard let number = reader.number, number.isFinite, AnswerRules.bound(passedBy: number, min: min, max: max) == nil else { return nil }
            return .number(number)
        case .text:
            return reader.isBlank ? nil : .text(reader.string)
        }
    }

    /// A list of option keys, its sequence start already read; only multiple choice has one.
    private static func listValue(_ reader: inout YAMLEventReader, to question: AnswerSpec) -> AnswerValue? {
        guard case .multi = question.shape else { return nil }
        var keys: [String] = []
        while true {
            switch reader.next() {
            case .sequenceEnd:
                return .options(keys)
            case .scalar:
                guard !reader.isNull, let key = option(reader, question), !keys.contains(key) else { return nil }
                keys.append(key)
            default:
                return nil
            }
        }
    }

    /// The key of the option the scalar names, as the questionnaire spells it.
    private static func option(_ reader: borrowing YAMLEventReader, _ question: AnswerSpec) -> String? {
        guard !reader.isNull else { return nil }
        let options = question.options
        // Short keys, the usual ones, are compared as integers.
        if let keys = question.shortKeys {
            guard let scalar = reader.shortKey else { return nil }
            for index in keys.indices where keys[index] == scalar { return options[index].key }
            return nil
        }
        // By index: iterating would copy every option it passes.
        for index in options.indices where reader.isText(options[index].key) { return options[index].key }
        return nil
    }
}

/// What reading an answer needs of its question: a question is a large value, and this
/// is what the fast path copies per answer instead.
///
/// One reference, shared: passing it per answer costs one reference count, not one for
/// each of its fields.
private final class AnswerSpec: Sendable {
    let id: QuestionID
    /// Whether answers to the question count in scores (``QuestionKind/isScored``).
    let scored: Bool
    /// The kind without its options: what reading a value looks at, copied without
    /// counting a reference.
    let shape: Shape
    /// The options of the kind (``QuestionKind/options``).
    let options: [AnswerOption]
    /// The options' keys as short keys, when none is longer than a short key.
    let shortKeys: [ShortKey]?
    let note: Requirement
    let evidence: Requirement
    let noteFor: [String]?
    let evidenceFor: [String]?

    init(_ question: Question) {
        id = question.id
        scored = question.kind.isScored
        shape = Shape(question.kind)
        options = question.kind.options
        let shortKeys = options.compactMap { ShortKey($0.key) }
        self.shortKeys = shortKeys.count == options.count ? shortKeys : nil
        note = question.note
        evidence = question.evidence
        noteFor = question.noteFor
        evidenceFor = question.evidenceFor
    }

    enum Shape {
        /// One option: a scale or a single choice.
        case option
        case multi
        case yesno
        case number(min: Double?, max: Double?)
        case text

        init(_ kind: QuestionKind) {
            switch kind {
            case .scale, .choice: self = .option
            case .multi: self = .multi
            case .yesno: self = .yesno
            case .number(let min, let max): self = .number(min: min, max: max)
            case .text: self = .text
            }
        }
    }

    /// How strongly the question asks `remark` with some answer.
    func requirement(_ remark: Remark) -> Requirement {
        switch remark {
        case .note: note
        case .evidence: evidence
        }
    }

    /// How strongly the question asks `remark` with an answer of `value`.
    func requirement(_ remark: Remark, for value: AnswerValue) -> Requirement {
        switch remark {
        case .note: Remark.requirement(note, only: noteFor, for: value)
        case .evidence: Remark.requirement(evidence, only: evidenceFor, for: value)
        }
    }

    /// Whether the answer lacks a note or evidence the question requires, by the rule
    /// `Answer.missingRemarks(for:)` follows too (`AnswerRules.requires`).
    func lacksRemarks(_ answer: Answer) -> Bool {
        if answer.note == nil, AnswerRules.requires(.note, base: note, only: noteFor, value: answer.value, options: options, scored: scored) {
            return true
        }
        return answer.evidence == nil
            && AnswerRules.requires(.evidence, base: evidence, only: evidenceFor, value: answer.value, options: options, scored: scored)
    }
}

/// The answer specs of a questionnaire's questions by position, kept in its derived.
private struct AnswerSpecs: Sendable {
    let specs: [AnswerSpec]
    /// The questions' ids as written, by position.
    let ids: FlatTexts

    init(_ questionIndex: Questionnaire.QuestionIndex) {
        specs = questionIndex.questions.map(AnswerSpec.init)
        ids = FlatTexts(questionIndex.texts)
    }
}

/// Texts kept as their bytes, one after the other: a scalar is compared with one of them
/// without taking the text's string (a reference counted for every long one).
private struct FlatTexts: Sendable {
    private let bytes: [UInt8]
    /// Where each text starts in `bytes`, and where the last ends.
    private let starts: [Int]

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var starts = [0]
        for text in texts {
            bytes += text.utf8
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Whether the reader's scalar is the text at `index`, byte for byte.
    func isText(at index: Int, _ reader: borrowing YAMLEventReader) -> Bool {
        let start = starts[index], end = starts[index + 1]
        return bytes.withUnsafeBufferPointer { reader.isText(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
