public import Diagnostics

/// Checks that the questionnaires reported together share one set of levels, so an
/// overview never labels 2,46 *in ontwikkeling* beside 2,48 *vraagt aandacht*.
///
/// Questionnaires are reported together when they sit in one folder and share a major
/// version (`waarborg-1@2.0.0` with `waarborg-2@2.1.0`): a major version is one edition of
/// the set. Versions of the same questionnaire are never reported together.
public enum SetLevelCheck {
    /// The other questionnaires `questionnaire` is reported with: different ids, the same
    /// major version.
    public static func partners(of questionnaire: Questionnaire, among all: [Questionnaire]) -> [Questionnaire] {
        all.filter { $0.id != questionnaire.id && $0.version.major == questionnaire.version.major }
            .sorted { ($0.id, $0.version) < ($1.id, $1.version) }
    }

    /// An error at `questionnaire`'s levels for each other set of levels among its partners,
    /// when it is a draft. A published version never changes, so nothing could be done about
    /// it there: the draft that differs is where to fix it, and two published versions that
    /// differ are left to the reports, which label such an overview with one set of levels
    /// (`docs/scoring.md`).
    public static func check(
        _ questionnaire: Questionnaire, partners: [Questionnaire], isPublished: (Questionnaire) -> Bool
    ) -> [Diagnostic] {
        guard !isPublished(questionnaire) else { return [] }
        var diagnostics: [Diagnostic] = []
        var seen: [[Level]] = []
        for other in partners where other.scoring.levels != questionnaire.scoring.levels && !seen.contains(other.scoring.levels) {
            seen.append(other.scoring.levels)
            let sharing = partners.filter { $0.scoring.levels == other.scoring.levels }
            let names = sharing.map(\.reference)
            let named = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            let namedNL = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " en " + names.last!
            let detail = difference(questionnaire.scoring.levels, other.scoring.levels)
            let here = questionnaire.levelsLocation ?? FileLocation(file: questionnaire.source.path, line: 1, column: 1)
            let there = other.levelsLocation ?? FileLocation(file: other.source.path, line: 1, column: 1)
            diagnostics.append(
                .error(
                    Message(
                        nl: "deze niveaus verschillen van die van \(namedNL), die samen met \(questionnaire.reference) gerapporteerd worden "
                            + "(dezelfde hoofdversie): \(detail.nl); één set vragenlijsten heeft één set niveaus nodig",
                        en: "these levels differ from those of \(named), reported together with \(questionnaire.reference) "
                            + "(the same major version): \(detail.en); one set of questionnaires needs one set of levels"),
                    at: here,
                    notes: [
                        .init(
                            Message(
                                nl: "de niveaus van \(other.reference)\(other.levelsLocation == nil ? " (de standaard)" : "")",
                                en: "the levels of \(other.reference)\(other.levelsLocation == nil ? " (the defaults)" : "")"),
                            at: there)
                    ]))
        }
        return diagnostics
    }

    /// The first difference, in words: `'ontwikkeling' starts at 2.5 here, at 2.25 there`.
    static func difference(_ here: [Level], _ there: [Level]) -> Message {
        if here.map(\.id) != there.map(\.id) {
            let a = here.map(\.id).joined(separator: ", "), b = there.map(\.id).joined(separator: ", ")
            return Message(nl: "hier zijn de niveaus \(a), daar \(b)", en: "the levels are \(a) here, \(b) there")
        }
        for (a, b) in zip(here, there) {
            if a.min != b.min {
                return Message(
                    nl: "‘\(a.id)’ begint hier bij \(bound(a.min, nl: true)), daar bij \(bound(b.min, nl: true))",
                    en: "'\(a.id)' starts at \(bound(a.min, nl: false)) here, at \(bound(b.min, nl: false)) there")
            }
            if a.upper != b.upper {
                return Message(
                    nl: "‘\(a.id)’ eindigt hier \(end(a.upper, nl: true)), daar \(end(b.upper, nl: true))",
                    en: "'\(a.id)' ends \(end(a.upper, nl: false)) here, \(end(b.upper, nl: false)) there")
            }
            if a.label != b.label {
                return Message(
                    nl: "‘\(a.id)’ heet hier ‘\(a.label)’, daar ‘\(b.label)’", en: "'\(a.id)' is called '\(a.label)' here, '\(b.label)' there")
            }
        }
        return Message(nl: "ze verschillen", en: "they differ")
    }

    private static func bound(_ value: Double?, nl: Bool) -> String {
        value.map { NumberText.format($0) } ?? (nl ? "geen minimum" : "no minimum")
    }

    private static func end(_ upper: Level.UpperBound, nl: Bool) -> String {
        switch upper {
        case .below(let bound): nl ? "onder \(NumberText.format(bound))" : "below \(NumberText.format(bound))"
        case .max(let bound): nl ? "bij \(NumberText.format(bound))" : "at \(NumberText.format(bound))"
        case .none: nl ? "zonder grens" : "without a bound"
        }
    }
}
