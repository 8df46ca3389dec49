/// Small pieces for the inline SVG charts: numbers for coordinates, escaped and wrapped
/// labels, and the scale from scores to positions.
///
/// Labels pass through `SafeText` and are escaped like any HTML text, so a theme title or a
/// statement cannot add elements or attributes to a chart.
enum SVG {
    /// The charts' font, without quotes so it sits safely in an attribute.
    static let font = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"

    /// A coordinate with at most one decimal and a dot, whatever the locale.
    static func number(_ value: Double) -> String {
        let text = Labels.fixed(value, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Escaped text for an SVG text node or attribute.
    static func escaped(_ text: String) -> String {
        HTMLText.inline(text)
    }

    /// The label in lines of at most `characters` characters, each escaped.
    static func lines(_ text: String, characters: Int) -> [String] {
        TextWrapper.wrap(SafeText.line(text), width: characters).map { HTMLText.escaped($0) }
    }

    /// `<text>` of one or more lines starting at (x, y), each line `lineHeight` below the last.
    static func text(
        _ lines: [String], x: Double, y: Double, lineHeight: Double = 15, size: Double = 12, anchor: String = "start",
        fill: String = HTMLStyle.ink, weight: String? = nil, italic: Bool = false
    ) -> String {
        var out = "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" fill=\"\(fill)\""
        if anchor != "start" { out += " text-anchor=\"\(anchor)\"" }
        if let weight { out += " font-weight=\"\(weight)\"" }
        if italic { out += " font-style=\"italic\"" }
        out += ">"
        if lines.count == 1 {
            out += lines[0]
        } else {
            for (index, line) in lines.enumerated() {
                out += "<tspan x=\"\(number(x))\" dy=\"\(index == 0 ? "0" : number(lineHeight))\">\(line)</tspan>"
            }
        }
        return out + "</text>"
    }

    /// The opening tag of a chart: its size, its role as an image and its accessible name.
    static func open(width: Double, height: Double, label: String) -> String {
        let name = escaped(label)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
            + "width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" aria-label=\"\(name)\" "
            + "font-family=\"\(font)\"><title>\(name)</title>"
    }
}
