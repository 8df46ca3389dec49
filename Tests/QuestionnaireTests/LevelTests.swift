import Questionnaire
import Testing

/// Level bounds: `min` inclusive, `below` exclusive, `max` inclusive.
@Suite struct LevelTests {
    static let label = LocalizedText("Band")

    @Test(arguments: [
        (0.999, false), (1.0, true), (1.5, true), (2.499, true), (2.5, false), (3.0, false),
    ])
    func minIsInclusiveAndBelowIsExclusive(score: Double, contained: Bool) {
        let level = Level(id: "aandacht", label: Self.label, min: 1, upper: .below(2.5))
        #expect(level.contains(score) == contained)
    }

    @Test(arguments: [
        (2.999, false), (3.0, true), (4.0, true), (4.001, false),
    ])
    func maxIsInclusive(score: Double, contained: Bool) {
        let level = Level(id: "op-orde", label: Self.label, min: 3, upper: .max(4))
        #expect(level.contains(score) == contained)
    }

    @Test func openEnds() {
        let below = Level(id: "laag", label: Self.label, min: nil, upper: .below(0))
        #expect(below.contains(-1_000))
        #expect(!below.contains(0))
        let above = Level(id: "hoog", label: Self.label, min: 10, upper: .none)
        #expect(above.contains(10))
        #expect(above.contains(1_000_000))
        #expect(!above.contains(9.999))
    }

    /// The default bands at their exact bounds: 2.5 and 3.0 start the next band, 4 is the last.
    @Test(arguments: [
        (1.0, "aandacht"), (2.49, "aandacht"), (2.5, "ontwikkeling"), (2.99, "ontwikkeling"),
        (3.0, "op-orde"), (4.0, "op-orde"),
    ])
    func defaultLevelAtBounds(score: Double, expected: String) {
        #expect(Level.defaults.level(for: score)?.id == expected)
    }

    @Test(arguments: [0.99, 4.01])
    func defaultLevelsLeaveOutScoresOffTheScale(score: Double) {
        #expect(Level.defaults.level(for: score) == nil)
    }

    /// Whole-number bands with `max` bounds: 4 and 5 are in different bands, nothing between.
    @Test(arguments: [(0.0, "a"), (4.0, "a"), (5.0, "b"), (9.0, "b"), (10.0, "c")])
    func wholeNumberBands(score: Double, expected: String) {
        let levels = [
            Level(id: "a", label: Self.label, min: 0, upper: .max(4)),
            Level(id: "b", label: Self.label, min: 5, upper: .max(9)),
            Level(id: "c", label: Self.label, min: 10, upper: .max(14)),
        ]
        #expect(levels.level(for: score)?.id == expected)
    }
}
