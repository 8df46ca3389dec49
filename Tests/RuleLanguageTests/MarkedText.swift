import RuleLanguage
import Testing

/// An expression with its expected error places marked inside it: `«…»` around a range,
/// `⎀` for an empty range (such as the end of the input).
///
/// `MarkedText("answer(x) «=» 2")` has source `answer(x) = 2` and range 10..11.
struct MarkedText: CustomTestStringConvertible {
    let marked: String
    let source: String
    let ranges: [SourceRange]

    init(_ marked: String) {
        self.marked = marked
        var source = String.UnicodeScalarView()
        var ranges: [SourceRange] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "«": open = source.count
            case "»":
                ranges.append(SourceRange(from: open ?? 0, to: source.count))
                open = nil
            case "⎀": ranges.append(SourceRange(start: source.count, length: 0))
            default: source.append(scalar)
            }
        }
        self.source = String(source)
        self.ranges = ranges
    }

    /// Marks `ranges` in `source` the same way, to show what a test got.
    static func mark(_ source: String, _ ranges: [SourceRange]) -> String {
        let scalars = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        for index in 0...scalars.count {
            for range in ranges where range.start == index {
                out.append(contentsOf: (range.length == 0 ? "⎀" : "«").unicodeScalars)
            }
            for range in ranges where range.end == index && range.length > 0 {
                out.append("»")
            }
            if index < scalars.count { out.append(scalars[index]) }
        }
        return String(out)
    }

    var testDescription: String { marked }
}
