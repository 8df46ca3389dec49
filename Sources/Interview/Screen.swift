/// What the interview shows now, in the interface language, for a renderer to draw.
///
/// A TTY renderer draws it full-screen with a cursor; the plain renderer prints it as
/// numbered text. Neither decides anything: all texts and choices come from here.
public struct Screen: Sendable, Equatable {
    /// Where the respondent is; nil while asking who is answering.
    public var progress: Progress?
    /// The questionnaire's or the respondent section's title.
    public var heading: String
    /// The theme's title, above the question.
    public var subheading: String?
    /// An introduction shown when a questionnaire or theme begins.
    public var intro: String?
    /// The question, or the label of a field.
    public var text: String
    /// Short marks after the question: "kern", "optioneel".
    public var tags: [String] = []
    /// What a mark means, shown the first time it appears (`kern`).
    public var tagNote: String?
    /// The help text, while the respondent asked for it with `?`.
    public var help: String?
    /// The answer given earlier, when the question is visited again.
    public var current: String?
    public var input: Input
    /// What happened since the last screen, such as an answer removed because its
    /// question no longer applies.
    public var notices: [String] = []
    /// Why the last input was not accepted.
    public var error: String?
    /// The keys that work now, for a TTY.
    public var keys: String
    /// The same for plain numbered prompts.
    public var plainKeys: String

    /// What the respondent gives on this screen.
    public enum Input: Sendable, Equatable {
        /// Choose one option (or several when `multi`) from a list.
        case choices(Choices)
        /// Type one line; `initial` is the text there already.
        case line(label: String, initial: String, required: Bool)
    }

    /// A list to choose from, with the cursor and, for a multiple choice, what is ticked.
    public struct Choices: Sendable, Equatable {
        public var options: [Choice]
        /// The option under the cursor; nil until the respondent moves it on a question not
        /// answered yet, so that Enter never picks an option the respondent did not point at.
        public var cursor: Int?
        public var multi: Bool
        public var selected: Set<Int>

        public init(options: [Choice], cursor: Int?, multi: Bool = false, selected: Set<Int> = []) {
            self.options = options
            self.cursor = cursor
            self.multi = multi
            self.selected = selected
        }
    }

    /// One entry of a list: the key that chooses it besides its number, and its label.
    public struct Choice: Sendable, Equatable {
        /// The option's key when it differs from its number (`n` for n.v.t.), else nil.
        public var key: String?
        public var label: String
        /// A second line, such as a review item's state.
        public var detail: String?
        /// Other words that choose it, typed in plain mode or as one letter in a terminal:
        /// `ja` for `j`, and `y`, `yes` in English.
        public var aliases: [String]

        public init(key: String?, label: String, detail: String? = nil, aliases: [String] = []) {
            self.key = key
            self.label = label
            self.detail = detail
            self.aliases = aliases
        }

        /// Whether `text` is this option's key or one of its aliases, ignoring case.
        public func isChosen(by text: String) -> Bool {
            let lowered = text.lowercased()
            return key?.lowercased() == lowered || aliases.contains { $0.lowercased() == lowered }
        }
    }

    public var choices: Choices? {
        if case .choices(let choices) = input { return choices }
        return nil
    }

    /// The label of a line prompt.
    public var lineLabel: String? {
        if case .line(let label, _, _) = input { return label }
        return nil
    }

    public var isLine: Bool {
        if case .line = input { return true }
        return false
    }
}

/// Where the respondent is: safeguard, theme, question n of m in the theme, and how much
/// of everything shown is done.
public struct Progress: Sendable, Equatable {
    public var questionnaire: String
    public var theme: String
    /// 1-based number of the question among the shown questions of its theme.
    public var number: Int
    public var count: Int
    /// Answered or skipped questions among all shown questions, 0–100.
    public var percent: Int
    /// 1-based number of the question among all questions this respondent gets, and their number.
    public var overall: Int
    public var overallCount: Int
    /// 1-based number of the theme among the themes with questions for this respondent.
    public var themeNumber: Int
    public var themeCount: Int
    /// About how many minutes the open questions still take.
    public var minutesLeft: Int

    public init(
        questionnaire: String, theme: String, number: Int, count: Int, percent: Int,
        overall: Int = 0, overallCount: Int = 0, themeNumber: Int = 0, themeCount: Int = 0, minutesLeft: Int = 0
    ) {
        self.questionnaire = questionnaire
        self.theme = theme
        self.number = number
        self.count = count
        self.percent = percent
        self.overall = overall
        self.overallCount = overallCount
        self.themeNumber = themeNumber
        self.themeCount = themeCount
        self.minutesLeft = minutesLeft
    }
}
