import Assessment
import Diagnostics
import Questionnaire

/// The browser form's own words, in Dutch or English; the questionnaire brings the rest.
/// Texts placed in the page are escaped where they are used or hold no markup characters.
struct FormStrings {
    let language: String

    init(_ language: String) {
        self.language = language == "en" ? "en" : "nl"
    }

    private var nl: Bool { language == "nl" }
    private func t(_ dutch: String, _ english: String) -> String { nl ? dutch : english }

    func intro(role: String) -> String {
        t(
            "Je beantwoordt de vragenlijst als \(role). Je antwoorden blijven in deze browser bewaard terwijl je werkt; je kunt de pagina sluiten en later verdergaan. Met ‘Bewaar als bestand’ onderaan maak je het antwoordbestand dat je terugstuurt.",
            "You are answering the questionnaire as \(role). Your answers are kept in this browser while you work; you can close the page and continue later. ‘Save as file’ at the bottom makes the answers file you send back."
        )
    }
    var privacyHeading: String { t("Wat er met je antwoorden gebeurt", "What happens to your answers") }
    var needsScript: String {
        t(
            "Deze vragenlijst heeft JavaScript nodig; zet het aan of vraag je coördinator om het antwoordbestand op een andere manier in te vullen.",
            "This questionnaire needs JavaScript; turn it on, or ask your coordinator for another way to fill in the answers file.")
    }
    var who: String { t("Wie vult de vragenlijst in?", "Who is answering?") }
    var name: String { t("Je naam", "Your name") }
    var organisation: String { t("Je bestuur (organisatie)", "Your board (organisation)") }
    var school: String { t("Je school, als je voor één school antwoordt (mag leeg)", "Your school, if you answer for one school (may be empty)") }
    var role: String { t("Rol", "Role") }
    var about: String { t("Over dit deel", "About this part") }
    var kern: String { t("kernvraag", "core statement") }
    var kernExplanation: String {
        t(
            "Een kernvraag is een vraag waarvan het laagste antwoord altijd een ontwikkelpunt wordt.",
            "A core statement is one whose lowest answer always becomes a development point.")
    }
    var note: String { t("Toelichting", "Note") }
    var evidence: String { t("Onderbouwing (bijvoorbeeld een document of verslag)", "Evidence (for example a document or minutes)") }
    var required: String { t("(verplicht bij dit antwoord)", "(required with this answer)") }
    var skip: String { t("Ik sla deze vraag over", "I skip this question") }
    var yes: String { t("Ja", "Yes") }
    var no: String { t("Nee", "No") }
    var answer: String { t("Je antwoord", "Your answer") }
    var save: String { t("Bewaar als bestand", "Save as file") }
    var afterSave: String {
        t(
            "Het bestand komt in je map Downloads. Stuur het naar je coördinator; die controleert het met ‘waarborg check’. Je kunt later verdergaan in deze pagina en opnieuw bewaren.",
            "The file goes to your Downloads folder. Send it to your coordinator, who checks it with ‘waarborg check’. You can continue later in this page and save again."
        )
    }

    func numberLabel(min: Double?, max: Double?) -> String {
        func number(_ value: Double) -> String {
            let text = AnswerValue.format(value)
            return nl ? text.replacingDot() : text
        }
        switch (min, max) {
        case let (min?, max?):
            return t(
                "Je antwoord: een getal van \(number(min)) tot en met \(number(max))", "Your answer: a number from \(number(min)) to \(number(max))")
        case let (min?, nil): return t("Je antwoord: een getal van \(number(min)) of meer", "Your answer: a number of \(number(min)) or more")
        case let (nil, max?): return t("Je antwoord: een getal tot en met \(number(max))", "Your answer: a number up to \(number(max))")
        case (nil, nil): return t("Je antwoord: een getal", "Your answer: a number")
        }
    }

    /// The words the script shows; `{n}`, `{count}` and `{file}` are filled in there.
    var script: JSONValue {
        .object([
            ("question", .string(t("Vraag {n} van {count}", "Question {n} of {count}"))),
            ("progress", .string(t("{n} van {count} vragen beantwoord", "{n} of {count} questions answered"))),
            (
                "notANumber",
                .string(
                    t(
                        "Dit is geen getal binnen de grenzen hierboven; het staat nog niet in je antwoorden.",
                        "This is not a number within the limits above; it is not in your answers yet."))
            ),
            (
                "noteMissing",
                .string(
                    t(
                        "Bij dit antwoord hoort een toelichting; zonder toelichting komt het antwoord niet in het bestand.",
                        "This answer needs a note; without one the answer is not saved in the file."))
            ),
            (
                "evidenceMissing",
                .string(
                    t(
                        "Bij dit antwoord hoort een onderbouwing; zonder onderbouwing komt het antwoord niet in het bestand.",
                        "This answer needs evidence; without it the answer is not saved in the file."))
            ),
            ("whoFirst", .string(t("Vul eerst bovenaan je naam en je bestuur in.", "First fill in your name and your board at the top."))),
            ("saved", .string(t("Bewaard als {file}.", "Saved as {file}."))),
            (
                "savedWithout",
                .string(
                    t(
                        "Bewaard als {file}. {count} antwoorden staan er nog niet in: ze missen een verplichte toelichting of onderbouwing (zie de meldingen bij de vragen).",
                        "Saved as {file}. {count} answers are not in it yet: they lack a required note or evidence (see the messages at the questions)."
                    ))
            ),
            ("decimal", .string(t(",", "."))),
        ])
    }
}

extension String {
    fileprivate func replacingDot() -> String {
        String(map { $0 == "." ? "," : $0 })
    }
}
