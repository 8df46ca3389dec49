public import Assessment
public import Questionnaire

/// The words of the brief's structure: its first page, its questions, its plan overview,
/// its table of contents and appendices.
extension PanelLabels {
    private var isDutch: Bool { language == "nl" }

    // MARK: Sections

    public var contents: String { isDutch ? "Inhoud" : "Contents" }
    public var speerpunten: String { isDutch ? "Speerpunten voor het gesprek" : "Speerpunten: what to talk about" }
    public var atAGlance: String { isDutch ? "De waarborgen in één oogopslag" : "The safeguards at a glance" }
    public var panelQuestions: String { isDutch ? "Vragen voor het panel" : "Questions for the panel" }
    public var planHeading: String { isDutch ? "Plan van aanpak" : "Action plan" }
    public var appendices: String { isDutch ? "Bijlagen" : "Appendices" }

    /// `Bijlage A — Alle uitspraken`.
    public func appendix(_ letter: Character, _ title: String) -> String {
        (isDutch ? "Bijlage" : "Appendix") + " \(letter) — " + title
    }

    public var allStatements: String { isDutch ? "Alle uitspraken" : "All statements" }
    public var moreFindings: String { isDutch ? "Overige ontwikkelpunten en vragen" : "Further development points and questions" }
    public var aboutBrief: String {
        isDutch ? "Wie antwoordden en wat de brief over privacy belooft" : "Who answered and what the brief promises on privacy"
    }
    public var fullPlan: String { isDutch ? "Het plan van aanpak volledig" : "The full action plan" }

    /// The anchor of each section, the same in Markdown and HTML.
    public enum Anchor {
        public static let speerpunten = "speerpunten"
        public static let overview = "overzicht"
        public static let questions = "vragen"
        public static let plan = "plan"
        public static let appendices = "bijlagen"
        public static let kern = "bijlage-kern"
        public static let statements = "bijlage-uitspraken"
        public static let notes = "bijlage-toelichtingen"
        public static let more = "bijlage-overig"
        public static let fullPlan = "bijlage-plan"
        public static let about = "bijlage-privacy"

        public static func safeguard(_ questionnaire: Questionnaire) -> String {
            questionnaire.safeguard.map { "waarborg-\($0)" } ?? "vragenlijst-\(questionnaire.id)"
        }

        public static func developmentPoint(_ number: Int) -> String { "ontwikkelpunt-\(number)" }
        public static func question(_ number: Int) -> String { "vraag-\(number)" }
    }

    // MARK: The first page

    /// `3 respondenten: 1× bestuurder, 1× schoolleider, 1× schoolopleider`.
    public func whoAnsweredLine(_ brief: PanelBrief) -> String {
        let roles = brief.orderedRoles.map { role in
            // `3× schoolleider`: a role's label has no plural of its own.
            "\(brief.roles[role] ?? 0)× \(report.roleLabel(role, in: brief.questionnaires).lowercased())"
        }
        return respondents(brief.respondents) + (roles.isEmpty ? "" : ": " + roles.joined(separator: ", "))
    }

    /// What the speerpunten are, in one sentence.
    public var speerpuntenNote: String {
        isDutch
            ? "De punten die het gesprek waard zijn, in volgorde: de zwaarste ontwikkelpunten, waar de antwoorden het meest uiteenlopen, wat achteruitging en wat het plan van aanpak openlaat."
            : "The points worth the conversation, in order: the weightiest development points, where answers differ most, what declined and what the action plan leaves open."
    }

    public var noSpeerpunten: String {
        isDutch
            ? "Uit de antwoorden volgen geen ontwikkelpunten of vragen die om een gesprek vragen."
            : "The answers raise no development points or questions that call for a conversation."
    }

    /// The kind of a speerpunt, before its title.
    public func source(_ source: PanelAgenda.Speerpunt.Source) -> String {
        switch source {
        case .developmentPoint: isDutch ? "Ontwikkelpunt" : "Development point"
        case .conversationPoint: isDutch ? "Gesprekspunt" : "Conversation point"
        case .disagreement: isDutch ? "Verschil van inzicht" : "Difference of view"
        case .decline: isDutch ? "Achteruitgang" : "Decline"
        case .plan: isDutch ? "Plan van aanpak" : "Action plan"
        }
    }

    public var planLeavesOpen: String {
        isDutch ? "Het plan van aanpak gaat er nog niet op in." : "The action plan does not address it yet."
    }

    /// A pointer to the privacy appendix, on the first page.
    public var privacyPointer: String {
        isDutch
            ? "Geen cijfer in deze brief laat zien wat één respondent antwoordde; wat precies getoond wordt staat in de laatste bijlage."
            : "No figure in this brief shows what one respondent answered; exactly what is shown is set out in the last appendix."
    }

    // MARK: Questions

    public var questionsNote: String {
        isDutch
            ? "Ten hoogste \(PanelAgenda.questionLimit) vragen, de belangrijkste eerst; bij elke vraag de uitspraken waar ze over gaat."
            : "At most \(PanelAgenda.questionLimit) questions, the most important first; with each question the statements it is about."
    }

    public func moreQuestionsPointer(_ count: Int) -> String {
        isDutch
            ? "Nog \(count) \(count == 1 ? "vraag staat" : "vragen staan") in de bijlage."
            : "\(count) more \(count == 1 ? "question is" : "questions are") in the appendix."
    }

    public func moreDevelopmentPointsPointer(_ count: Int) -> String {
        isDutch
            ? "Nog \(count) \(count == 1 ? "ontwikkelpunt staat" : "ontwikkelpunten staan") in de bijlage."
            : "\(count) more development \(count == 1 ? "point is" : "points are") in the appendix."
    }

    public var about: String { isDutch ? "Over" : "About" }

    // MARK: The plan

    public var planOverviewNote: String {
        isDutch
            ? "Per punt van het plan het doel en wanneer het bestuur evalueert; de acties, eigenaren en termijnen staan in de bijlage."
            : "Per point of the plan its goal and when the board evaluates; actions, owners and dates are in the appendix."
    }

    public var planOpenHeading: String { isDutch ? "Wat het plan openlaat" : "What the plan leaves open" }
    public var planNothingOpen: String { isDutch ? "Het plan gaat op alle ontwikkelpunten in." : "The plan addresses every development point." }

    /// A plan entry in the brief's overview, in words every format escapes its own way:
    /// `hoog · open`, the goal (shortened) or that it is missing, and `2 acties, evaluatie …`.
    public func planOverviewLine(_ entry: PlanEntry, _ planLabels: PlanLabels) -> (tags: String, goal: String?, tail: String) {
        var tags: [String] = []
        if let priority = entry.priority { tags.append(planLabels.priority(priority)) }
        tags.append(planLabels.status(entry.status))
        var tail = [actionCount(entry.actions.count)]
        if let evaluation = entry.evaluation { tail.append(evaluationLabel + " " + planLabels.moment(evaluation)) }
        return (tags.joined(separator: " · "), entry.goal.map { SafeText.shortened($0, to: 160) }, tail.joined(separator: ", "))
    }

    /// `2 acties`.
    public func actionCount(_ count: Int) -> String {
        isDutch ? "\(count) \(count == 1 ? "actie" : "acties")" : "\(count) \(count == 1 ? "action" : "actions")"
    }

    public var evaluationLabel: String { isDutch ? "evaluatie" : "evaluation" }
    public var goalMissing: String { isDutch ? "doel nog in te vullen" : "goal still to fill in" }
}

extension PanelLabels {
    /// Why a speerpunt is on the first page, in one sentence: the first sentence of the
    /// finding's own explanation, else the last reason (the theme or statement that decided).
    public func oneLine(_ item: PanelAgenda.Speerpunt, in brief: PanelBrief) -> String {
        var line: String
        if let text = item.finding.text?.text(language), let first = Self.firstSentence(text) {
            line = first
        } else {
            line = report.reasons(of: item.finding, in: brief.questionnaires).last ?? ""
        }
        if item.planOpen { line += (line.isEmpty ? "" : " ") + planLeavesOpen }
        return line
    }

    static func firstSentence(_ text: String) -> String? {
        let line = SafeText.collapsed(text)
        guard !line.isEmpty else { return nil }
        // The first ". " ends the sentence; abbreviations such as "n.v.t. " are rare in these texts.
        var previous: Character?
        for index in line.indices {
            if line[index] == " ", previous == "." { return String(line[..<index]) }
            previous = line[index]
        }
        return line
    }

    /// `Hoort bij ontwikkelpunt 3.`
    public func belongsTo(developmentPoint number: Int) -> String {
        isDutch ? "Hoort bij ontwikkelpunt \(number)" : "Belongs to development point \(number)"
    }

    /// Read once for every safeguard's table of change.
    public var changeColumns: (before: String, delta: String) {
        isDutch ? ("Vorige keer", "Verschil") : ("Last time", "Difference")
    }

    /// The column with the board's joint self-assessment (`kind: consensus`).
    public var consensusColumn: String { isDutch ? "Gezamenlijk" : "Joint" }

    /// The joint self-assessment's score of a theme, in the terminal.
    public func consensusLine(_ score: Double) -> String {
        isDutch ? "Gezamenlijk zelfassessment: \(number(score))" : "Joint self-assessment: \(number(score))"
    }
}

extension PanelAgenda {
    /// The development point a question belongs to: one made by the same questionnaire rule.
    public func developmentPoint(of question: Finding) -> Int? {
        let rules = Set(question.reasons.map(\.rule).filter { $0.builtin == nil })
        guard !rules.isEmpty else { return nil }
        return developmentPoints.firstIndex { point in point.reasons.contains { rules.contains($0.rule) } }.map { $0 + 1 }
    }
}
