public import Assessment
public import Questionnaire

/// Every interface text of the reports, in Dutch and English.
///
/// Texts from questionnaires come in their own languages; these are the words around them.
/// Dutch is the default; any language other than `en` reads Dutch.
public struct Labels: Sendable {
    public let language: String
    /// The set's words: what the report is called, the organisation, one questionnaire.
    public let set: QuestionnaireSet

    public init(language: String, set: QuestionnaireSet = .neutral) {
        self.language = language == "en" ? "en" : "nl"
        self.set = set
    }

    private var nl: Bool { language == "nl" }

    // MARK: Headings

    /// The set's instrument: *Zelfassessment Samen Opleiden*, or *Zelfassessment* without a set.
    public var reportTitle: String { SafeText.line(set.instrument.text(language)) }
    public var overview: String { nl ? "Overzicht" : "Overview" }
    /// The overview's plain average, shown only when the set asks for it (`overall: average`).
    public var average: String { nl ? "Gemiddelde" : "Average" }
    public var strengths: String { nl ? "Sterke punten" : "Strengths" }
    public var developmentPoints: String { nl ? "Ontwikkelpunten" : "Development points" }
    public var panelQuestions: String { nl ? "Gespreksvragen voor het panel" : "Questions for the panel" }
    public var notes: String { nl ? "Toelichtingen en onderbouwing" : "Notes and evidence" }
    public var why: String { nl ? "Waarom" : "Why" }
    public var actions: String { nl ? "Mogelijke acties" : "Possible actions" }

    /// The sentence that sets the tone: numbers open a conversation.
    public var conversationNote: String {
        nl
            ? "De scores zijn input voor het gesprek, geen oordeel. Er is geen norm om te halen: de niveaus laten zien waar het bestuur nu staat en waar het gesprek over kan gaan."
            : "The scores are input for the conversation, not a verdict. There is no norm to meet: the levels show where the board stands now and what the conversation can be about."
    }

    /// Closes the findings: what to do with them.
    public var planNote: String {
        nl
            ? "Gebruik de ontwikkelpunten als begin van het plan van aanpak: geef elk punt een doel, een eigenaar, een planning en een moment van evaluatie."
            : "Use the development points to start the action plan: give each point a goal, an owner, a timeline and a moment of evaluation."
    }

    // MARK: Respondent and sources

    public var respondent: String { nl ? "Respondent" : "Respondent" }
    public var role: String { nl ? "Rol" : "Role" }
    /// The set's word for the organisation: *Bestuur*.
    public var board: String { SafeText.line(set.organisation.text(language)) }
    public var school: String { nl ? "School" : "School" }
    public var answersFile: String { nl ? "Antwoorden" : "Answers" }
    public var questionnaire: String { nl ? "Vragenlijst" : "Questionnaire" }
    public var noQuestionnaires: String {
        nl ? "Dit bestand bevat geen antwoorden op een bekende vragenlijst." : "This file holds no answers to a known questionnaire."
    }

    /// `waarborg-1, versie 1.0.0`.
    public func questionnaireVersion(_ questionnaire: Questionnaire) -> String {
        nl ? "\(questionnaire.id), versie \(questionnaire.version)" : "\(questionnaire.id), version \(questionnaire.version)"
    }

    /// Said when the answers were given with another file of the same version.
    public func digestDiffers(_ questionnaire: Questionnaire) -> String {
        nl
            ? "Let op: de antwoorden zijn gegeven met een ander bestand van \(questionnaire.reference) dan het bestand waarmee nu is gescoord (de digest verschilt)."
            : "Note: the answers were given with a different file of \(questionnaire.reference) than the one used for scoring now (the digest differs)."
    }

    /// The role's label from the questionnaires, else the partnership's default, else the id.
    public func roleLabel(_ role: String, in questionnaires: [Questionnaire]) -> String {
        if role.isEmpty { return nl ? "Het bestuur samen (gezamenlijk zelfassessment)" : "The board together (joint self-assessment)" }
        for questionnaire in questionnaires {
            if let found = questionnaire.role(role) { return found.label.text(language) }
        }
        return Role.defaults.first { $0.id == role }?.label.text(language) ?? role
    }

    // MARK: Scores

    public var score: String { nl ? "Score" : "Score" }
    public var level: String { nl ? "Niveau" : "Level" }
    public var theme: String { nl ? "Thema" : "Theme" }
    /// The set's word for one questionnaire: *Waarborg*.
    public var safeguard: String { SafeText.line(set.part.text(language)) }
    /// `Score waarborg`, `Safeguard score`.
    public var safeguardScore: String { nl ? "Score \(safeguard.lowercased())" : "\(safeguard) score" }
    public var noScore: String { nl ? "geen score" : "no score" }
    public var answered: String { nl ? "beantwoord" : "answered" }
    public var notApplicable: String { nl ? "n.v.t." : "n/a" }
    public var open: String { nl ? "open" : "open" }
    public var answeredColumn: String { nl ? "Beantwoord" : "Answered" }
    public var notApplicableColumn: String { nl ? "N.v.t." : "N/a" }
    public var unknown: String { nl ? "weet niet" : "don't know" }
    public var unknownColumn: String { nl ? "Weet niet" : "Don't know" }
    public var openColumn: String { nl ? "Open" : "Open" }
    /// The mark after an extrapolated sum.
    public var extrapolatedMark: String { "*" }

    /// `7 beantwoord · 1 n.v.t. · 0 open`, with `· 2 weet niet` when there are such answers.
    public func counts(_ counts: ThemeCounts) -> String {
        let unknownPart = counts.unknown > 0 ? " · \(counts.unknown) \(unknown)" : ""
        return "\(counts.answered) \(answered) · \(counts.notApplicable) \(notApplicable)\(unknownPart) · \(counts.unanswered) \(open)"
    }

    /// A score for display: two decimals for means, whole sums without; decimal comma in Dutch.
    public func number(_ value: Double, method: ScoringMethod = .mean) -> String {
        let text: String
        if method == .sum, value == value.rounded(), abs(value) < 1e15 {
            text = String(Int(value))
        } else {
            text = Self.fixed(value, decimals: 2)
        }
        return decimal(text)
    }

    /// A number written with a dot, with the decimal comma in Dutch.
    public func decimal(_ text: String) -> String {
        nl ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// A share such as 0.5 as `50%`.
    public func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// `Score 12* is een opgeschaalde som: …`.
    public func extrapolated(_ counts: ThemeCounts) -> String {
        let missing = counts.notApplicable + counts.unknown + counts.unanswered
        return nl
            ? "\(extrapolatedMark) opgeschaalde som: \(missing) van \(counts.shown) uitspraken zonder antwoord of n.v.t.; de som is omgerekend naar het hele thema."
            : "\(extrapolatedMark) scaled-up sum: \(missing) of \(counts.shown) statements unanswered or n/a; the sum is scaled to the whole theme."
    }

    /// Why a theme or safeguard has no score, as a sentence.
    public func reason(_ reason: NoScoreReason) -> String {
        switch reason {
        case .nothingToScore:
            return nl ? "Geen score: er zijn geen getoonde uitspraken die meetellen." : "No score: no statements that count were shown."
        case .noScoredAnswers:
            return nl ? "Geen score: geen enkele uitspraak is met een score beantwoord." : "No score: no statement was answered with a score."
        case .tooMuchMissing(let missing, let of, let maxShare):
            return nl
                ? "Geen score: \(missing) van \(of) uitspraken zijn open of n.v.t.; voor een score mag hooguit \(percent(maxShare)) ontbreken."
                : "No score: \(missing) of \(of) statements are open or n/a; a score allows at most \(percent(maxShare)) missing."
        case .mixedMethods:
            return nl
                ? "Geen score: de thema's tellen op verschillende manieren (gemiddelde en som) en laten zich niet samennemen."
                : "No score: the themes score in different ways (mean and sum) and do not combine."
        case .themesMissing(let missing, let of, let maxShare):
            return nl
                ? "Geen score: \(missing) van \(of) thema's hebben geen score; hooguit \(percent(maxShare)) mag ontbreken."
                : "No score: \(missing) of \(of) themes have no score; at most \(percent(maxShare)) may be missing."
        case .sumIncomplete(let missing, let of):
            return nl
                ? "Geen score: \(missing) van \(of) thema's hebben geen score, en een som over een deel van de thema's is niet te vergelijken."
                : "No score: \(missing) of \(of) themes have no score, and a sum over part of the themes does not compare."
        }
    }

    /// What the plain average covers: `gewoon gemiddelde van 3 scores, zonder niveau: er is
    /// geen norm; zonder Waarborg 4 (geen score)`.
    public func averageNote(_ assessment: RespondentAssessment) -> String {
        let leftOut = assessment.overall.leftOut
        let counted = assessment.parts.count - leftOut.count
        var text =
            nl
            ? "gewoon gemiddelde van \(counted) \(counted == 1 ? "score" : "scores"), zonder niveau: er is geen norm"
            : "plain average of \(counted) \(counted == 1 ? "score" : "scores"), without a level: there is no norm"
        let named = leftOut.map { id -> String in
            guard let questionnaire = assessment.part(id)?.questionnaire else { return id }
            let why =
                questionnaire.scoring.method == .sum
                ? (nl ? "een som, geen gemiddelde" : "a sum, not a mean")
                : (nl ? "geen score" : "no score")
            return "\(safeguardName(questionnaire)) (\(why))"
        }
        if !named.isEmpty { text += (nl ? "; zonder " : "; without ") + list(named) }
        return text
    }

    /// Said under an overview whose rows come from questionnaires with different levels: which
    /// levels it uses, and that the others are labelled by their own levels in their section.
    public func bandsNote(_ bands: OverviewBands) -> String? {
        guard let source = bands.source, !bands.others.isEmpty else { return nil }
        let others = list(bands.others.map { "\($0.id) \($0.version)" })
        let ranges = bands.levels.map { "\($0.label.text(language)) \(levelRange($0))" }.joined(separator: ", ")
        return nl
            ? "De niveaus in dit overzicht volgen de indeling van \(source.id) \(source.version) (\(ranges)), zodat een hogere score nooit een lager niveau krijgt. \(others) \(bands.others.count == 1 ? "deelt" : "delen") anders in; verderop staat bij \(others) het niveau volgens de eigen indeling."
            : "The levels in this overview follow the bands of \(source.id) \(source.version) (\(ranges)), so a higher score never gets a lower level. \(others) \(bands.others.count == 1 ? "uses" : "use") other bands; further on, \(others) \(bands.others.count == 1 ? "shows" : "show") the level by \(bands.others.count == 1 ? "its" : "their") own bands."
    }

    /// `1–2,25`, `3–4`: the scores a level covers.
    public func levelRange(_ level: Level) -> String {
        let low = level.min.map { decimal(NumberText.format($0)) }
        switch level.upper {
        case .below(let bound), .max(let bound):
            let high = decimal(NumberText.format(bound))
            return low.map { "\($0)–\(high)" } ?? "≤ \(high)"
        case .none:
            return low.map { "≥ \($0)" } ?? ""
        }
    }

    /// Under a score built from an extrapolated sum.
    public var extrapolatedTotal: String {
        nl
            ? "\(extrapolatedMark) opgeschaald: in deze som telt een thema mee waarvan de som is omgerekend naar het hele thema, omdat er antwoorden ontbreken."
            : "\(extrapolatedMark) scaled up: this total includes a theme whose sum was scaled to the whole theme because answers are missing."
    }

    /// `a, b en c`.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (nl ? " en " : " and ") + items.last!
    }

    // MARK: Findings

    public var priority: String { nl ? "prioriteit" : "priority" }

    public func priority(_ priority: Priority) -> String {
        switch priority {
        case .hoog: nl ? "hoog" : "high"
        case .midden: nl ? "midden" : "medium"
        case .laag: nl ? "laag" : "low"
        }
    }

    public func none(_ kind: Finding.Kind) -> String {
        switch kind {
        case .strength: nl ? "Geen sterke punten uit de regels." : "No strengths from the rules."
        case .developmentPoint: nl ? "Geen ontwikkelpunten uit de regels." : "No development points from the rules."
        case .conversationPoint: nl ? "Geen gesprekspunten." : "No points for discussion."
        case .panelQuestion: nl ? "Geen gespreksvragen uit de regels." : "No questions for the panel from the rules."
        }
    }

    /// What a reason's rule is called: `regel visie-onderschrijven`, or the built-in's purpose.
    public func rule(_ rule: FindingRule) -> String {
        switch rule {
        case .builtin(let builtin): (nl ? "ingebouwde regel " : "built-in rule ") + builtin.rawValue
        case .questionnaire(let id): (nl ? "regel " : "rule ") + id
        }
    }

    public var conversationPoints: String { nl ? "Gesprekspunten" : "Points for discussion" }

    public var conversationPointsNote: String {
        nl
            ? "Thema’s die lager scoren, zonder vaste actie in de vragenlijst: bespreek eerst waar dat vandaan komt."
            : "Themes that score lower, for which the questionnaire names no action: first discuss where that comes from."
    }

    public var moreDevelopmentPoints: String { nl ? "Bijlage: overige ontwikkelpunten" : "Appendix: further development points" }

    /// `Nog 4 ontwikkelpunten staan in de bijlage.`
    public func moreDevelopmentPoints(_ count: Int) -> String {
        nl
            ? (count == 1 ? "Nog 1 ontwikkelpunt staat in de bijlage." : "Nog \(count) ontwikkelpunten staan in de bijlage.")
            : (count == 1 ? "1 more development point is in the appendix." : "\(count) more development points are in the appendix.")
    }

    public var explanation: String { nl ? "Regel" : "Rule" }

    // MARK: Kern statements

    public var kernHeading: String { nl ? "Kernuitspraken" : "Core agreements" }

    /// What the marks mean, in one line.
    public var kernLegend: String {
        nl
            ? "De afspraken die een toetredend bestuur nakomt. ✓ grotendeels of volledig (de twee hoogste antwoorden) · ~ daartussen · ✗ het laagste antwoord."
            : "The agreements a joining board meets. ✓ largely or fully (the two highest answers) · ~ in between · ✗ the lowest answer."
    }

    /// `5 van 7 kernuitspraken grotendeels of volledig`.
    public func kernCount(met: Int, of total: Int) -> String {
        nl
            ? "\(met) van \(total) \(total == 1 ? "kernuitspraak" : "kernuitspraken") grotendeels of volledig"
            : "\(met) of \(total) core \(total == 1 ? "agreement" : "agreements") largely or fully met"
    }

    /// `; 18 met te weinig antwoorden om te tonen`: kern lines a panel brief withholds.
    public func kernWithheld(_ count: Int) -> String {
        nl ? "; \(count) met te weinig antwoorden om te tonen" : "; \(count) with too few answers to show"
    }

    /// The answer on a checklist line: the option's label, or words for no value.
    public func kernAnswer(_ check: KernCheck) -> String {
        switch check.status {
        case .notApplicable: return nl ? "n.v.t." : "n/a"
        case .unknown: return nl ? "weet ik niet" : "don't know"
        case .unanswered: return nl ? "niet beantwoord" : "not answered"
        case .withheld: return nl ? "te weinig antwoorden om te tonen" : "too few answers to show"
        case .met, .partly, .notMet:
            if let option = check.option { return option.label.text(language) }
            return check.value.map { decimal(NumberText.format($0)) } ?? ""
        }
    }

    // MARK: Answers

    public var note: String { nl ? "Toelichting" : "Note" }
    public var evidence: String { nl ? "Onderbouwing" : "Evidence" }
    public var answer: String { nl ? "Antwoord" : "Answer" }
    public var yes: String { nl ? "ja" : "yes" }
    public var no: String { nl ? "nee" : "no" }
    public var coreStatement: String { nl ? "kernuitspraak" : "core statement" }

    /// The answer as a reader sees it: the option's label, yes/no, the number or the text.
    public func answer(_ answer: Answer, to question: Question) -> String {
        switch answer.value {
        case .option(let key):
            return question.kind.options.option(key)?.label.text(language) ?? key
        case .options(let keys):
            return keys.map { question.kind.options.option($0)?.label.text(language) ?? $0 }.joined(separator: ", ")
        case .yesno(let value):
            return value ? yes : no
        case .number(let value):
            return decimal(NumberText.format(value))
        case .text(let text):
            return text
        }
    }

    // MARK: Helpers

    /// `value` with exactly `decimals` decimals, rounded half away from zero.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(value) * factor).rounded()
        let whole = Int(scaled / factor)
        let fraction = Int(scaled - Double(whole) * factor)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}
