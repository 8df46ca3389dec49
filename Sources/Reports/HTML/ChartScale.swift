import Questionnaire

/// Where a score lies along a chart's horizontal axis.
struct ChartScale: Sendable {
    var lower: Double
    var upper: Double
    var left: Double
    var right: Double

    func x(_ value: Double) -> Double {
        guard upper > lower, value.isFinite else { return left }
        let clamped = Swift.min(upper, Swift.max(lower, value))
        return left + (clamped - lower) / (upper - lower) * (right - left)
    }

    /// Values for grid lines and axis labels: whole numbers, or round steps on a wide range.
    var ticks: [Double] {
        guard upper > lower else { return [lower] }
        let span = upper - lower
        let step: Double = span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : span <= 100 ? 10 : (span / 10).rounded(.up)
        var values: [Double] = []
        var value = (lower / step).rounded(.up) * step
        while value <= upper + 1e-9 {
            values.append(value)
            value += step
        }
        return values
    }

    /// Grid lines from `top` to `bottom` and the axis's numbers beneath.
    func axis(top: Double, bottom: Double, labels: Labels) -> String {
        var out = ""
        for tick in ticks {
            let x = SVG.number(self.x(tick))
            out +=
                "<line x1=\"\(x)\" y1=\"\(SVG.number(top))\" x2=\"\(x)\" y2=\"\(SVG.number(bottom))\" stroke=\"\(HTMLStyle.rule)\" stroke-width=\"1\"/>"
            out += SVG.text(
                [labels.decimal(NumberText.format(tick))], x: self.x(tick), y: bottom + 15, size: 11, anchor: "middle", fill: HTMLStyle.muted)
        }
        return out
    }
}
