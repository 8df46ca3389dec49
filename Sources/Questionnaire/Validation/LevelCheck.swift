import Diagnostics

/// Checks that levels are listed from low to high and neither overlap nor leave gaps.
struct LevelCheck {
    /// Whether scores on these levels can only be whole numbers, so `max: 4` then `min: 5` connects.
    var wholeNumbers: Bool

    /// Checks consecutive levels; `locations` gives each level's place (else `fallback`).
    func check(_ levels: [Level], locations: [FileLocation], fallback: FileLocation?, context: DecodingContext) {
        for (index, (lower, upper)) in zip(levels, levels.dropFirst()).enumerated() {
            let location = index + 1 < locations.count ? locations[index + 1] : fallback
            if let a = lower.min, let b = upper.min, b < a {
                context.error(
                    Message(
                        nl: "niveaus staan van laag naar hoog, maar ‘\(upper.id)’ (vanaf \(format(b))) volgt op ‘\(lower.id)’ (vanaf \(format(a)))",
                        en: "levels must be listed from low to high, but '\(upper.id)' (from \(format(b))) follows '\(lower.id)' (from \(format(a)))"),
                    at: location)
                continue
            }
            guard let next = upper.min else {
                context.error(
                    Message(
                        nl: "niveau ‘\(upper.id)’ heeft een min nodig: alleen het eerste niveau mag aan de onderkant open zijn",
                        en: "level '\(upper.id)' needs a min: only the first level may be open below"),
                    at: location)
                continue
            }
            switch lower.upper {
            case .none:
                context.error(
                    Message(
                        nl: "niveau ‘\(lower.id)’ heeft geen bovengrens, maar niveau ‘\(upper.id)’ volgt erop: ze overlappen",
                        en: "level '\(lower.id)' has no upper bound but level '\(upper.id)' follows it: they overlap"),
                    at: location)
            case .below(let bound):
                if next < bound {
                    context.error(overlap(lower, upper, next), at: location)
                } else if next > bound {
                    context.error(
                        Message(
                            nl: "tussen niveaus ‘\(lower.id)’ en ‘\(upper.id)’ zit een gat van \(format(bound)) tot \(format(next))",
                            en: "levels '\(lower.id)' and '\(upper.id)' leave a gap from \(format(bound)) to \(format(next))"),
                        at: location)
                }
            case .max(let bound):
                if next <= bound {
                    context.error(overlap(lower, upper, next), at: location)
                } else if !(wholeNumbers && next == bound + 1 && bound.rounded() == bound) {
                    let hint =
                        wholeNumbers
                        ? .empty
                        : Message(
                            nl: " (gebruik ‘below: \(format(next))’ voor een grens tot)", en: " (use 'below: \(format(next))' for an exclusive bound)"
                        )
                    context.error(
                        Message(
                            nl: "tussen niveaus ‘\(lower.id)’ en ‘\(upper.id)’ zit een gat tussen \(format(bound)) en \(format(next))",
                            en: "levels '\(lower.id)' and '\(upper.id)' leave a gap between \(format(bound)) and \(format(next))") + hint,
                        at: location)
                }
            }
        }
    }

    private func format(_ value: Double) -> String { NumberText.format(value) }

    private func overlap(_ lower: Level, _ upper: Level, _ next: Double) -> Message {
        Message(
            nl: "niveaus ‘\(lower.id)’ en ‘\(upper.id)’ overlappen: \(format(next)) valt in allebei",
            en: "levels '\(lower.id)' and '\(upper.id)' overlap: \(format(next)) is in both")
    }
}
