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
                    "levels must be listed from low to high, but '\(upper.id)' (from \(format(b))) follows '\(lower.id)' (from \(format(a)))",
                    at: location)
                continue
            }
            guard let next = upper.min else {
                context.error("level '\(upper.id)' needs a min: only the first level may be open below", at: location)
                continue
            }
            switch lower.upper {
            case .none:
                context.error("level '\(lower.id)' has no upper bound but level '\(upper.id)' follows it: they overlap", at: location)
            case .below(let bound):
                if next < bound {
                    context.error("levels '\(lower.id)' and '\(upper.id)' overlap: \(format(next)) is in both", at: location)
                } else if next > bound {
                    context.error("levels '\(lower.id)' and '\(upper.id)' leave a gap from \(format(bound)) to \(format(next))", at: location)
                }
            case .max(let bound):
                if next <= bound {
                    context.error("levels '\(lower.id)' and '\(upper.id)' overlap: \(format(next)) is in both", at: location)
                } else if !(wholeNumbers && next == bound + 1 && bound.rounded() == bound) {
                    let hint = wholeNumbers ? "" : " (use 'below: \(format(next))' for an exclusive bound)"
                    context.error("levels '\(lower.id)' and '\(upper.id)' leave a gap between \(format(bound)) and \(format(next))\(hint)", at: location)
                }
            }
        }
    }

    private func format(_ value: Double) -> String { NumberText.format(value) }
}
