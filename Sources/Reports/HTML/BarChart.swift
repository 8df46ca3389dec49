import Questionnaire

/// Horizontal bars of scores in their band colours over tinted level zones, with an
/// optional marker per bar (the region's mean) and a legend that names the bands.
///
/// The chart is drawn from values only; the table that follows it carries the same data
/// for screen readers and for print.
struct BarChart {
    struct Row {
        var label: String
        var value: Double?
        /// The value as the report writes it, or why there is none.
        var display: String
        var colour: BandColour
        /// A second value drawn as a line across the bar.
        var marker: Double?
        var strong = false
    }

    var label: String
    var rows: [Row]
    var scale: (lower: Double, upper: Double)
    /// The bands drawn behind the bars and named in the legend.
    var levels: [Level]
    var labels: Labels
    /// What the markers mean, for the legend; nil without markers.
    var markerLegend: String?

    static let width = 720.0
    private static let labelCharacters = 38
    private static let plot = (left: 262.0, right: 640.0)

    func svg() -> String {
        let scale = ChartScale(lower: scale.lower, upper: scale.upper, left: Self.plot.left, right: Self.plot.right)
        let top = 8.0
        var y = top
        var body = ""
        for row in rows {
            let lines = SVG.lines(row.label, characters: Self.labelCharacters)
            let height = Swift.max(30, Double(lines.count) * 15 + 12)
            let middle = y + height / 2
            body += SVG.text(
                lines, x: 0, y: middle - Double(lines.count - 1) * 7.5 + 4, weight: row.strong ? "600" : nil)
            if let value = row.value {
                let end = scale.x(value)
                body +=
                    "<rect x=\"\(SVG.number(scale.left))\" y=\"\(SVG.number(middle - 8))\" width=\"\(SVG.number(Swift.max(2, end - scale.left)))\" height=\"16\" rx=\"2\" fill=\"\(row.colour.strong)\"/>"
                body += SVG.text([SVG.escaped(row.display)], x: scale.right + 14, y: middle + 4, weight: "600")
            } else {
                body += SVG.text([SVG.escaped(row.display)], x: scale.left + 6, y: middle + 4, size: 11.5, fill: HTMLStyle.muted, italic: true)
            }
            if let marker = row.marker {
                let x = SVG.number(scale.x(marker))
                body +=
                    "<line x1=\"\(x)\" y1=\"\(SVG.number(middle - 12))\" x2=\"\(x)\" y2=\"\(SVG.number(middle + 12))\" stroke=\"\(HTMLStyle.ink)\" stroke-width=\"2.5\"/>"
            }
            y += height
        }
        let bottom = y
        var zones = ""
        for (index, level) in levels.enumerated() {
            let start = scale.x(level.min ?? scale.lower)
            // A zone reaches to where the next begins, so whole-number bands (0–2, 3–5) leave no gap.
            let next = index + 1 < levels.count ? levels[index + 1].min : nil
            let end: Double
            switch level.upper {
            case .below(let bound), .max(let bound): end = scale.x(next ?? bound)
            case .none: end = scale.right
            }
            guard end > start else { continue }
            let colour = BandColour.of(level, among: levels)
            zones +=
                "<rect x=\"\(SVG.number(start))\" y=\"\(SVG.number(top))\" width=\"\(SVG.number(end - start))\" height=\"\(SVG.number(bottom - top))\" fill=\"\(colour.tint)\"/>"
        }
        let axis = scale.axis(top: top, bottom: bottom, labels: labels)
        let (legend, legendHeight) = self.legend(y: bottom + 34)
        let height = bottom + 34 + legendHeight
        return SVG.open(width: Self.width, height: height, label: label) + zones + axis + body + legend + "</svg>"
    }

    /// Coloured squares naming each band with its range, and the marker's meaning.
    private func legend(y: Double) -> (String, Double) {
        var items: [(mark: String, text: String)] = levels.map { level in
            let colour = BandColour.of(level, among: levels)
            return (
                "<rect x=\"0\" y=\"-9\" width=\"12\" height=\"12\" rx=\"2\" fill=\"\(colour.strong)\"/>",
                SafeText.line(level.label.text(labels.language)) + " " + Self.range(of: level, labels: labels)
            )
        }
        if let markerLegend {
            items.append(("<line x1=\"6\" y1=\"-11\" x2=\"6\" y2=\"5\" stroke=\"\(HTMLStyle.ink)\" stroke-width=\"2.5\"/>", markerLegend))
        }
        var out = ""
        var x = 0.0
        var row = 0.0
        for item in items {
            let width = 22 + Double(item.text.count) * 6.3 + 18
            if x > 0, x + width > Self.width {
                x = 0
                row += 18
            }
            out +=
                "<g transform=\"translate(\(SVG.number(x)) \(SVG.number(y + row)))\">" + item.mark
                + SVG.text([SVG.escaped(item.text)], x: 18, y: 1, size: 11.5, fill: HTMLStyle.muted) + "</g>"
            x += width
        }
        return (out, row + 8)
    }

    /// `(1–2,5)`, `(3–4)`, `(≥ 3)`: the scores a band covers.
    static func range(of level: Level, labels: Labels) -> String {
        let low = level.min.map { labels.decimal(NumberText.format($0)) }
        switch level.upper {
        case .below(let bound), .max(let bound):
            let high = labels.decimal(NumberText.format(bound))
            return low.map { "(\($0)–\(high))" } ?? "(≤ \(high))"
        case .none:
            return low.map { "(≥ \($0))" } ?? ""
        }
    }
}
