/// What the questionnaires of one folder are together: the instrument's name, the words
/// reports use for the organisation and for one questionnaire, and whether an overview
/// may show an average over the questionnaires.
///
/// Read from `set.yaml` next to `lock.yaml` (`QuestionnaireSetReader`); a folder without
/// one gets the neutral words of `neutral`, so another instrument is never reported as
/// the Samen Opleiden self-assessment.
public struct QuestionnaireSet: Sendable, Hashable {
    /// What a report is called: *Zelfassessment Samen Opleiden*.
    public var instrument: LocalizedText
    /// What a panel brief is called: *Panelbrief Samen Opleiden*.
    public var brief: LocalizedText
    /// The word for who answers as one unit: *Bestuur*.
    public var organisation: LocalizedText
    /// The word for one questionnaire of the set: *Waarborg* (`Waarborg 2`, `Score waarborg`).
    public var part: LocalizedText
    /// Whether an overview adds a plain average over the questionnaires (never with a level).
    public var average: Bool

    public init(instrument: LocalizedText, brief: LocalizedText, organisation: LocalizedText, part: LocalizedText, average: Bool = false) {
        self.instrument = instrument
        self.brief = brief
        self.organisation = organisation
        self.part = part
        self.average = average
    }

    /// The words when a folder has no `set.yaml`: nothing that names an instrument.
    public static let neutral = QuestionnaireSet(
        instrument: LocalizedText(translations: ["nl": "Zelfassessment", "en": "Self-assessment"], primaryLanguage: "nl"),
        brief: LocalizedText(translations: ["nl": "Panelbrief", "en": "Panel brief"], primaryLanguage: "nl"),
        organisation: LocalizedText(translations: ["nl": "Organisatie", "en": "Organisation"], primaryLanguage: "nl"),
        part: LocalizedText(translations: ["nl": "Vragenlijst", "en": "Questionnaire"], primaryLanguage: "nl"))

    /// The file's name in a questionnaires folder.
    public static let fileName = "set.yaml"
}
