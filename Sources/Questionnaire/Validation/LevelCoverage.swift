import Diagnostics

/// Checks that levels give every score that answers can reach a level, naming the scores
/// that would have none at the levels they fall outside of.
///
/// `LevelCheck` looks at the gaps between levels; this looks at both ends.
struct LevelCoverage {
    /// The lowest and highest score answers can give a theme under `method`, over all its
    /// scoring questions; nil when none scores.
    ///
    /// A mean spans the lowest to the highest option value; a sum adds those up, weighted
    /// (a `multi` question from none chosen to every positive value chosen).
    static func reachable(_ theme: Theme, method: ScoringMethod) -> ClosedRange<Double>? {
        let ends = theme.questions.compactMap { question -> (weight: Double, low: Double, high: Double)? in
            guard question.kind.isScored else { return nil }
            let options = question.kind.options
            guard let low = options.lowestValue, let high = options.highestValue else { return nil }
            if case .multi = question.kind {
                return (question.weight, Swift.min(0, low), options.compactMap(\.value).filter { $0 > 0 }.reduce(0, +))
            }
            return (question.weight, low, high)
        }
        guard !ends.isEmpty else { return nil }
        switch method {
        case .mean:
            return ends.map(\.low).min()!...ends.map(\.high).max()!
        case .sum:
            return ends.reduce(0) { $0 + $1.weight * $1.low }...ends.reduce(0) { $0 + $1.weight * $1.high }
        }
    }

    /// Reports scores in `reachable` below the first level or above the last; `locations`
    /// gives each level's place (else `fallback`).
    static func check(
        _ levels: [Level], reachable: ClosedRange<Double>, wholeNumbers: Bool,
        locations: [FileLocation], fallback: FileLocation?, context: DecodingContext
    ) {
        guard let first = levels.first, let last = levels.last else { return }
        let ordered = zip(levels, levels.dropFirst()).allSatisfy { ($0.min ?? -.infinity) <= ($1.min ?? -.infinity) }
        guard ordered else { return }
        let (low, high) = (reachable.lowerBound, reachable.upperBound)
        if let start = first.min, start > low {
            let whole = wholeNumbers && start.rounded() == start && start - 1 >= low
            let range = whole ? "scores \(span(low, start - 1))" : "scores from \(format(low)) up to \(format(start)) (not included)"
            let rangeNL = whole ? "scores \(span(low, start - 1, nl: true))" : "scores van \(format(low)) tot \(format(start)) (niet inbegrepen)"
            context.error(
                Message(
                    nl: "\(rangeNL) zijn haalbaar maar hebben geen niveau: het laagste niveau ‘\(first.id)’ begint bij \(format(start))",
                    en: "\(range) can be reached but have no level: the lowest level '\(first.id)' starts at \(format(start))"),
                at: locations.first ?? fallback)
        }
        let end: Message?
        switch last.upper {
        case .max(let bound) where bound < high:
            end =
                wholeNumbers && bound.rounded() == bound
                ? Message(nl: "scores \(span(bound + 1, high, nl: true))", en: "scores \(span(bound + 1, high))")
                : Message(nl: "scores boven \(format(bound)) tot en met \(format(high))", en: "scores above \(format(bound)) up to \(format(high))")
        case .below(let bound) where bound <= high:
            end =
                wholeNumbers && bound.rounded() == bound
                ? Message(nl: "scores \(span(bound, high, nl: true))", en: "scores \(span(bound, high))")
                : Message(nl: "scores van \(format(bound)) tot en met \(format(high))", en: "scores from \(format(bound)) up to \(format(high))")
        default:
            end = nil
        }
        if let end {
            let upper = format(last.upperValue ?? high)
            context.error(
                Message(
                    nl: "\(end.nl) zijn haalbaar maar hebben geen niveau: het hoogste niveau ‘\(last.id)’ eindigt bij \(upper)",
                    en: "\(end.en) can be reached but have no level: the highest level '\(last.id)' ends at \(upper)"),
                at: locations.last ?? fallback)
        }
    }

    private static func span(_ low: Double, _ high: Double, nl: Bool = false) -> String {
        low == high ? format(low) : "\(format(low)) \(nl ? "tot en met" : "to") \(format(high))"
    }

    private static func format(_ value: Double) -> String { NumberText.format(value) }
}

extension Level {
    /// The number of the upper bound, whether inclusive or exclusive; nil without one.
    var upperValue: Double? {
        switch upper {
        case .below(let bound), .max(let bound): bound
        case .none: nil
        }
    }
}
