/// Recognises a success criterion that names only a future score, such as "de score is
/// volgende keer ≥ 3", instead of something the board can see happen.
///
/// A score is no goal in itself: the framework sets no numeric norm, and a panel asks what
/// will be different in the schools. The heuristic is simple on purpose: the criterion is
/// split into parts at `;`, `, ` (so `3,5` stays whole), a sentence's end (`. `), a line break and ` en `; it is
/// score-only when every part mentions a score (a word starting with `scor`, `gemiddel`,
/// `niveau`, `level` or `average`) together with a digit or a level word (`verankerd`,
/// `op orde`, `grotendeels`, `volledig`, `in ontwikkeling`, `vraagt aandacht`). A part
/// without those words is taken to be observable.
public enum ScoreOnlyCriterion {
    static let scoreStems = ["scor", "gemiddel", "niveau", "level", "average"]
    static let levelWords = ["verankerd", "op orde", "grotendeels", "volledig", "in ontwikkeling", "vraagt aandacht"]

    /// Whether every part of the criterion is a score and a number or level.
    public static func matches(_ criterion: String) -> Bool {
        let parts = parts(of: criterion)
        return !parts.isEmpty && parts.allSatisfy(isScore)
    }

    /// The criterion's parts, lowercased, without empty ones.
    static func parts(of text: String) -> [String] {
        var parts = [text.lowercased()]
        for separator in [";", ", ", ". ", "\n", " en "] {
            parts = parts.flatMap { split($0, at: separator) }
        }
        return parts.map(trimmed).filter { !$0.isEmpty }
    }

    private static func split(_ text: String, at separator: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let range = rest.firstRange(of: separator) {
            out.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        out.append(String(rest))
        return out
    }

    /// Without spaces and a final full stop at either end.
    private static func trimmed(_ text: String) -> String {
        let isEdge: (Character) -> Bool = { $0.isWhitespace || $0 == "." }
        guard let first = text.firstIndex(where: { !isEdge($0) }), let last = text.lastIndex(where: { !isEdge($0) }) else { return "" }
        return String(text[first...last])
    }

    static func isScore(_ part: String) -> Bool {
        let words = part.split { !$0.isLetter }
        let mentionsScore = words.contains { word in scoreStems.contains { word.hasPrefix($0) } }
        let hasValue = part.contains(where: \.isNumber) || levelWords.contains { part.contains($0) }
        return mentionsScore && hasValue
    }
}
