public import Assessment
public import Questionnaire

/// The words around a plan in its Markdown and HTML forms, in Dutch and English.
///
/// Any language other than `en` reads Dutch. The plan's own texts are the board's and are
/// shown as written.
public struct PlanLabels: Sendable {
    public let language: String
    /// The report's labels, for the words both share.
    public let report: Labels

    public init(language: String, set: QuestionnaireSet = .neutral) {
        self.language = language == "en" ? "en" : "nl"
        self.report = Labels(language: language, set: set)
    }

    private var nl: Bool { language == "nl" }

    public var title: String { nl ? "Plan van aanpak" : "Action plan" }
    public var board: String { report.board }
    public var assessment: String { nl ? "Zelfassessment" : "Self-assessment" }
    public var questionnaires: String { nl ? "Vragenlijsten" : "Questionnaires" }
    public var answers: String { nl ? "Antwoorden" : "Answers" }
    /// The heading of the section the plan opens with: the points the board marked.
    public var speerpunten: String { nl ? "Speerpunten" : "Speerpunten (priority points)" }
    /// The tag on a development point the board marked as a speerpunt.
    public var speerpunt: String { "speerpunt" }
    public var others: String { nl ? "Overige ontwikkelpunten" : "Other development points" }
    public var noEntries: String { nl ? "Het plan heeft nog geen ontwikkelpunten." : "The plan has no development points yet." }
    public var background: String { nl ? "Aanleiding en opmerkingen" : "Background and remarks" }
    public var notes: String { nl ? "Opmerking" : "Remark" }
    /// Before the ids of other development points an entry takes care of.
    public var covers: String { nl ? "neemt ook mee" : "also covers" }
    public var resources: String { nl ? "middelen" : "resources" }
    /// Shown where the board has not filled in a field yet.
    public var toComplete: String { nl ? "in te vullen" : "to be completed" }

    /// The sentence under the heading: what the plan is for.
    public var intro: String {
        nl
            ? "Per ontwikkelpunt uit het zelfassessment: het doel, het succescriterium, de acties met eigenaar en planning, en het moment van evaluatie."
            : "For each development point of the self-assessment: the goal, the success criterion, the actions with owner and timeline, and the moment of evaluation."
    }

    // MARK: Columns

    public var point: String { nl ? "Ontwikkelpunt" : "Development point" }
    public var goal: String { nl ? "Doel" : "Goal" }
    public var criterion: String { nl ? "Succescriterium" : "Success criterion" }
    public var action: String { nl ? "Actie" : "Action" }
    public var owner: String { nl ? "Eigenaar" : "Owner" }
    public var timeline: String { nl ? "Planning" : "Timeline" }
    public var evaluation: String { nl ? "Evaluatie" : "Evaluation" }

    // MARK: Values

    public func status(_ status: PlanStatus) -> String {
        switch status {
        case .open: nl ? "open" : "open"
        case .lopend: nl ? "lopend" : "in progress"
        case .afgerond: nl ? "afgerond" : "completed"
        case .vervallen: nl ? "vervallen" : "dropped"
        }
    }

    public func priority(_ priority: Priority) -> String { report.priority(priority) }

    /// `volgt niet meer uit het zelfassessment van 14 mrt 2027`.
    public func vanished(_ date: PlanDate) -> String {
        nl ? "volgt niet meer uit het zelfassessment van \(self.date(date))" : "no longer follows from the self-assessment of \(self.date(date))"
    }

    /// `Waarborg 1 — Gedeelde visie en verantwoordelijkheid`, or `Waarborg 1` without a title.
    public func safeguard(_ number: Int, title: String?) -> String {
        if let title { return title }
        return "\(report.safeguard) \(number)"
    }

    /// `14 maart 2026, 5 respondenten`.
    public func assessment(date: PlanDate?, respondents: Int?) -> String {
        var parts: [String] = []
        if let date { parts.append(longDate(date)) }
        if let respondents {
            parts.append(
                nl
                    ? "\(respondents) \(respondents == 1 ? "respondent" : "respondenten")"
                    : "\(respondents) \(respondents == 1 ? "respondent" : "respondents")")
        }
        return parts.joined(separator: ", ")
    }

    /// `5 antwoordbestanden`.
    public func answerFiles(_ count: Int) -> String {
        nl ? "\(count) \(count == 1 ? "antwoordbestand" : "antwoordbestanden")" : "\(count) answers \(count == 1 ? "file" : "files")"
    }

    // MARK: Dates

    private static let shortNL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    private static let shortEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let longNL = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ]
    private static let longEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// `1 mrt 2027`, `1 Mar 2027`.
    public func date(_ date: PlanDate) -> String {
        "\(date.day) \((nl ? Self.shortNL : Self.shortEN)[date.month - 1]) \(date.year)"
    }

    /// `1 maart 2027`, `1 March 2027`.
    public func longDate(_ date: PlanDate) -> String {
        "\(date.day) \((nl ? Self.longNL : Self.longEN)[date.month - 1]) \(date.year)"
    }

    /// `1 mrt 2027 – 30 jun 2027`, `vanaf 1 mrt 2027`, `uiterlijk 30 jun 2027`; nil when neither is known.
    public func timeline(start: PlanDate?, end: PlanDate?) -> String? {
        switch (start, end) {
        case let (start?, end?): "\(date(start)) – \(date(end))"
        case let (start?, nil): (nl ? "vanaf " : "from ") + date(start)
        case let (nil, end?): (nl ? "uiterlijk " : "by ") + date(end)
        case (nil, nil): nil
        }
    }

    /// A date as a date, a moment in words as written.
    public func moment(_ moment: PlanMoment) -> String {
        switch moment {
        case .date(let value): date(value)
        case .text(let text): text
        }
    }
}
