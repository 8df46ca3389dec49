import Diagnostics

/// Checks a decoded questionnaire as a whole: levels, languages, weights, the file name.
struct Validator {
    let context: DecodingContext

    func check(_ draft: QuestionnaireDecoder.Draft, path: String) {
        checkFileName(draft.questionnaire, path: path)
        let lowest = draft.scales.compactMap { $0.options.lowestValue }.min()
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
                        nl: "thema ‘\(theme.id)’ telt de antwoorden op en heeft dus eigen niveaus nodig: de niveaus van de vragenlijst zijn voor gemiddelden",
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
        let ordered = zip(draft.scoring.levels, draft.scoring.levels.dropFirst()).allSatisfy { ($0.min ?? -.infinity) <= ($1.min ?? -.infinity) }
        let highest = draft.scales.compactMap { $0.options.highestValue }.max()
        if ordered, draft.scoring.method == .mean, let highest, let last = draft.scoring.levels.last {
            let uncovered: Double? = switch last.upper {
            case .max(let bound): highest > bound ? bound : nil
            case .below(let bound): highest >= bound ? bound : nil
            case .none: nil
            }
            if let uncovered {
                context.error(
                    Message(
                        nl: "het hoogste niveau eindigt bij \(NumberText.format(uncovered)), maar antwoorden kunnen \(NumberText.format(highest)) scoren: die scores zouden geen niveau hebben",
                        en: "the highest level ends at \(NumberText.format(uncovered)) but answers can score \(NumberText.format(highest)): those scores would have no level"),
                    at: location(of: "levels", in: draft))
            }
        }
        if ordered, let lowest, let first = draft.scoring.levels.first?.min, first > lowest {
            context.error(
                Message(
                    nl: "het laagste niveau begint bij \(NumberText.format(first)), maar antwoorden kunnen \(NumberText.format(lowest)) scoren: die scores zouden geen niveau hebben",
                    en: "the lowest level starts at \(NumberText.format(first)) but answers can score \(NumberText.format(lowest)): those scores would have no level"),
                at: location(of: "levels", in: draft))
        }
        checkLanguages(draft)
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
                    nl: "het bestand staat in map ‘\(folder)’, maar is vragenlijst ‘\(identity.id)’; zet elke vragenlijst in een map met haar eigen id",
                    en: "the file is in folder '\(folder)' but is questionnaire '\(identity.id)'; keep each questionnaire in a folder of its own id"),
                at: start)
        }
    }

    private func checkLanguages(_ draft: QuestionnaireDecoder.Draft) {
        for (language, missing) in context.missingTranslations.sorted(by: { $0.key < $1.key }) {
            context.warning(
                Message(
                    nl: "\(missing.count) \(missing.count == 1 ? "tekst heeft" : "teksten hebben") geen vertaling in ‘\(language)’, terwijl het bestand ‘\(language)’ bij languages noemt",
                    en: "\(missing.count) text(s) have no '\(language)' translation, though the file lists '\(language)' in languages"),
                at: missing.first)
        }
    }

    private func location(of key: String, in draft: QuestionnaireDecoder.Draft) -> FileLocation? {
        draft.locations[key] ?? FileLocation(file: context.file, line: 1, column: 1)
    }
}
