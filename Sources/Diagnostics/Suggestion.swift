/// "Did you mean …?" for misspelled keys, ids and function names.
public enum Suggestion {
    /// The longest word, in Unicode scalars, for which a suggestion is looked for.
    ///
    /// Typos are made in names a person types; comparing longer texts costs time in the
    /// product of their lengths and would let a hostile file stall a run.
    public static let longestWord = 100

    /// The candidate closest to `word` by edit distance, if it is close enough to be a
    /// plausible typo (at most a third of the word's length, and at least one edit).
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = word.lowercased().unicodeScalars.map(\.value)
        guard target.count <= longestWord else { return nil }
        let limit = max(1, target.count / 3)
        var best: (String, Int)?
        for candidate in candidates where candidate.utf8.count <= 4 * longestWord {
            let other = candidate.lowercased().unicodeScalars.map(\.value)
            // The distance is at least the difference in length: skip what cannot be close.
            guard abs(other.count - target.count) <= limit else { continue }
            let distance = editDistance(target, other)
            if distance <= limit, distance < (best?.1 ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// `"; did you mean 'x'?"` (`"; bedoel je ‘x’?"`) or the empty message.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> Message {
        closest(to: word, in: candidates).map { Message(nl: "; bedoel je ‘\($0)’?", en: "; did you mean '\($0)'?") } ?? .empty
    }

    /// Edit distance over Unicode scalars, counting a swap of two neighbours as one edit
    /// (optimal string alignment), so `titel` is one edit from `title`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value))
    }

    private static func editDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
