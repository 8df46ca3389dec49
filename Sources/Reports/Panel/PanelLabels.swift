public import Assessment
public import Questionnaire

/// The words around a panel brief, in Dutch and English.
///
/// Any language other than `en` reads Dutch. Words the brief shares with a respondent's
/// report come from `report`.
public struct PanelLabels: Sendable {
    public let language: String
    /// The report's labels, for the words both share.
    public let report: Labels

    public init(language: String, set: QuestionnaireSet = .neutral) {
        self.language = language == "en" ? "en" : "nl"
        self.report = Labels(language: language, set: set)
    }

    private var nl: Bool { language == "nl" }

    // MARK: Headings

    /// The set's name for the brief: *Panelbrief Samen Opleiden*, or *Panelbrief* without a set.
    public var title: String { SafeText.line(report.set.brief.text(language)) }
    public var themes: String { nl ? "Thema's" : "Themes" }
    public var perRole: String { nl ? "Per rol" : "Per role" }
    public var statements: String { nl ? "Uitspraken" : "Statements" }
    public var change: String { nl ? "Verandering sinds het vorige zelfassessment" : "Change since the previous self-assessment" }
    public var region: String { nl ? "Vergelijking met de regio" : "Compared with the region" }
    public var differences: String { nl ? "Waar de antwoorden uiteenlopen" : "Where answers differ" }
    public var questions: String { nl ? "Gespreksvragen" : "Questions for the conversation" }
    public var notes: String { report.notes }

    /// The sentence that sets the tone: numbers open a conversation.
    public var conversationNote: String {
        nl
            ? "Deze brief bundelt het zelfassessment van alle respondenten van het bestuur als voorbereiding op het panelgesprek. De scores zijn input voor het gesprek, geen oordeel: er is geen norm om te halen."
            : "This brief brings together the self-assessment of all the board's respondents to prepare the panel conversation. The scores are input for the conversation, not a verdict: there is no norm to meet."
    }

    // MARK: Kern statements

    public var kernHeading: String { report.kernHeading }

    /// What the board's checklist shows, and what its marks mean.
    public var kernLegend: String {
        (nl
            ? "Per kernuitspraak het middelste antwoord (mediaan) van de respondenten die met een score antwoordden. "
            : "Per core agreement the middle answer (median) of the respondents who answered with a score. ")
            + report.kernLegend
    }

    /// `Grotendeels (mediaan, 5 van 6 respondenten)`, or `n.v.t. (geen score, 6 respondenten)`.
    public func kernAnswer(_ check: KernCheck) -> String {
        let answer = report.kernAnswer(check)
        if check.status.mark != nil {
            return nl
                ? "\(answer) (mediaan, \(check.counted) van \(respondents(check.shown)))"
                : "\(answer) (median, \(check.counted) of \(respondents(check.shown)))"
        }
        if check.status == .withheld {
            return nl ? "\(answer) (\(check.counted) van \(respondents(check.shown)))" : "\(answer) (\(check.counted) of \(respondents(check.shown)))"
        }
        return nl ? "\(answer) (geen score, \(respondents(check.shown)))" : "\(answer) (no score, \(respondents(check.shown)))"
    }

    // MARK: Header

    public var board: String { report.board }
    public var respondentsLabel: String { nl ? "Respondenten" : "Respondents" }
    public var questionnaires: String { nl ? "Vragenlijsten" : "Questionnaires" }
    /// The questionnaires a brief covers, by id and version; a dash when there are none.
    public func questionnaireList(_ questionnaires: [Questionnaire]) -> String {
        questionnaires.isEmpty ? "—" : questionnaires.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
    }
    public var previous: String { nl ? "Vorig zelfassessment" : "Previous self-assessment" }
    public var regionLabel: String { nl ? "Regio" : "Region" }

    /// `5 respondenten`.
    public func respondents(_ count: Int) -> String {
        nl ? "\(count) \(count == 1 ? "respondent" : "respondenten")" : "\(count) \(count == 1 ? "respondent" : "respondents")"
    }

    /// `4 besturen`.
    public func boards(_ count: Int) -> String {
        nl ? "\(count) \(count == 1 ? "bestuur" : "besturen")" : "\(count) \(count == 1 ? "board" : "boards")"
    }

    public func previousGiven(_ given: Bool) -> String {
        given
            ? (nl ? "meegenomen; per thema staat de verandering bij de scores" : "included; the change per theme is shown with the scores")
            : (nl ? "niet meegegeven" : "not given")
    }

    public func regionGiven(_ boards: Int, minimum: Int) -> String {
        if boards == 0 { return nl ? "geen vergelijking meegegeven" : "no comparison given" }
        if boards < minimum { return regionTooFew(boards, minimum: minimum) }
        return nl
            ? "vergeleken met \(self.boards(boards)) uit de regio, zonder namen"
            : "compared with \(self.boards(boards)) of the region, without names"
    }

    /// Said instead of the comparison when too few other boards were given.
    public func regionTooFew(_ boards: Int, minimum: Int) -> String {
        nl
            ? "niet getoond: \(self.boards(boards)) meegegeven, een vergelijking vraagt er minstens \(minimum), zodat geen cijfer van één bestuur te herleiden is"
            : "not shown: \(self.boards(boards)) given, a comparison needs at least \(minimum), so that no single board's figure can be traced"
    }

    /// Said when the respondents named more than one board.
    public func severalBoards(_ names: [String]) -> String {
        nl
            ? "Let op: de respondenten noemen \(names.count) verschillende besturen. Controleer of alle antwoordbestanden bij dit bestuur horen."
            : "Note: the respondents name \(names.count) different boards. Check that every answers file belongs to this board."
    }

    // MARK: Who answered

    public var role: String { report.role }
    public var count: String { nl ? "Aantal" : "Count" }
    public var total: String { nl ? "Totaal" : "Total" }
    public var shownApart: String { nl ? "Apart getoond" : "Shown apart" }

    /// What the brief guarantees about privacy: the same text the respondent read before answering.
    public func minimumGroupNote(_ minimum: Int) -> String {
        PrivacyRule.promise(minimumGroup: minimum, language: language)
    }

    /// Said when no role may be shown apart.
    public func noRoleShown(_ minimum: Int) -> String {
        nl
            ? "Scores per rol worden niet getoond: dan zou een groep van minder dan \(minimum) respondenten te berekenen zijn."
            : "Scores per role are not shown: they would let anyone compute a group of fewer than \(minimum) respondents."
    }

    /// Stands for a figure the privacy rule leaves out.
    public var withheld: String { "—" }

    // MARK: Statistics

    public var score: String { report.score }
    public var level: String { report.level }
    public var theme: String { report.theme }
    public var safeguard: String { report.safeguard }
    public var safeguardScore: String { report.safeguardScore }
    public var statement: String { nl ? "Uitspraak" : "Statement" }
    public var respondentsColumn: String { nl ? "Resp." : "Resp." }
    public var answersColumn: String { nl ? "Antw." : "Answ." }
    public var mean: String { nl ? "Gemiddelde" : "Mean" }
    public var lowest: String { nl ? "Laagste" : "Lowest" }
    public var highest: String { nl ? "Hoogste" : "Highest" }
    public var spread: String { nl ? "Spreiding" : "Spread" }
    public var range: String { nl ? "Laagste–hoogste" : "Lowest–highest" }
    /// Short headers for the statements' tables, which need the room for the statement.
    public var meanShort: String { nl ? "Gem." : "Mean" }
    public var rangeShort: String { nl ? "Bereik" : "Range" }
    public var notApplicable: String { report.notApplicableColumn }
    public var unknown: String { report.unknownColumn }
    public var noScore: String { report.noScore }

    /// The spread chart's legend.
    public var rangeLegend: String { nl ? "laagste tot hoogste antwoord" : "lowest to highest answer" }
    public var differsLegend: String { nl ? "antwoorden lopen uiteen" : "answers differ" }
    public var noAnswers: String { nl ? "geen antwoorden met een score" : "no answers with a score" }

    /// What the numbers mean: the spread is the standard deviation between respondents.
    public func statisticsNote(_ minimum: Int) -> String {
        nl
            ? "De score van het bestuur is het gemiddelde van de scores van de respondenten. Laagste en hoogste zijn de laagste en hoogste score van een respondent; de spreiding is de standaardafwijking tussen respondenten. Een — staat voor een cijfer over minder dan \(minimum) respondenten, dat niet getoond wordt."
            : "The board's score is the mean of the respondents' scores. Lowest and highest are the lowest and highest score of a respondent; the spread is the standard deviation between respondents. A — stands for a figure over fewer than \(minimum) respondents, which is not shown."
    }

    /// `4 respondenten · laagste 2,50 · hoogste 4,00 · spreiding 0,61`; only the count when
    /// the privacy rule leaves the rest out.
    public func statistics(_ statistics: Statistics, shown: Bool) -> String {
        guard shown, let low = statistics.min, let high = statistics.max else { return respondents(statistics.count) }
        var parts = [respondents(statistics.count), "\(lowest.lowercased()) \(number(low))", "\(highest.lowercased()) \(number(high))"]
        if let spread = statistics.standardDeviation, statistics.count > 1 {
            parts.append("\(self.spread.lowercased()) \(number(spread))")
        }
        return parts.joined(separator: " · ")
    }

    /// Under a board score that averages extrapolated sums with complete ones:
    /// `* 2 van 5 respondenten: een opgeschaalde som; …`.
    public func extrapolatedMean(_ aggregate: ScoreAggregate) -> String? {
        let count = aggregate.extrapolated
        guard count > 0 else { return nil }
        let all = aggregate.statistics.count
        return nl
            ? "\(report.extrapolatedMark) \(count) van \(respondents(all)): een opgeschaalde som (er ontbreken antwoorden); het gemiddelde neemt \(count == all ? "alleen opgeschaalde sommen" : "opgeschaalde en volledige sommen samen")."
            : "\(report.extrapolatedMark) \(count) of \(respondents(all)): a scaled-up sum (answers are missing); the mean \(count == all ? "takes only scaled-up sums" : "takes scaled-up and complete sums together")."
    }

    /// A score or statistic with two decimals, decimal comma in Dutch.
    public func number(_ value: Double) -> String { report.number(value) }

    /// A number with at most two decimals and no trailing zeros: `3`, `2,5`.
    public func compact(_ value: Double) -> String { report.decimal(NumberText.format(value)) }

    /// `2–4`, or `3` when lowest and highest are the same.
    public func range(_ statistics: Statistics) -> String {
        guard let low = statistics.min, let high = statistics.max else { return "—" }
        return low == high ? compact(low) : "\(compact(low))–\(compact(high))"
    }

    /// A signed difference: `+0,45`, `−0,30`, `0,00`.
    public func delta(_ value: Double) -> String {
        let text = number(abs(value))
        if text == number(0) { return text }
        return (value > 0 ? "+" : "−") + text
    }

    // MARK: Change and region

    public var before: String { nl ? "Vorige keer" : "Previous" }
    public var now: String { nl ? "Nu" : "Now" }
    public var difference: String { nl ? "Verschil" : "Difference" }
    public var notComparable: String { nl ? "niet vergelijkbaar" : "not comparable" }
    public var boardColumn: String { nl ? "Bestuur" : "Board" }
    public var regionMean: String { nl ? "Regio gemiddeld" : "Region mean" }
    public var regionSpread: String { nl ? "Regio spreiding" : "Region spread" }
    public var boardsColumn: String { nl ? "Besturen" : "Boards" }

    /// Why a theme is not comparable with the earlier assessment.
    public var notComparableNote: String {
        nl
            ? "Niet vergelijkbaar: de vragenlijst is sinds het vorige zelfassessment op dit thema veranderd (uitspraken toegevoegd, gesplitst, anders gescoord of vervallen), dus een verschil in score zegt niets."
            : "Not comparable: since the previous self-assessment the questionnaire changed on this theme (statements added, split, scored differently or dropped), so a difference in score means nothing."
    }

    public var noPreviousPart: String {
        nl ? "Het vorige zelfassessment bevat deze waarborg niet." : "The previous self-assessment does not include this safeguard."
    }

    /// When a change returns as a finding.
    public var changeNote: String {
        let threshold = compact(PanelAnalysis.changeThreshold)
        return nl
            ? "Bij de thema's van elke waarborg staat de score van het vorige zelfassessment. Een verschil van \(threshold) of meer komt als sterk punt of gespreksvraag terug in de brief."
            : "Each safeguard's themes show the score of the previous self-assessment. A difference of \(threshold) or more returns in the brief as a strength or a question."
    }

    public func regionNote(_ minimum: Int) -> String {
        nl
            ? "Per thema het gemiddelde van de andere besturen in de regio (elk bestuur telt één keer) en de spreiding tussen hun gemiddelden, alleen over \(minimum) of meer besturen. Andere besturen worden niet genoemd en het cijfer van één bestuur (zoals het laagste of hoogste) staat er niet in."
            : "Per theme the mean of the other boards of the region (each board counts once) and the spread between their means, only over \(minimum) or more boards. Other boards are not named, and no single board's figure (such as the lowest or highest) is shown."
    }

    /// `Vorige keer 2,80 · nu 3,25 · +0,45`.
    public func change(_ change: ThemeChange) -> String {
        guard change.comparable else { return "\(before) — \(notComparable)" }
        let beforeText = change.before.map(number) ?? noScore
        let nowText = change.now.map(number) ?? noScore
        var text = "\(before) \(beforeText) → \(now.lowercased()) \(nowText)"
        if let delta = change.delta { text += " (\(self.delta(delta)))" }
        return text
    }

    /// `Regio gemiddeld 3,00 (spreiding 0,40, 6 besturen)`.
    public func region(_ figure: RegionFigure) -> String {
        let spread = figure.standardDeviation.map { "\(self.spread.lowercased()) \(number($0)), " } ?? ""
        return nl
            ? "Regio gemiddeld \(number(figure.mean)) (\(spread)\(boards(figure.boards)))"
            : "Region mean \(number(figure.mean)) (\(spread)\(boards(figure.boards)))"
    }

    // MARK: Findings

    public var strengths: String { report.strengths }
    public var developmentPoints: String { report.developmentPoints }
    public var why: String { report.why }
    public var actions: String { report.actions }
    public var noQuestions: String { nl ? "Geen andere gespreksvragen uit de regels." : "No other questions from the rules." }

    public func rule(_ rule: FindingRule) -> String { report.rule(rule) }

    // MARK: Notes

    public var note: String { report.note }
    public var evidence: String { report.evidence }

    /// What a respondent's text with a statement is called: a note, or for an open
    /// question the answer itself.
    public func note(for question: Question) -> String {
        if case .text = question.kind { return language == "nl" ? "Antwoord" : "Answer" }
        return note
    }
    public var noNotes: String { nl ? "Er zijn geen toelichtingen of onderbouwingen gegeven." : "No notes or evidence were given." }
    /// How notes are shown: as written, without names, once per text, in an order that links none of them.
    public func notesNote(_ minimum: Int) -> String {
        nl
            ? "Toelichtingen, onderbouwingen en antwoorden op open vragen zoals respondenten ze schreven, zonder namen: per uitspraak eerst de toelichtingen, dan de onderbouwingen, elk op alfabet, zodat ze niet aan elkaar of aan een persoon te koppelen zijn. Een tekst die meer respondenten schreven staat er één keer, met het aantal (3×). De rol staat erbij alleen als de rol apart getoond mag worden (minstens \(minimum) respondenten, en ook de overige groep)."
            : "Notes, evidence and answers to open questions as respondents wrote them, without names: per statement first the notes, then the evidence, each in alphabetical order, so they cannot be linked to each other or to a person. A text several respondents wrote appears once, with the count (3×). The role is given only when the role may be shown apart (at least \(minimum) respondents, and the rest too)."
    }

    /// `Toelichting (3×)`, `Onderbouwing`: what a text is and how many wrote it.
    public func noteHeading(_ entry: NoteEntry, question: Question) -> String {
        let word = entry.kind == .evidence ? evidence : note(for: question)
        return entry.count > 1 ? "\(word) (\(entry.count)×)" : word
    }

    /// `Schoolleider (3)`.
    public func roleWithCount(_ label: String, _ count: Int) -> String { "\(label) (\(count))" }
}
