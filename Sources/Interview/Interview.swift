public import Assessment
public import Questionnaire

/// The interview as a state machine: who is answering, then every shown question of the
/// chosen questionnaires theme by theme, then a review of what is open, then done.
///
/// It reads no keys and draws nothing: a caller turns input into `Action`s, passes them to
/// `perform(_:)`, writes `file` when the outcome says so, and draws `screen`. So the whole
/// interview is testable without a terminal.
public struct Interview: Sendable {
    /// Where the interview is.
    public enum Step: Sendable, Equatable {
        case respondent(RespondentField)
        /// A question, by its index in `items`, and what is being asked about it.
        case question(Int, Phase)
        /// The list of unanswered and skipped questions, before finishing.
        case review
        /// The respondent finished after the review.
        case finished
        /// The respondent stopped with `q`; the file holds everything confirmed.
        case stopped
    }

    /// The questions about the respondent, in the order they are asked.
    public enum RespondentField: Int, Sendable, CaseIterable {
        case name
        case role
        case organisation
        case school
    }

    /// What is asked about a question: its answer, or then its note or evidence.
    public enum Phase: Sendable, Equatable {
        case answer
        case remark(Remark)
    }

    /// What a caller must do after an action.
    public struct Outcome: Sendable, Equatable {
        /// The answers changed: write `file` now.
        public var save = false
        /// Answers removed because their question is no longer shown.
        public var removed: [QuestionID] = []

        public init(save: Bool = false, removed: [QuestionID] = []) {
            self.save = save
            self.removed = removed
        }
    }

    /// One question in the order of the interview.
    public struct Item: Sendable {
        /// Index into `questionnaires`.
        public var part: Int
        public var theme: Theme
        public var question: Question
    }

    public let questionnaires: [Questionnaire]
    public let strings: Strings
    public let items: [Item]
    public private(set) var step: Step

    /// Everything in the file, with a placeholder respondent until one is known.
    private var content: AnswersFile
    private var respondentKnown: Bool
    /// Index in `content.responses` of the response to each questionnaire.
    private var responseIndex: [Int]
    private var draft: Draft
    /// The respondent's role id, once chosen.
    public var role: String? { draft.askedRole }
    /// The option under the cursor: nil on a list not answered yet until an arrow key moves it.
    private var cursor: Int?
    /// Whether the respondent moved the cursor or ticked an option on this screen: only then
    /// does Enter choose, so an Enter meant for something else never records an answer.
    private var touched = false
    private var selected: Set<Int> = []
    /// The question where `kern` was first shown, where its meaning is explained.
    private var kernExplained: Int?
    /// An answer chosen whose note or evidence is still being asked; not yet in the file.
    private var pending: Answer?
    private var showHelp = false
    private var notices: [String] = []
    private var error: String?
    private var returnToReview = false

    private struct Draft: Sendable {
        var name = ""
        var role: String?
        var organisation = ""
        var school: String?
        /// A consensus file keeps its kind: it has no role and answers every role's questions.
        var kind: Respondent.Kind = .individual

        /// The role that decides which questions are asked: none for a consensus.
        var askedRole: String? { kind == .consensus ? nil : role }
    }

    /// Starts an interview over `questionnaires`, continuing `file` when given.
    ///
    /// The caller has checked that `file` names the same versions of these questionnaires;
    /// its answers to other questionnaires are kept as they are. A file whose respondent is
    /// known continues at the first open question, or at the review when none is open.
    public init(questionnaires: [Questionnaire], file: AnswersFile? = nil, language: String = "nl") {
        self.questionnaires = questionnaires
        self.strings = Strings(language, minimumGroup: questionnaires.map(\.findings.minimumGroup).min() ?? FindingSettings().minimumGroup)
        self.items = questionnaires.enumerated().flatMap { part, questionnaire in
            questionnaire.themes.flatMap { theme in
                theme.questions.map { Item(part: part, theme: theme, question: $0) }
            }
        }
        var content = file ?? AnswersFile(respondent: Respondent(name: "", role: "", organisation: ""))
        var responseIndex: [Int] = []
        for questionnaire in questionnaires {
            if let index = content.responses.firstIndex(where: { $0.questionnaire == questionnaire.id }) {
                if content.responses[index].version != questionnaire.version {
                    content.responses[index] = Response(questionnaire: questionnaire.id, version: questionnaire.version)
                }
                content.responses[index].digest = questionnaire.source.digest
                responseIndex.append(index)
            } else {
                content.responses.append(
                    Response(questionnaire: questionnaire.id, version: questionnaire.version, digest: questionnaire.source.digest))
                responseIndex.append(content.responses.count - 1)
            }
        }
        self.content = content
        self.responseIndex = responseIndex
        self.respondentKnown = file != nil
        if let respondent = file?.respondent {
            self.draft = Draft(
                name: respondent.name, role: respondent.askedRole, organisation: respondent.organisation, school: respondent.school,
                kind: respondent.kind)
        } else {
            self.draft = Draft()
        }
        self.step = .respondent(.name)
        if respondentKnown {
            start()
        }
    }

    /// The answers file as it stands; nil until the respondent is known.
    public var file: AnswersFile? { respondentKnown ? content : nil }

    /// The roles a respondent chooses from: those of the questionnaires, without repeats.
    public var roles: [Role] { questionnaires.roles }

    public var isOver: Bool { step == .finished || step == .stopped }

    // MARK: Acting

    /// Applies one action of the respondent.
    public mutating func perform(_ action: Action) -> Outcome {
        notices = []
        error = nil
        if action == .quit, !isOver {
            step = .stopped
            pending = nil
            return Outcome()
        }
        switch step {
        case .respondent(let field): return respondent(field, action)
        case .question(let index, .answer): return answer(index, action)
        case .question(let index, .remark(let remark)): return remarkStep(index, remark, action)
        case .review: return review(action)
        case .finished, .stopped: return Outcome()
        }
    }

    private mutating func respondent(_ field: RespondentField, _ action: Action) -> Outcome {
        switch field {
        case .role:
            let roles = self.roles
            switch action {
            case .up, .down: move(action, count: roles.count)
            case .choose(let index) where roles.indices.contains(index):
                draft.role = roles[index].id
                ask(.organisation)
            case .confirm where touched && cursor.map(roles.indices.contains) == true:
                draft.role = roles[cursor ?? 0].id
                ask(.organisation)
            case .keep where draft.role != nil, .confirm where draft.role != nil:
                ask(.organisation)
            case .back: ask(.name)
            case .help: error = strings.noHelp
            case .skip: error = strings.fieldRequired
            default: error = strings.chooseByNumber(roles.count)
            }
        case .name, .organisation, .school:
            let current = text(of: field)
            var typed: String?
            switch action {
            case .submit(let line): typed = line.trimmed
            case .keep: typed = current
            case .back:
                if let previous = RespondentField(rawValue: field.rawValue - 1) { ask(previous) }
                return Outcome()
            case .skip where field == .school: typed = ""
            default:
                error = strings.typeALine
                return Outcome()
            }
            guard let typed else { return Outcome() }
            if typed.isEmpty, field != .school {
                error = strings.fieldRequired
                return Outcome()
            }
            switch field {
            case .name: draft.name = typed
            case .organisation: draft.organisation = typed
            default: draft.school = typed.isEmpty ? nil : typed
            }
            guard let next = RespondentField(rawValue: field.rawValue + 1) else {
                return finishRespondent()
            }
            ask(next)
        }
        return Outcome()
    }

    private func text(of field: RespondentField) -> String {
        switch field {
        case .name: draft.name
        case .role: draft.role ?? ""
        case .organisation: draft.organisation
        case .school: draft.school ?? ""
        }
    }

    private mutating func ask(_ field: RespondentField) {
        // A consensus has no role: its screen is passed in both directions.
        if field == .role, draft.kind == .consensus {
            ask(step == .respondent(.organisation) ? .name : .organisation)
            return
        }
        step = .respondent(field)
        touched = false
        if field == .role {
            cursor = roles.firstIndex { $0.id == draft.role }
        }
    }

    /// Moves the cursor one option up or down; the first move on a list without a cursor
    /// shows it on the first option (down) or the last (up).
    private mutating func move(_ action: Action, count: Int) {
        guard count > 0 else { return }
        touched = true
        switch (action, cursor) {
        case (.up, let at?): cursor = max(0, at - 1)
        case (.up, nil): cursor = count - 1
        case (_, let at?): cursor = min(count - 1, at + 1)
        case (_, nil): cursor = 0
        }
    }

    private mutating func finishRespondent() -> Outcome {
        if draft.kind == .consensus {
            content.respondent = Respondent(name: draft.name, role: "", organisation: draft.organisation, school: draft.school, kind: .consensus)
        } else {
            guard let role = draft.role else {
                ask(.role)
                return Outcome()
            }
            content.respondent = Respondent(name: draft.name, role: role, organisation: draft.organisation, school: draft.school)
        }
        respondentKnown = true
        var outcome = Outcome(save: true)
        // A changed role may hide questions that were answered.
        outcome.removed = pruneHidden()
        start()
        return outcome
    }

    /// Goes to the first open question, or to the review when none is open.
    private mutating func start() {
        if let index = firstOpen() {
            enter(index)
        } else {
            enterReview()
        }
    }

    // MARK: Questions

    private mutating func answer(_ index: Int, _ action: Action) -> Outcome {
        let item = items[index]
        let question = item.question
        let existing = response(item.part).answers[question.id]
        switch action {
        case .help:
            if question.help == nil { error = strings.noHelp } else { showHelp.toggle() }
            return Outcome()
        case .back:
            goBack(from: index)
            return Outcome()
        case .skip:
            guard !question.required else {
                error = strings.cannotSkip(hasNotApplicable: question.kind.options.contains { $0.value == nil } && question.kind.isScored)
                return Outcome()
            }
            var response = response(item.part)
            response.answers[question.id] = nil
            response.skipped.insert(question.id)
            setResponse(item.part, response)
            var outcome = Outcome(save: true)
            outcome.removed = pruneHidden()
            advance(from: index)
            return outcome
        case .keep,
            .confirm where !touched:
            // Enter without a choice on this screen keeps what is there, and records nothing
            // on a question not answered yet: the cursor was never pointed at an option.
            guard existing != nil || response(item.part).skipped.contains(question.id) else {
                switch question.kind {
                case .number, .text: error = strings.typeALine
                case .multi: error = strings.tickFirst
                default: error = strings.chooseFirst(count: options(of: question).count, keys: letterHint(question))
                }
                return Outcome()
            }
            advance(from: index)
            return Outcome()
        default:
            break
        }
        switch question.kind {
        case .scale, .choice, .yesno:
            let count = options(of: question).count
            switch action {
            case .up, .down: move(action, count: count)
            case .choose(let option) where (0..<count).contains(option):
                return chosen(index, value(of: question, option: option))
            case .confirm:
                guard let cursor, (0..<count).contains(cursor) else {
                    error = strings.chooseFirst(count: count, keys: letterHint(question))
                    return Outcome()
                }
                return chosen(index, value(of: question, option: cursor))
            case .invalid(let text):
                error = strings.notAnOption(text, count: count, keys: keyHint(question))
            default:
                error = strings.chooseAnOption
            }
        case .multi(let options):
            switch action {
            case .up, .down: move(action, count: options.count)
            case .choose(let option) where options.indices.contains(option):
                if !selected.insert(option).inserted { selected.remove(option) }
                cursor = option
                touched = true
            case .chooseSet(let chosen) where chosen.allSatisfy(options.indices.contains):
                selected = Set(chosen)
                return self.chosen(index, .options(selected.sorted().map { options[$0].key }))
            case .confirm:
                return chosen(index, .options(selected.sorted().map { options[$0].key }))
            case .invalid(let text):
                error = strings.notAnOption(text, count: options.count, keys: keyHint(question))
            default:
                error = strings.chooseSeveral
            }
        case .number(let min, let max):
            guard case .submit(let line) = action else {
                error = strings.typeANumber(min: min, max: max)
                return Outcome()
            }
            if line.trimmed.isEmpty, !question.required { return perform(.skip) }
            guard let number = Double(line.trimmed.replacingComma), number.isFinite else {
                error = strings.typeANumber(min: min, max: max)
                return Outcome()
            }
            if let min, number < min { error = strings.typeANumber(min: min, max: max); return Outcome() }
            if let max, number > max { error = strings.typeANumber(min: min, max: max); return Outcome() }
            return chosen(index, .number(number))
        case .text:
            guard case .submit(let line) = action else {
                error = strings.typeALine
                return Outcome()
            }
            let text = line.trimmed
            if text.isEmpty {
                if question.required {
                    error = strings.fieldRequired
                    return Outcome()
                }
                return perform(.skip)
            }
            return chosen(index, .text(text))
        }
        return Outcome()
    }

    /// A value was chosen: ask the note and evidence that go with it, else commit it.
    private mutating func chosen(_ index: Int, _ value: AnswerValue) -> Outcome {
        let question = items[index].question
        let existing = response(items[index].part).answers[question.id]
        pending = Answer(value, note: existing?.note, evidence: existing?.evidence)
        // A remark the question asks only with other answers goes with the old answer.
        for remark in Remark.allCases where pending?.asks(remark, for: question) == false { pending?.setRemark(remark, nil) }
        if let first = remarks(for: index).first {
            step = .question(index, .remark(first))
            return Outcome()
        }
        return commit(index)
    }

    /// The remarks asked with the pending answer, in order: the note, then the evidence
    /// (not for n.v.t. or weet-niet, which have nothing to show), each only when its
    /// condition (`for`) holds for the answer. A text answer is its own explanation:
    /// with it only a required remark is asked.
    private func remarks(for index: Int) -> [Remark] {
        let question = items[index].question
        guard let pending else { return [] }
        return Remark.allCases.filter { remark in
            switch remark.requirement(of: question, for: pending.value) {
            case .none: return false
            case .optional where question.kind == .text: return false
            default: return !(remark == .evidence && (pending.isNotApplicable(to: question) || pending.isUnknown(to: question)))
            }
        }
    }

    private mutating func remarkStep(_ index: Int, _ remark: Remark, _ action: Action) -> Outcome {
        let question = items[index].question
        guard var answer = pending else {
            enter(index)
            return Outcome()
        }
        let text: String
        switch action {
        case .submit(let line): text = line.trimmed
        case .keep: text = answer.remark(remark) ?? ""
        case .back:
            let asked = remarks(for: index)
            if let position = asked.firstIndex(of: remark), position > 0 {
                step = .question(index, .remark(asked[position - 1]))
            } else {
                step = .question(index, .answer)
            }
            return Outcome()
        case .help:
            if question.help == nil { error = strings.noHelp } else { showHelp.toggle() }
            return Outcome()
        default:
            error = strings.typeALine
            return Outcome()
        }
        if text.isEmpty, answer.requires(remark, for: question) {
            error = strings.remarkRequired(remark)
            return Outcome()
        }
        answer.setRemark(remark, text.isEmpty ? nil : text)
        pending = answer
        let asked = remarks(for: index)
        if let position = asked.firstIndex(of: remark), position + 1 < asked.count {
            step = .question(index, .remark(asked[position + 1]))
            return Outcome()
        }
        return commit(index)
    }

    /// Puts the pending answer in the file, removes answers that it hides, and moves on.
    private mutating func commit(_ index: Int) -> Outcome {
        guard let answer = pending else { return Outcome() }
        let item = items[index]
        var response = response(item.part)
        response.answers[item.question.id] = answer
        response.skipped.remove(item.question.id)
        setResponse(item.part, response)
        pending = nil
        var outcome = Outcome(save: true)
        outcome.removed = pruneHidden()
        advance(from: index)
        return outcome
    }

    /// Removes answers to questions no longer shown, telling the respondent which.
    private mutating func pruneHidden() -> [QuestionID] {
        var removed: [QuestionID] = []
        for (part, questionnaire) in questionnaires.enumerated() {
            let visibility = Visibility(questionnaire, role: draft.askedRole)
            let (pruned, ids) = visibility.removingHidden(from: response(part))
            guard !ids.isEmpty else { continue }
            setResponse(part, pruned)
            for id in ids {
                removed.append(id)
                let text = questionnaire.question(id)?.text.text(strings.language) ?? id.description
                notices.append(strings.answerRemoved(text))
            }
        }
        return removed
    }

    private mutating func advance(from index: Int) {
        if returnToReview {
            enterReview()
        } else if let next = next(after: index) {
            enter(next)
        } else {
            enterReview()
        }
    }

    private mutating func goBack(from index: Int) {
        if returnToReview {
            enterReview()
        } else if let previous = previous(before: index) {
            enter(previous)
        } else {
            ask(.school)
        }
    }

    /// Shows question `index` with its current answer under the cursor, or no cursor at all
    /// when it is not answered yet.
    private mutating func enter(_ index: Int) {
        let item = items[index]
        step = .question(index, .answer)
        pending = nil
        showHelp = false
        selected = []
        cursor = nil
        touched = false
        if item.question.kern, kernExplained == nil { kernExplained = index }
        let answer = response(item.part).answers[item.question.id]
        switch (item.question.kind, answer?.value) {
        case (.yesno, .yesno(let yes)?):
            cursor = yes ? 0 : 1
        case (_, .option(let key)?):
            cursor = item.question.kind.options.firstIndex { $0.key == key }
        case (.multi(let options), .options(let keys)?):
            selected = Set(keys.compactMap { key in options.firstIndex { $0.key == key } })
            cursor = selected.min()
        default:
            break
        }
    }

    // MARK: Review

    /// The shown questions that are unanswered or skipped, by index in `items`.
    public var openItems: [Int] {
        let hidden = hiddenSets()
        return items.indices.filter { index in
            let item = items[index]
            guard !hidden[item.part].contains(item.question.id) else { return false }
            return response(item.part).answers[item.question.id] == nil
        }
    }

    private mutating func enterReview() {
        returnToReview = false
        step = .review
        cursor = openItems.count
        touched = false
    }

    private mutating func review(_ action: Action) -> Outcome {
        let open = openItems
        switch action {
        case .up, .down: move(action, count: open.count + 1)
        case .choose(let index) where index < open.count:
            returnToReview = true
            enter(open[index])
        case .choose(let index) where index == open.count:
            step = .finished
        case .confirm:
            if let cursor, cursor < open.count {
                returnToReview = true
                enter(open[cursor])
            } else {
                step = .finished
            }
        case .keep:
            step = .finished
        case .back:
            if let last = previous(before: items.count) { enter(last) }
        default:
            error = strings.chooseByNumber(open.count + 1)
        }
        return Outcome()
    }

    // MARK: Positions

    func hiddenSets() -> [Set<QuestionID>] {
        questionnaires.enumerated().map { part, questionnaire in
            Visibility(questionnaire, role: draft.askedRole).hidden(in: response(part))
        }
    }

    func isShown(_ index: Int, _ hidden: [Set<QuestionID>]) -> Bool {
        !hidden[items[index].part].contains(items[index].question.id)
    }

    private func firstOpen() -> Int? {
        let hidden = hiddenSets()
        return items.indices.first { index in
            let item = items[index]
            let response = response(item.part)
            return isShown(index, hidden) && response.answers[item.question.id] == nil
                && !response.skipped.contains(item.question.id)
        }
    }

    private func next(after index: Int) -> Int? {
        let hidden = hiddenSets()
        return items.indices.first { $0 > index && isShown($0, hidden) }
    }

    private func previous(before index: Int) -> Int? {
        let hidden = hiddenSets()
        return items.indices.last { $0 < index && isShown($0, hidden) }
    }

    func response(_ part: Int) -> Response { content.responses[responseIndex[part]] }

    private mutating func setResponse(_ part: Int, _ response: Response) {
        content.responses[responseIndex[part]] = response
    }

    // MARK: Values

    /// The options of a question as listed: yes/no has two.
    func options(of question: Question) -> [AnswerOption] {
        if question.kind == .yesno {
            return [
                AnswerOption(key: "ja", label: LocalizedText(strings.yes, language: strings.language), value: nil),
                AnswerOption(key: "nee", label: LocalizedText(strings.no, language: strings.language), value: nil),
            ]
        }
        return question.kind.options
    }

    private func value(of question: Question, option: Int) -> AnswerValue {
        if question.kind == .yesno { return .yesno(option == 0) }
        return .option(options(of: question)[option].key)
    }

    /// The options of a question as the respondent chooses them: with the letters that
    /// choose them besides their numbers (`n` for n.v.t.; `j` and `n` for ja and nee, and
    /// `y` in English).
    func choices(of question: Question) -> [Screen.Choice] {
        let language = strings.language
        if question.kind == .yesno {
            let english = language == "en"
            return [
                Screen.Choice(key: "j", label: strings.yes, aliases: english ? ["ja", "y", "yes"] : ["ja"]),
                Screen.Choice(key: "n", label: strings.no, aliases: english ? ["nee", "no"] : ["nee"]),
            ]
        }
        return question.kind.options.map { Screen.Choice(key: $0.key, label: $0.label.text(language)) }
    }

    /// The keys besides the numbers, with what they choose: `n` for n.v.t.
    func letterKeys(_ question: Question) -> [(key: String, label: String)] {
        choices(of: question).enumerated().compactMap { index, choice in
            guard let key = choice.key, key != "\(index + 1)" else { return nil }
            return (key, choice.label)
        }
    }

    private func keyHint(_ question: Question) -> String {
        letterKeys(question).map(\.key).joined(separator: ", ")
    }

    private func letterHint(_ question: Question) -> [(key: String, label: String)] {
        letterKeys(question)
    }
}

// MARK: Reading the state

extension Interview {
    /// What is shown now.
    public var screen: Screen {
        ScreenBuilder(interview: self).screen
    }

    /// The answers so far, counted per questionnaire and theme.
    public var summary: Summary {
        let hidden = hiddenSets()
        let language = strings.language
        return Summary(
            parts: questionnaires.enumerated().map { part, questionnaire in
                let response = response(part)
                var total = Summary.Count(title: questionnaire.title.text(language))
                let themes = questionnaire.themes.map { theme in
                    var count = Summary.Count(title: theme.title.text(language))
                    for question in theme.questions where !hidden[part].contains(question.id) {
                        count.shown += 1
                        if let answer = response.answers[question.id] {
                            count.answered += 1
                            if answer.isNotApplicable(to: question) { count.notApplicable += 1 }
                            if answer.note != nil || answer.evidence != nil { count.remarks += 1 }
                        } else if response.skipped.contains(question.id) {
                            count.skipped += 1
                        }
                    }
                    total.add(count)
                    return count
                }
                return Summary.Part(title: questionnaire.title.text(language), themes: themes, total: total)
            })
    }

    /// Answered or skipped shown questions among all shown questions, 0–100.
    public var percentDone: Int {
        let total = summary.total
        guard total.shown > 0 else { return 100 }
        return (total.answered + total.skipped) * 100 / total.shown
    }

    /// Whether the screen explains what `kern` means: on the first core question shown.
    var explainsKern: Bool {
        if case .question(let index, _) = step { return index == kernExplained }
        return false
    }

    /// The shown questions still open at the end, as `theme · question`, in order.
    public var openQuestions: [String] {
        openItems.map { index in
            let item = items[index]
            return item.theme.title.text(strings.language) + " · " + item.question.text.text(strings.language)
        }
    }

    /// State the screen builder reads.
    var view:
        (
            cursor: Int?, selected: Set<Int>, pending: Answer?, showHelp: Bool, notices: [String], error: String?,
            draft: (name: String, role: String?, organisation: String, school: String?)
        )
    {
        (cursor, selected, pending, showHelp, notices, error, (draft.name, draft.role, draft.organisation, draft.school))
    }

    func isFirstShown(_ index: Int, inTheme: Bool) -> Bool {
        let hidden = hiddenSets()
        let item = items[index]
        return !items.indices.contains { other in
            other < index && items[other].part == item.part && isShown(other, hidden)
                && (!inTheme || items[other].theme.id == item.theme.id)
        }
    }

    /// The number of question `index` among the shown questions of its theme, and how many there are.
    func positionInTheme(_ index: Int) -> (number: Int, count: Int) {
        let hidden = hiddenSets()
        let item = items[index]
        let theme = items.indices.filter {
            items[$0].part == item.part && items[$0].theme.id == item.theme.id && isShown($0, hidden)
        }
        return ((theme.firstIndex(of: index) ?? 0) + 1, theme.count)
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }

    /// `2,5` as `2.5`, for numbers typed the Dutch way.
    var replacingComma: String {
        String(map { $0 == "," ? "." : $0 })
    }
}
