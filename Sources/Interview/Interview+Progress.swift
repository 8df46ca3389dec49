import Assessment
import Questionnaire

extension Interview {
    /// Where question `index` stands among everything this respondent is asked: its number
    /// among the shown questions, the number of its theme among the themes with shown
    /// questions, and about how many minutes the open shown questions still take.
    ///
    /// Counted over the questions the respondent's role gets and `show_if` shows now, so
    /// the numbers are the same on every screen and add up to what the summary reports.
    func position(_ index: Int) -> (number: Int, count: Int, theme: Int, themes: Int, minutesLeft: Int) {
        let hidden = hiddenSets()
        var number = 0, count = 0, theme = 0, themes = 0
        var lastTheme: (part: Int, id: String)?
        var secondsLeft: Double = 0
        for other in items.indices where isShown(other, hidden) {
            let item = items[other]
            count += 1
            if lastTheme.map({ $0.part != item.part || $0.id != item.theme.id }) ?? true {
                themes += 1
                lastTheme = (item.part, item.theme.id)
            }
            if other == index {
                number = count
                theme = themes
            }
            let response = response(item.part)
            if response.answers[item.question.id] == nil, !response.skipped.contains(item.question.id) {
                secondsLeft += Workload.seconds(item.question)
            }
        }
        return (number, count, theme, themes, Workload.minutes(secondsLeft))
    }

    /// What the respondent's role gets in this interview, once the role is known.
    public var workload: Workload? {
        guard let role else { return nil }
        return Workload(questionnaires, role: role)
    }
}
