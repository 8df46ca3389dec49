import Diagnostics

/// Checks a decoded questionnaire as a whole: levels, languages, weights, the file name.
struct Validator {
    let context: DecodingContext

    func check(_ draft: QuestionnaireDecoder.Draft, path: String) {
        checkFileName(draft.questionnaire, path: path)
        let wholeSums = draft.scoring.method == .sum && draft.themes.allSatisfy(\.isWholeNumbered)
        LevelCheck(wholeNumbers: wholeSums).check(
            draft.scoring.levels, locations: draft.levelLocations["scoring"] ?? [], fallback: location(of: "levels", in: draft),
            context: context)
        for theme in draft.themes {
            let method = theme.method ?? draft.scoring.method
            if let levels = theme.levels {
                let whole = method == .sum && theme.isWholeNumbered
                LevelCheck(wholeNumbers: whole).check(
                    levels, locations: draft.levelLocations["theme:\(theme.id)"] ?? [], fallback: draft.locations["theme:\(theme.id)"],
                    context: context)
            } else if method == .sum, draft.scoring.method == .mean {
                context.error(
                    Message(
                        nl:
                            "thema ‘\(theme.id)’ telt de antwoorden op en heeft dus eigen niveaus nodig: de niveaus van de vragenlijst zijn voor gemiddelden",
                        en: "theme '\(theme.id)' sums its answers, so it needs levels of its own: the questionnaire's levels are for means"),
                    at: draft.locations["theme:\(theme.id)"])
            }
            if !theme.questions.contains(where: { $0.kind.isScored }), theme.method != nil {
                context.warning(
                    Message(
                        nl: "thema ‘\(theme.id)’ heeft een scoremethode maar geen vraag met een score",
                        en: "theme '\(theme.id)' has a scoring method but no question that scores"),
                    at: draft.locations["theme:\(theme.id)"])
            }
        }
        checkCoverage(draft, wholeSums: wholeSums)
        checkLanguages(draft)
    }

    /// Every score the answers can reach has a level: the questionnaire's levels over the
    /// themes that use them (and a safeguard's total of sums), a theme's own levels over it.
    private func checkCoverage(_ draft: QuestionnaireDecoder.Draft, wholeSums: Bool) {
        var shared: [ClosedRange<Double>] = []
        var total: (low: Double, high: Double)? = (0, 0)
        for theme in draft.themes {
            let method = theme.method ?? draft.scoring.method
            let reachable = LevelCoverage.reachable(theme, method: method)
            if method == .sum, let reachable {
                total = total.map { ($0.low + theme.weight * reachable.lowerBound, $0.high + theme.weight * reachable.upperBound) }
            } else if reachable != nil {
                total = nil
            }
            guard let reachable else { continue }
            if let levels = theme.levels {
                LevelCoverage.check(
                    levels, reachable: reachable, wholeNumbers: method == .sum && theme.isWholeNumbered,
                    locations: draft.levelLocations["theme:\(theme.id)"] ?? [], fallback: draft.locations["theme:\(theme.id)"],
                    context: context)
            } else if method == draft.scoring.method {
                shared.append(reachable)
            }
        }
        if draft.scoring.method == .sum, let total, draft.themes.count > 1, draft.themes.allSatisfy({ ($0.method ?? .sum) == .sum }) {
            shared.append(total.low...total.high)
        }
        guard let low = shared.map(\.lowerBound).min(), let high = shared.map(\.upperBound).max() else { return }
        LevelCoverage.check(
            draft.scoring.levels, reachable: low...high, wholeNumbers: wholeSums,
            locations: draft.levelLocations["scoring"] ?? [], fallback: location(of: "levels", in: draft), context: context)
    }

    private func checkFileName(_ identity: Questionnaire.Identity, path: String) {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2, let file = parts.last, file.hasSuffix(".yaml") || file.hasSuffix(".yml") else { return }
        let folder = parts[parts.count - 2]
        let stem = String(file.dropLast(file.hasSuffix(".yaml") ? 5 : 4))
        guard SemanticVersion(stem) != nil else { return }
        let start = FileLocation(file: path, line: 1, column: 1)
        if stem != identity.version.description {
            context.error(
                Message(
                    nl: "het bestand heet \(stem), maar zegt versie \(identity.version); noem het bestand naar zijn versie",
                    en: "the file is named \(stem) but says version \(identity.version); name the file after its version"),
                at: start)
        }
        if folder != identity.id {
            context.error(
                Message(
                    nl:
                        "het bestand staat in map ‘\(folder)’, maar is vragenlijst ‘\(identity.id)’; zet elke vragenlijst in een map met haar eigen id",
                    en: "the file is in folder '\(folder)' but is questionnaire '\(identity.id)'; keep each questionnaire in a folder of its own id"),
                at: start)
        }
    }

    private func checkLanguages(_ draft: QuestionnaireDecoder.Draft) {
        for (language, missing) in context.missingTranslations.sorted(by: { $0.key < $1.key }) {
            context.warning(
                Message(
                    nl:
                        "\(missing.count) \(missing.count == 1 ? "tekst heeft" : "teksten hebben") geen vertaling in ‘\(language)’, terwijl het bestand ‘\(language)’ bij languages noemt",
                    en: "\(missing.count) text(s) have no '\(language)' translation, though the file lists '\(language)' in languages"),
                at: missing.first)
        }
    }

    private func location(of key: String, in draft: QuestionnaireDecoder.Draft) -> FileLocation? {
        draft.locations[key] ?? FileLocation(file: context.file, line: 1, column: 1)
    }
}
