import Assessment
import Questionnaire

/// Puts together the screen for the interview's current step.
struct ScreenBuilder {
    let interview: Interview

    private var strings: Strings { interview.strings }
    private var language: String { strings.language }

    var screen: Screen {
        var screen: Screen
        switch interview.step {
        case .respondent(let field):
            screen = respondent(field)
        case .question(let index, let phase):
            screen = question(index, phase)
        case .review:
            screen = review()
        case .finished, .stopped:
            screen = Screen(
                heading: strings.respondentHeading, text: strings.done, input: .line(label: "", initial: "", required: false),
                keys: "", plainKeys: "")
        }
        screen.notices = interview.view.notices
        screen.error = interview.view.error
        if interview.explainsKern { screen.tagNote = strings.kernExplanation }
        return screen
    }

    private func respondent(_ field: Interview.RespondentField) -> Screen {
        let draft = interview.view.draft
        switch field {
        case .role:
            let roles = interview.roles
            let choices = Screen.Choices(
                options: roles.map { Screen.Choice(key: nil, label: $0.label.text(language)) },
                cursor: interview.view.cursor)
            return Screen(
                heading: strings.respondentHeading, intro: nil, text: strings.fieldRole,
                current: draft.role.flatMap { id in roles.first { $0.id == id }?.label.text(language) },
                input: .choices(choices), keys: strings.roleKeys(count: roles.count),
                plainKeys: strings.plainChoiceKeys(canSkip: false, hasHelp: false))
        case .name, .organisation, .school:
            let (label, initial) =
                switch field {
                case .name: (strings.fieldName, draft.name)
                case .organisation: (strings.fieldOrganisation, draft.organisation)
                default: (strings.fieldSchool, draft.school ?? "")
                }
            return Screen(
                heading: strings.respondentHeading, intro: field == .name ? strings.welcome : nil, text: label,
                current: initial.isEmpty ? nil : initial,
                input: .line(label: label, initial: initial, required: field != .school),
                keys: strings.lineKeys(canGoBack: field != .name), plainKeys: strings.plainLineKeys(hasInitial: !initial.isEmpty))
        }
    }

    private func question(_ index: Int, _ phase: Interview.Phase) -> Screen {
        let item = interview.items[index]
        let question = item.question
        let questionnaire = interview.questionnaires[item.part]
        let response = interview.response(item.part)
        let existing = response.answers[question.id]
        let position = interview.positionInTheme(index)
        let overall = interview.position(index)
        let progress = Progress(
            questionnaire: questionnaire.title.text(language), theme: item.theme.title.text(language),
            number: position.number, count: position.count, percent: interview.percentDone,
            overall: overall.number, overallCount: overall.count, themeNumber: overall.theme, themeCount: overall.themes,
            minutesLeft: overall.minutesLeft)
        var intro: String?
        if interview.isFirstShown(index, inTheme: false), existing == nil {
            intro = questionnaire.description?.text(language)
        }
        if intro == nil, interview.isFirstShown(index, inTheme: true), existing == nil {
            intro = item.theme.description?.text(language)
        }
        if overall.number == 1, existing == nil, let workload = interview.workload, let role = interview.role {
            // Before the first question, the respondent learns what their role gets.
            let label = questionnaire.role(role)?.label.text(language) ?? role
            intro = [strings.workload(workload, role: label), intro].compactMap { $0 }.joined(separator: "\n\n")
        }
        var tags: [String] = []
        if question.kern { tags.append(strings.kern) }
        if !question.required { tags.append(strings.optional) }
        var current: String?
        if let existing {
            current = existing.value.display(for: question, language: language)
            if let note = existing.note { current! += " — " + strings.noteWord + ": " + note }
            if let evidence = existing.evidence { current! += " — " + strings.evidenceWord + ": " + evidence }
        } else if response.skipped.contains(question.id) {
            current = strings.skippedState
        }
        var screen = Screen(
            progress: progress, heading: questionnaire.title.text(language), subheading: item.theme.title.text(language),
            intro: intro, text: question.text.text(language), tags: tags,
            help: interview.view.showHelp ? question.help?.text(language) : nil, current: current,
            input: .line(label: "", initial: "", required: false), keys: "", plainKeys: "")
        let hasHelp = question.help != nil
        switch phase {
        case .answer:
            switch question.kind {
            case .scale, .choice, .yesno, .multi:
                let choices = interview.choices(of: question)
                let multi = question.kind.name == "multi"
                screen.input = .choices(
                    Screen.Choices(
                        options: choices, cursor: interview.view.cursor, multi: multi, selected: interview.view.selected))
                screen.keys =
                    multi
                    ? strings.multiKeys(count: choices.count, canSkip: !question.required, hasHelp: hasHelp)
                    : strings.choiceKeys(
                        count: choices.count, letters: interview.letterKeys(question).map(\.key),
                        canSkip: !question.required, hasHelp: hasHelp)
                screen.plainKeys =
                    multi
                    ? strings.plainMultiKeys(canSkip: !question.required, hasHelp: hasHelp)
                    : strings.plainChoiceKeys(canSkip: !question.required, hasHelp: hasHelp)
            case .number(let min, let max):
                let initial = existing.map { $0.value.display(for: question, language: language) } ?? ""
                screen.input = .line(label: strings.numberLabel(min: min, max: max), initial: initial, required: question.required)
                screen.keys = strings.lineKeys(canGoBack: true, hasHelp: hasHelp, emptySkips: !question.required && initial.isEmpty)
                screen.plainKeys = strings.plainLineKeys(hasInitial: !initial.isEmpty)
            case .text:
                let initial = existing.map { $0.value.display(for: question, language: language) } ?? ""
                screen.input = .line(
                    label: question.required ? strings.answerLabel : strings.answerLabelOptional,
                    initial: initial, required: question.required)
                screen.keys = strings.lineKeys(canGoBack: true, hasHelp: hasHelp, emptySkips: !question.required && initial.isEmpty)
                screen.plainKeys = strings.plainLineKeys(hasInitial: !initial.isEmpty)
            }
        case .remark(let remark):
            let pending = interview.view.pending
            let required = pending?.requires(remark, for: question) ?? false
            let initial = pending?.remark(remark) ?? ""
            if let pending {
                screen.current = strings.chosen(pending.value.display(for: question, language: language))
            }
            screen.input = .line(label: strings.remarkLabel(remark, required: required), initial: initial, required: required)
            screen.keys = strings.lineKeys(canGoBack: true, hasHelp: hasHelp)
            screen.plainKeys = strings.plainLineKeys(hasInitial: !initial.isEmpty)
        }
        return screen
    }

    private func review() -> Screen {
        let open = interview.openItems
        var options: [Screen.Choice] = open.map { index in
            let item = interview.items[index]
            let skipped = interview.response(item.part).skipped.contains(item.question.id)
            let questionnaire = interview.questionnaires[item.part]
            return Screen.Choice(
                key: nil, label: item.question.text.text(language),
                detail: "\(questionnaire.title.text(language)) · \(item.theme.title.text(language)) · "
                    + (skipped ? strings.skippedState : strings.unansweredState))
        }
        options.append(Screen.Choice(key: nil, label: strings.finish(open: open.count)))
        return Screen(
            progress: nil, heading: strings.reviewHeading, intro: open.isEmpty ? strings.reviewAllDone : strings.reviewIntro,
            text: open.isEmpty ? "" : strings.reviewQuestion, input: .choices(Screen.Choices(options: options, cursor: interview.view.cursor)),
            keys: strings.reviewKeys, plainKeys: strings.plainReviewKeys(count: options.count))
    }
}
