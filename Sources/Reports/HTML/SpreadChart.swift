import Assessment
import Questionnaire

/// The spread of respondents per statement: a line from the lowest to the highest answer
/// with a dot at the mean; statements where answers differ notably are drawn in the
/// attention colour.
struct SpreadChart {
    struct Row {
        var label: String
        var statistics: Statistics
        /// Drawn in the attention colour: a disagreement finding names this statement.
        var highlight: Bool
    }

    var label: String
    var rows: [Row]
    var scale: (lower: Double, upper: Double)
    var labels: Labels
    var legend: (range: String, mean: String, differs: String, none: String)

    static let width = 720.0
    private static let labelCharacters = 62
    private static let plot = (left: 420.0, right: 660.0)

    func svg() -> String {
        let scale = ChartScale(lower: scale.lower, upper: scale.upper, left: Self.plot.left, right: Self.plot.right)
        let top = 6.0
        var y = top
        var body = ""
        for row in rows {
            let lines = SVG.lines(row.label, characters: Self.labelCharacters)
            let height = Swift.max(26, Double(lines.count) * 14 + 10)
            let middle = y + height / 2
            body += SVG.text(lines, x: 0, y: middle - Double(lines.count - 1) * 7 + 4, lineHeight: 14, size: 11.5)
            let colour = row.highlight ? BandColour.attention.strong : "#7b8790"
            if let low = row.statistics.min, let high = row.statistics.max, let mean = row.statistics.mean {
                let x1 = SVG.number(scale.x(low)), x2 = SVG.number(scale.x(high)), m = SVG.number(middle)
                body += "<line x1=\"\(x1)\" y1=\"\(m)\" x2=\"\(x2)\" y2=\"\(m)\" stroke=\"\(colour)\" stroke-width=\"4\" stroke-linecap=\"round\"/>"
                for end in [x1, x2] {
                    body +=
                        "<line x1=\"\(end)\" y1=\"\(SVG.number(middle - 6))\" x2=\"\(end)\" y2=\"\(SVG.number(middle + 6))\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
                }
                body +=
                    "<circle cx=\"\(SVG.number(scale.x(mean)))\" cy=\"\(m)\" r=\"5.5\" fill=\"\(HTMLStyle.accent)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
                body += SVG.text([SVG.escaped(labels.number(mean))], x: scale.right + 14, y: middle + 4, size: 11.5, weight: "600")
            } else {
                body += SVG.text([SVG.escaped(legend.none)], x: scale.left + 4, y: middle + 4, size: 11, fill: HTMLStyle.muted, italic: true)
            }
            y += height
        }
        let bottom = y
        let axis = scale.axis(top: top, bottom: bottom, labels: labels)
        let key = legendRow(y: bottom + 36)
        return SVG.open(width: Self.width, height: bottom + 46, label: label) + axis + body + key + "</svg>"
    }

    private func legendRow(y: Double) -> String {
        var out = "<g transform=\"translate(0 \(SVG.number(y)))\">"
        var x = 0.0
        let items: [(String, String)] = [
            ("<line x1=\"0\" y1=\"-4\" x2=\"22\" y2=\"-4\" stroke=\"#7b8790\" stroke-width=\"4\" stroke-linecap=\"round\"/>", legend.range),
            ("<circle cx=\"8\" cy=\"-4\" r=\"5.5\" fill=\"\(HTMLStyle.accent)\"/>", legend.mean),
            (
                "<line x1=\"0\" y1=\"-4\" x2=\"22\" y2=\"-4\" stroke=\"\(BandColour.attention.strong)\" stroke-width=\"4\" stroke-linecap=\"round\"/>",
                legend.differs
            ),
        ]
        for (mark, text) in items {
            out +=
                "<g transform=\"translate(\(SVG.number(x)) 0)\">" + mark
                + SVG.text([SVG.escaped(text)], x: 30, y: 0, size: 11.5, fill: HTMLStyle.muted) + "</g>"
            x += 30 + Double(text.count) * 6.4 + 28
        }
        return out + "</g>"
    }
}
