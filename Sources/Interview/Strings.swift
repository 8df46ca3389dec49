import Assessment
import Questionnaire

/// Every text of the answering interface, in Dutch (the default) and English.
///
/// The interview, `fill`, `check` and `template` take their words from here, so a
/// translation or a change of tone is made in one place. Questionnaire texts come from the
/// questionnaire files themselves; diagnostics about files are in English, like a compiler's.
public struct Strings: Sendable {
    /// `nl` or `en`.
    public let language: String
    /// The smallest group the panel brief shows apart, for the privacy text: the smallest
    /// of the questionnaires answered, so the promise holds whichever brief they end up in.
    public let minimumGroup: Int

    public init(_ language: String, minimumGroup: Int = 3) {
        self.language = language == "en" ? "en" : "nl"
        self.minimumGroup = minimumGroup
    }

    private var nl: Bool { language == "nl" }

    private func t(_ dutch: String, _ english: String) -> String { nl ? dutch : english }

    // MARK: Respondent

    public var respondentHeading: String { t("Wie vult de vragenlijst in?", "Who is answering?") }
    public var welcome: String {
        t(
            "Welkom. Je beantwoordt de vragenlijst van het zelfassessment voor Samen Opleiden. Je antwoorden worden na elke vraag bewaard; je kunt stoppen en later verdergaan.",
            "Welcome. You are answering the self-assessment questionnaire for Samen Opleiden. Your answers are saved after every question; you can stop and continue later."
        )
            + "\n\n" + privacy
    }
    /// What happens to the answers, before the first question: only what is true of the
    /// reports as they are. The panel brief's part is `PrivacyRule.promise`, the very text
    /// the brief itself prints, so the two cannot drift apart.
    public var privacy: String {
        t(
            "Wat er met je antwoorden gebeurt: ze staan met je naam, rol, bestuur en school in het antwoordbestand op deze computer; alleen wie dat bestand krijgt kan ze lezen. Je eigen rapport toont alles. De projectgroep kan voor eigen analyse een bestand met alle antwoorden maken, zonder namen.",
            "What happens to your answers: they are in the answers file on this computer, with your name, role, board and school; only whoever gets that file can read them. Your own report shows everything. The project group can make a file with all answers for its own analysis, without names."
        )
            + " " + PrivacyRule.promise(minimumGroup: minimumGroup, language: language) + " "
            + t(
                "Wat je in een toelichting schrijft kan wel laten zien wie je bent: schrijf er wat je ook in het gesprek zou zeggen.",
                "What you write in a note can show who you are: write what you would also say in the conversation.")
    }
    public var fieldName: String { t("Je naam", "Your name") }
    public var fieldRole: String { t("Je rol", "Your role") }
    public var fieldOrganisation: String { t("Het bestuur waarvoor je antwoordt", "The board you answer for") }
    public var fieldSchool: String {
        t("Je school (leeg laten als je voor het bestuur als geheel antwoordt)", "Your school (leave empty if you answer for the board as a whole)")
    }

    // MARK: Questions

    public var kern: String { t("kern", "core") }
    public var optional: String { t("optioneel", "optional") }
    public var yes: String { t("Ja", "Yes") }
    public var no: String { t("Nee", "No") }
    public var noteWord: String { t("toelichting", "note") }
    public var evidenceWord: String { t("onderbouwing", "evidence") }
    public var skippedState: String { t("overgeslagen", "skipped") }
    public var unansweredState: String { t("nog niet beantwoord", "not answered yet") }
    public var answerLabel: String { t("Je antwoord", "Your answer") }
    public var answerLabelOptional: String { t("Je antwoord (optioneel)", "Your answer (optional)") }
    public var currentLabel: String { t("Eerder gegeven", "Given before") }
    public var helpLabel: String { t("Hulp", "Help") }
    public var choicePrompt: String { t("Je keuze", "Your choice") }

    public func chosen(_ value: String) -> String { t("Gekozen: \(value)", "Chosen: \(value)") }

    public func numberLabel(min: Double?, max: Double?) -> String {
        switch (min, max) {
        case let (min?, max?): t("Een getal van \(format(min)) tot en met \(format(max))", "A number from \(format(min)) to \(format(max))")
        case let (min?, nil): t("Een getal van minstens \(format(min))", "A number of at least \(format(min))")
        case let (nil, max?): t("Een getal van hoogstens \(format(max))", "A number of at most \(format(max))")
        case (nil, nil): t("Een getal", "A number")
        }
    }

    public func remarkLabel(_ remark: Remark, required: Bool) -> String {
        switch (remark, required) {
        case (.note, true): t("Toelichting (verplicht)", "Note (required)")
        case (.note, false): t("Toelichting (optioneel, Enter om over te slaan)", "Note (optional, Enter to leave it out)")
        case (.evidence, true):
            t(
                "Onderbouwing: welk document of welke werkwijze laat dit zien? (verplicht)",
                "Evidence: which document or practice shows this? (required)")
        case (.evidence, false):
            t(
                "Onderbouwing: welk document of welke werkwijze laat dit zien? (optioneel, Enter om over te slaan)",
                "Evidence: which document or practice shows this? (optional, Enter to leave it out)")
        }
    }

    // MARK: Keys

    /// The keys of a list question: exactly those that do something on it.
    public func choiceKeys(count: Int, letters: [String], canSkip: Bool, hasHelp: Bool) -> String {
        let answers = ([count == 1 ? "1" : "1–\(count)"] + letters).joined(separator: ", ")
        var keys = [t("\(answers) antwoordt", "\(answers) answers"), t("↑↓ en Enter kiezen", "↑↓ and Enter choose")]
        keys += commands(canSkip: canSkip, hasHelp: hasHelp)
        return keys.joined(separator: " · ")
    }

    public func multiKeys(count: Int, canSkip: Bool, hasHelp: Bool) -> String {
        var keys = [
            t("1–\(count) of spatie zet aan/uit", "1–\(count) or space ticks"), t("- geen", "- none"), t("↑↓ bewegen", "↑↓ move"),
            t("Enter bevestigen", "Enter confirms"),
        ]
        keys += commands(canSkip: canSkip, hasHelp: hasHelp)
        return keys.joined(separator: " · ")
    }

    /// The role list: no help, no skipping.
    public func roleKeys(count: Int) -> String {
        [
            t("1–\(count) kiest", "1–\(count) chooses"), t("↑↓ en Enter kiezen", "↑↓ and Enter choose"), t("b terug", "b back"),
            t("q stoppen", "q stop"),
        ].joined(separator: " · ")
    }

    private func commands(canSkip: Bool, hasHelp: Bool) -> [String] {
        var keys: [String] = []
        if hasHelp { keys.append(t("? of F1 hulp", "? or F1 help")) }
        keys.append(t("b terug", "b back"))
        if canSkip { keys.append(t("s overslaan", "s skip")) }
        keys.append(t("q opslaan en stoppen", "q save and stop"))
        return keys
    }

    public func lineKeys(canGoBack: Bool, hasHelp: Bool = false, emptySkips: Bool = false) -> String {
        var keys = [t("Enter bevestigen", "Enter confirms")]
        if emptySkips { keys.append(t("leeg laten en Enter slaat over", "Enter on an empty line skips")) }
        if hasHelp { keys.append(t("F1 hulp", "F1 help")) }
        if canGoBack { keys.append(t("Esc terug", "Esc back")) }
        keys.append(t("Ctrl-C opslaan en stoppen", "Ctrl-C save and stop"))
        return keys.joined(separator: " · ")
    }

    public var reviewKeys: String {
        [
            t("cijfer opent", "number opens"), t("↑↓ en Enter kiezen", "↑↓ and Enter choose"), t("b terug", "b back"),
            t("q opslaan en stoppen", "q save and stop"),
        ].joined(separator: " · ")
    }

    public func plainChoiceKeys(canSkip: Bool, hasHelp: Bool) -> String {
        var keys = [t("typ het nummer of de sleutel", "type the number or the key")]
        if hasHelp { keys.append(t("? hulp", "? help")) }
        keys.append(t("b terug", "b back"))
        if canSkip { keys.append(t("s overslaan", "s skip")) }
        keys.append(t("q stoppen", "q stop"))
        return keys.joined(separator: ", ")
    }

    public func plainMultiKeys(canSkip: Bool, hasHelp: Bool) -> String {
        var keys = [t("typ de nummers met komma's (1,3), of - voor geen", "type the numbers with commas (1,3), or - for none")]
        if hasHelp { keys.append(t("? hulp", "? help")) }
        keys.append(t("b terug", "b back"))
        if canSkip { keys.append(t("s overslaan", "s skip")) }
        keys.append(t("q stoppen", "q stop"))
        return keys.joined(separator: ", ")
    }

    public func plainLineKeys(hasInitial: Bool) -> String {
        hasInitial ? t("lege regel houdt wat er staat, - wist het", "an empty line keeps what is there, - clears it") : ""
    }

    public func plainReviewKeys(count: Int) -> String {
        t("typ een nummer, of een lege regel om af te ronden", "type a number, or an empty line to finish")
    }

    // MARK: Messages

    public var noHelp: String { t("Bij deze vraag is geen hulptekst.", "This question has no help text.") }
    public var fieldRequired: String { t("Dit moet ingevuld worden.", "This must be filled in.") }
    public var typeALine: String { t("Typ je antwoord en druk op Enter.", "Type your answer and press Enter.") }
    public var chooseAnOption: String { t("Kies een van de antwoorden.", "Choose one of the answers.") }
    /// Enter on a list question not answered yet: nothing is recorded.
    public func chooseFirst(count: Int, keys: [(key: String, label: String)]) -> String {
        let letters = keys.map { t("\($0.key) voor \($0.label)", "\($0.key) for \($0.label)") }
        let also = letters.isEmpty ? "" : t(", of ", ", or ") + letters.joined(separator: t(" of ", " or "))
        return t("Kies eerst een antwoord: 1–\(count)\(also).", "Choose an answer first: 1–\(count)\(also).")
    }

    public var tickFirst: String {
        t("Zet eerst aan wat past (spatie of cijfer), of kies - voor geen.", "Tick what applies first (space or number), or choose - for none.")
    }

    /// What the `kern` mark means, the first time it is shown.
    public var kernExplanation: String {
        t(
            "[kern] = kernvraag: het laagste antwoord hierop is altijd een ontwikkelpunt.",
            "[core] = core statement: its lowest answer is always a development point.")
    }

    public var chooseSeveral: String { t("Zet de antwoorden die passen aan en druk op Enter.", "Tick the answers that apply and press Enter.") }

    public func chooseByNumber(_ count: Int) -> String {
        t("Kies een nummer van 1 tot en met \(count).", "Choose a number from 1 to \(count).")
    }

    public func cannotSkip(hasNotApplicable: Bool) -> String {
        hasNotApplicable
            ? t(
                "Deze vraag kan niet overgeslagen worden; kies n.v.t. als ze niet van toepassing is.",
                "This question cannot be skipped; choose n/a if it does not apply.")
            : t("Deze vraag kan niet overgeslagen worden.", "This question cannot be skipped.")
    }

    public func notAnOption(_ text: String, count: Int, keys: String) -> String {
        let also = keys.isEmpty ? "" : t(" of \(keys)", " or \(keys)")
        return t("'\(text)' is geen antwoord; kies 1 tot en met \(count)\(also).", "'\(text)' is not an answer; choose 1 to \(count)\(also).")
    }

    public func typeANumber(min: Double?, max: Double?) -> String {
        t("Typ een getal", "Type a number") + (min == nil && max == nil ? "." : " (" + numberLabel(min: min, max: max).lowercased() + ").")
    }

    public func remarkRequired(_ remark: Remark) -> String {
        remark == .note
            ? t("Bij deze vraag is een toelichting nodig.", "This question needs a note.")
            : t("Bij deze vraag is een onderbouwing nodig.", "This question needs evidence.")
    }

    public func answerRemoved(_ question: String) -> String {
        t(
            "Je antwoord op “\(question)” is verwijderd: die vraag hoort niet meer bij je antwoorden.",
            "Your answer to “\(question)” was removed: that question no longer applies given your answers.")
    }

    // MARK: Review and end

    public var reviewHeading: String { t("Nog even nalopen", "Review") }
    public var reviewIntro: String {
        t(
            "Deze vragen zijn nog niet beantwoord of overgeslagen. Kies er een om hem alsnog te beantwoorden, of rond af.",
            "These questions are not answered yet or were skipped. Choose one to answer it now, or finish.")
    }
    public var reviewAllDone: String { t("Alle vragen zijn beantwoord.", "All questions are answered.") }
    public var reviewQuestion: String { t("Welke vraag wil je nog beantwoorden?", "Which question do you want to answer?") }
    public var done: String { t("Klaar.", "Done.") }

    public func finish(open: Int) -> String {
        open == 0
            ? t("Afronden", "Finish")
            : t(
                "Afronden (\(open) \(open == 1 ? "vraag blijft" : "vragen blijven") open)",
                "Finish (\(open) question\(open == 1 ? "" : "s") left open)")
    }

    /// The summary after finishing, as lines.
    public func summary(_ summary: Summary, file: String, open: [String] = []) -> String {
        var lines = [t("Samenvatting van je antwoorden", "Summary of your answers"), ""]
        for part in summary.parts {
            lines.append(part.title)
            for theme in part.themes {
                lines.append("  " + theme.title + ": " + counts(theme))
            }
        }
        if !open.isEmpty {
            lines.append("")
            lines.append(t("Nog open:", "Still open:"))
            lines += open.map { "  - " + $0 }
        }
        lines.append("")
        lines.append(t("Je antwoorden staan in \(file).", "Your answers are in \(file)."))
        if !open.isEmpty {
            lines.append(t("Verder invullen: waarborg fill \(file)", "Continue answering: waarborg fill \(file)"))
        }
        lines.append(t("Volgende stap, het rapport: waarborg report \(file)", "Next step, the report: waarborg report \(file)"))
        return lines.joined(separator: "\n") + "\n"
    }

    private func counts(_ count: Summary.Count) -> String {
        var parts = [t("\(count.answered) van \(count.shown) beantwoord", "\(count.answered) of \(count.shown) answered")]
        if count.notApplicable > 0 { parts.append(t("\(count.notApplicable) n.v.t.", "\(count.notApplicable) n/a")) }
        if count.skipped > 0 { parts.append(t("\(count.skipped) overgeslagen", "\(count.skipped) skipped")) }
        if count.remarks > 0 { parts.append(t("\(count.remarks) met toelichting of onderbouwing", "\(count.remarks) with a note or evidence")) }
        return parts.joined(separator: ", ")
    }

    public func progress(_ progress: Progress) -> String {
        "\(progress.questionnaire) · \(progress.theme) · " + position(progress)
    }

    /// `vraag 37 van 58 · thema 3 van 6 · ± 12 min`: counted over the questions and themes this
    /// respondent gets, with the time the open ones still take.
    public func position(_ progress: Progress) -> String {
        t(
            "vraag \(progress.overall) van \(progress.overallCount) · thema \(progress.themeNumber) van \(progress.themeCount) · ± \(progress.minutesLeft) min",
            "question \(progress.overall) of \(progress.overallCount) · theme \(progress.themeNumber) of \(progress.themeCount) · ± \(progress.minutesLeft) min"
        )
    }

    /// When the terminal is smaller than a screen needs.
    public func terminalTooSmall(rows: Int) -> String {
        t(
            "Het venster is te klein voor deze vraag (nodig: \(rows) regels); maak het groter.",
            "The window is too small for this question (needs \(rows) rows); make it larger.")
    }

    /// A marker for lines left out above or below what is shown.
    public func moreAbove(_ count: Int) -> String {
        t("  ↑ \(count) regel\(count == 1 ? "" : "s") hierboven", "  ↑ \(count) more line\(count == 1 ? "" : "s") above")
    }
    public func moreBelow(_ count: Int) -> String {
        t("  ↓ nog \(count) regel\(count == 1 ? "" : "s")", "  ↓ \(count) more line\(count == 1 ? "" : "s")")
    }

    /// Before the first question: how many questions this role gets and about how long they take.
    public func workload(_ workload: Workload, role: String) -> String {
        let longer = workload.maximumMinutes > workload.minutes
        let more =
            workload.followUps > 0
            ? t(
                " (en tot \(workload.followUps) \(workload.followUps == 1 ? "vervolgvraag" : "vervolgvragen"), afhankelijk van je antwoorden\(longer ? ": dan tot \(workload.maximumMinutes) minuten" : ""))",
                " (and up to \(workload.followUps) follow-up question\(workload.followUps == 1 ? "" : "s"), depending on your answers\(longer ? ": then up to \(workload.maximumMinutes) minutes" : ""))"
            )
            : ""
        let one = workload.questions == 1
        let minute = workload.minutes == 1
        return t(
            "Voor jouw rol (\(role)): \(workload.questions) \(one ? "vraag" : "vragen"), ongeveer \(workload.minutes) \(minute ? "minuut" : "minuten")\(more).",
            "For your role (\(role)): \(workload.questions) question\(one ? "" : "s"), about \(workload.minutes) minute\(minute ? "" : "s")\(more).")
    }

    public func stopped(file: String, summary: Summary) -> String {
        let total = summary.total
        return t(
            "Opgeslagen in \(file): \(total.answered) van \(total.shown) vragen beantwoord. Ga later verder met: waarborg fill \(file)\n",
            "Saved in \(file): \(total.answered) of \(total.shown) questions answered. Continue later with: waarborg fill \(file)\n")
    }

    public var endOfInput: String { t("Einde van de invoer. ", "End of input. ") }
    public var interrupted: String { t("Onderbroken. ", "Interrupted. ") }

    public var noRespondentSaved: String {
        t(
            "Gestopt voordat er iets te bewaren was; er is geen bestand geschreven.\n",
            "Stopped before there was anything to save; no file was written.\n")
    }

    public func resuming(file: String, open: Int) -> String {
        t(
            "Verder met \(file) (\(open) \(open == 1 ? "vraag staat" : "vragen staan") nog open).\n",
            "Continuing \(file) (\(open) question\(open == 1 ? "" : "s") still open).\n")
    }

    public func writing(file: String) -> String {
        t("Je antwoorden worden bewaard in \(file).\n", "Your answers are saved in \(file).\n")
    }

    // MARK: Refusals of fill

    public func fileInUse(_ file: String, process: Int32?) -> String {
        let who = process.map { t("door proces \($0)", "by process \($0)") } ?? t("door een ander proces", "by another process")
        return t(
            "\(file) is in gebruik \(who) (een andere waarborg fill); rond die eerst af.\n",
            "\(file) is in use \(who) (another waarborg fill); finish that one first.\n")
    }

    public func commentsWillBeLost(_ file: String, backup: String) -> String {
        t(
            "Let op: \(file) bevat opmerkingen (#); die gaan bij het bewaren verloren. Het bestand zoals het was staat in \(backup).\n",
            "Note: \(file) has comments (#); they are lost when it is saved. The file as it was is kept in \(backup).\n")
    }

    public func notAnAnswersFile(_ file: String) -> String {
        t(
            "\(file) bestaat al en is geen antwoordbestand; kies een andere naam, of gebruik --overwrite om het te vervangen.\n",
            "\(file) exists and is not an answers file; choose another name, or pass --overwrite to replace it.\n")
    }

    public func answersFileHasErrors(_ file: String) -> String {
        t(
            "\(file) bevat fouten (zie hierboven); herstel ze, of gebruik --overwrite om opnieuw te beginnen.\n",
            "\(file) has errors (see above); fix them, or pass --overwrite to start again.\n")
    }

    public func otherVersion(_ file: String, questionnaire: String, fileVersion: String, version: String) -> String {
        t(
            "\(file) bevat antwoorden op \(questionnaire) versie \(fileVersion), maar deze sessie gebruikt versie \(version). Ga verder met de versie van het bestand met --keep-versions (of --version \(fileVersion)), of begin een nieuw bestand.\n",
            "\(file) holds answers to \(questionnaire) version \(fileVersion), but this session uses version \(version). Continue with the file's version with --keep-versions (or --version \(fileVersion)), or start a new file.\n"
        )
    }

    public func versionUnavailable(_ file: String, questionnaire: String, version: String) -> String {
        t(
            "\(file) bevat antwoorden op \(questionnaire) versie \(version), maar die versie is niet (meer) beschikbaar.\n",
            "\(file) holds answers to \(questionnaire) version \(version), but that version is not available.\n")
    }

    // MARK: Template

    public var templateIntro: [String] {
        nl
            ? [
                "Antwoordbestand voor waarborg, om in een teksteditor in te vullen.",
                "",
                "Vul je gegevens in en zet je antwoord achter elke vraag, na de dubbele punt: het nummer of de sleutel van het antwoord. Laat een antwoord leeg als je het (nog) niet weet.",
                "Een toelichting of onderbouwing schrijf je zo:",
                "  thema.vraag: {value: 3, note: \"…\", evidence: \"…\"}",
                "Controleer het bestand met: waarborg check <bestand>",
            ]
            : [
                "Answers file for waarborg, to fill in with a text editor.",
                "",
                "Fill in your details and put your answer after each question, after the colon: the number or key of the answer. Leave an answer empty if you do not know (yet).",
                "Write a note or evidence like this:",
                "  theme.question: {value: 3, note: \"…\", evidence: \"…\"}",
                "Check the file with: waarborg check <file>",
            ]
    }

    public var templateAnswer: String { t("Antwoord", "Answer") }
    public var templateYesNo: String { t("ja of nee", "ja (yes) or nee (no)") }
    public var templateText: String { t("vrije tekst, tussen aanhalingstekens", "free text, in quotes") }
    public var templateSkipped: String {
        t(
            "Optionele vragen die je bewust overslaat, zet je hier als lijst: skipped: [thema.vraag]",
            "Optional questions you choose to skip go here as a list: skipped: [theme.question]")
    }

    public func templateRoles(_ roles: [String]) -> String {
        t("je rol, een van: ", "your role, one of: ") + roles.joined(separator: ", ")
    }

    public func templateMulti(example: String) -> String {
        t("een lijst van wat past, bijvoorbeeld [\(example)]; kies uit:", "a list of what applies, for example [\(example)]; choose from:")
    }

    /// The hint for a note or evidence in a template; `only` names the answers it goes with.
    public func templateRemark(_ remark: Remark, required: Bool, only keys: [String]? = nil) -> String {
        guard let keys else { return remarkHint(remark, required: required) }
        let list = keys.joined(separator: ", ")
        return remarkHint(remark, required: required) + t(" (alleen bij \(list))", " (only with \(list))")
    }

    private func remarkHint(_ remark: Remark, required: Bool) -> String {
        switch (remark, required) {
        case (.note, true): t("Toelichting verplicht: {value: …, note: \"…\"}", "Note required: {value: …, note: \"…\"}")
        case (.note, false): t("Toelichting mag: {value: …, note: \"…\"}", "Note welcome: {value: …, note: \"…\"}")
        case (.evidence, true):
            t(
                "Onderbouwing verplicht: {value: …, evidence: \"welk document of welke werkwijze toont het?\"}",
                "Evidence required: {value: …, evidence: \"which document or practice shows it?\"}")
        case (.evidence, false):
            t(
                "Onderbouwing mag: {value: …, evidence: \"welk document of welke werkwijze toont het?\"}",
                "Evidence welcome: {value: …, evidence: \"which document or practice shows it?\"}")
        }
    }

    public func templateShowIf(_ condition: String) -> String {
        t("Alleen beantwoorden als \(condition); anders leeg laten.", "Answer only if \(condition); otherwise leave it empty.")
    }

    // MARK: Check

    public func checked(files: Int, errors: Int, warnings: Int) -> String {
        t(
            "\(files) bestand(en) gecontroleerd: \(errors) fout(en), \(warnings) waarschuwing(en).\n",
            "\(files) file(s) checked: \(errors) error(s), \(warnings) warning(s).\n")
    }

    public func completeness(file: String, questionnaire: String, count: Summary.Count) -> String {
        "\(file): \(questionnaire): " + counts(count) + "\n"
    }

    private func format(_ number: Double) -> String { AnswerValue.format(number) }
}
