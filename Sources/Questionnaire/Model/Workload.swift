/// How many questions a respondent in one role gets, and about how long they take, to tell
/// them before they start and to show the project group what each role is asked.
///
/// The time is an estimate from the kind of each question, not a measurement: a statement
/// on a scale takes about 18 seconds to read and judge; a note or evidence that is required
/// takes about 45 seconds more to type, an optional one 5 seconds on average (most people
/// leave it); one asked only with some answers (evidence only for the two highest options)
/// costs its share of the answers. These are assumptions, written down so they can be checked against the time
/// respondents really take (`started` and `updated` in their answers files).
public struct Workload: Sendable, Equatable {
    /// Questions asked before any answer is given.
    public var questions: Int
    /// Questions a `show_if` hides until an answer shows them: at most this many more.
    public var followUps: Int
    /// The estimated time of the questions asked before any answer, in seconds.
    public var seconds: Double
    /// The estimated time of the follow-ups, in seconds.
    public var followUpSeconds: Double

    public init(questions: Int = 0, followUps: Int = 0, seconds: Double = 0, followUpSeconds: Double = 0) {
        self.questions = questions
        self.followUps = followUps
        self.seconds = seconds
        self.followUpSeconds = followUpSeconds
    }

    /// The estimate for the questions asked before any answer, in whole minutes (at least 1
    /// when there is any): what the progress line counts down from.
    public var minutes: Int { Self.minutes(seconds) }

    /// The estimate with every follow-up asked, in whole minutes.
    public var maximumMinutes: Int { Self.minutes(seconds + followUpSeconds) }

    /// Seconds as whole minutes, at least 1 when there are any.
    public static func minutes(_ seconds: Double) -> Int {
        seconds <= 0 ? 0 : max(1, Int((seconds / 60).rounded()))
    }

    /// About how long one question takes, in seconds.
    public static func seconds(_ question: Question) -> Double {
        var seconds: Double =
            switch question.kind {
            case .scale, .choice, .yesno: 18
            case .multi: 25
            case .number: 20
            case .text: question.required ? 60 : 30
            }
        let answers = Double(max(1, question.kind.options.count))
        for (requirement, only) in [(question.note, question.noteFor), (question.evidence, question.evidenceFor)] where question.kind != .text {
            let cost: Double =
                switch requirement {
                case .none: 0
                case .optional: 5
                case .required: 45
                }
            // Asked only with some answers: the share of the answers that ask it.
            seconds += cost * (only.map { min(1, Double($0.count) / answers) } ?? 1)
        }
        return seconds
    }
}
