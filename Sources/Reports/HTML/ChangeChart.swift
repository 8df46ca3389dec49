import Questionnaire

/// The change per theme since the previous self-assessment: an open dot where the theme
/// was, a filled dot where it is now, joined by a line coloured by direction. A theme that
/// cannot be compared says so instead of showing a difference.
struct ChangeChart {
    struct Row {
        var label: String
        var before: Double?
        var now: Double?
        var comparable: Bool
        /// The difference as the report writes it, or why there is none.
        var display: String
    }

    var label: String
    var rows: [Row]
    var scale: (lower: Double, upper: Double)
    var labels: Labels
    var legend: (before: String, now: String)

    static let width = 720.0
    private static let labelCharacters = 38
    private static let plot = (left: 262.0, right: 640.0)

    func svg() -> String {
        let scale = ChartScale(lower: scale.lower, upper: scale.upper, left: Self.plot.left, right: Self.plot.right)
        let top = 6.0
        var y = top
        var body = ""
        for row in rows {
            let lines = SVG.lines(row.label, characters: Self.labelCharacters)
            let height = Swift.max(28, Double(lines.count) * 15 + 10)
            let middle = y + height / 2
            let m = SVG.number(middle)
            body += SVG.text(lines, x: 0, y: middle - Double(lines.count - 1) * 7.5 + 4)
            if row.comparable, let now = row.now {
                let delta = row.before.map { now - $0 } ?? 0
                let colour = delta >= 0.05 ? BandColour.inPlace.strong : delta <= -0.05 ? BandColour.attention.strong : "#7b8790"
                if let before = row.before {
                    body += "<line x1=\"\(SVG.number(scale.x(before)))\" y1=\"\(m)\" x2=\"\(SVG.number(scale.x(now)))\" y2=\"\(m)\" stroke=\"\(colour)\" stroke-width=\"3\"/>"
                    body += "<circle cx=\"\(SVG.number(scale.x(before)))\" cy=\"\(m)\" r=\"5\" fill=\"#ffffff\" stroke=\"\(HTMLStyle.muted)\" stroke-width=\"2\"/>"
                }
                body += "<circle cx=\"\(SVG.number(scale.x(now)))\" cy=\"\(m)\" r=\"6\" fill=\"\(colour)\"/>"
                body += SVG.text([SVG.escaped(row.display)], x: scale.right + 14, y: middle + 4, fill: colour == "#7b8790" ? HTMLStyle.muted : colour, weight: "600")
            } else {
                body += SVG.text([SVG.escaped(row.display)], x: scale.left + 6, y: middle + 4, size: 11.5, fill: HTMLStyle.muted, italic: true)
            }
            y += height
        }
        let bottom = y
        let axis = scale.axis(top: top, bottom: bottom, labels: labels)
        var key = "<g transform=\"translate(0 \(SVG.number(bottom + 36)))\">"
        key += "<circle cx=\"6\" cy=\"-4\" r=\"5\" fill=\"#ffffff\" stroke=\"\(HTMLStyle.muted)\" stroke-width=\"2\"/>"
        key += SVG.text([SVG.escaped(legend.before)], x: 18, y: 0, size: 11.5, fill: HTMLStyle.muted)
        let offset = 18 + Double(legend.before.count) * 6.4 + 28
        key += "<circle cx=\"\(SVG.number(offset + 6))\" cy=\"-4\" r=\"6\" fill=\"\(HTMLStyle.accent)\"/>"
        key += SVG.text([SVG.escaped(legend.now)], x: offset + 18, y: 0, size: 11.5, fill: HTMLStyle.muted)
        key += "</g>"
        return SVG.open(width: Self.width, height: bottom + 46, label: label) + axis + body + key + "</svg>"
    }
}
