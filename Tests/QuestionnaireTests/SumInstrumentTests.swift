import Questionnaire
import Testing

/// An instrument scored as a plain sum of nine items 0–3 in five bands with inclusive
/// `max` bounds (0–4, 5–9, 10–14, 15–19, 20–27): for whole-number sums `max: 4` followed
/// by `min: 5` leaves no gap, so it must load without errors.
@Suite struct SumInstrumentTests {
    static let scale = """
        scales:
          frequentie:
            - {key: "0", label: "Helemaal niet", value: 0}
            - {key: "1", label: "Enkele dagen", value: 1}
            - {key: "2", label: "Meer dan de helft van de dagen", value: 2}
            - {key: "3", label: "Bijna elke dag", value: 3}

        """

    static let items = (1...9).map { "      - {id: item-\($0), text: \"Uitspraak \($0)\"}" }.joined(separator: "\n")

    static let bands: [(id: String, label: String, min: Int, max: Int)] = [
        ("minimaal", "Minimaal", 0, 4), ("licht", "Licht", 5, 9), ("matig", "Matig", 10, 14),
        ("fors", "Fors", 15, 19), ("ernstig", "Ernstig", 20, 27),
    ]

    static func levelsYAML(indent: String) -> String {
        bands.map { "\(indent)- {id: \($0.id), label: \"\($0.label)\", min: \($0.min), max: \($0.max)}" }
            .joined(separator: "\n")
    }

    static let expectedLevels = bands.map {
        Level(id: $0.id, label: LocalizedText($0.label), min: Double($0.min), upper: .max(Double($0.max)))
    }

    /// The whole questionnaire sums (`scoring.method: sum`), as the instrument is usually written.
    @Test func sumOverTheWholeQuestionnaire() throws {
        let questionnaire = try loadClean(
            """
            questionnaire: som-instrument
            version: 1.0.0
            title: "Som-instrument"
            \(Self.scale)scoring:
              method: sum
              levels:
            \(Self.levelsYAML(indent: "    "))
            themes:
              - id: items
                title: "Items"
                questions:
            \(Self.items)
            """)
        #expect(questionnaire.scoring.method == .sum)
        #expect(questionnaire.scoring.levels == Self.expectedLevels)
        try checkBands(questionnaire)
    }

    /// The theme sums with levels of its own; the questionnaire keeps levels for means.
    @Test func sumInOneTheme() throws {
        let questionnaire = try loadClean(
            """
            questionnaire: som-instrument
            version: 1.0.0
            title: "Som-instrument"
            \(Self.scale)scoring:
              levels:
                - {id: laag, label: "Laag", min: 0, below: 1.5}
                - {id: hoog, label: "Hoog", min: 1.5, max: 3}
            themes:
              - id: items
                title: "Items"
                method: sum
                levels:
            \(Self.levelsYAML(indent: "      "))
                questions:
            \(Self.items)
            """)
        let theme = try #require(questionnaire.theme("items"))
        #expect(theme.method == .sum)
        #expect(theme.levels == Self.expectedLevels)
        try checkBands(questionnaire)
    }

    /// Every possible total from 0 to 27 falls in exactly one band.
    func checkBands(_ questionnaire: Questionnaire, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let theme = try #require(questionnaire.theme("items"), sourceLocation: sourceLocation)
        #expect(theme.questions.count == 9, sourceLocation: sourceLocation)
        let levels = questionnaire.levels(for: theme)
        for total in 0...27 {
            let matching = levels.filter { $0.contains(Double(total)) }.map(\.id)
            #expect(matching.count == 1, "total \(total) is in \(matching)", sourceLocation: sourceLocation)
        }
        #expect(levels.level(for: 4)?.id == "minimaal", sourceLocation: sourceLocation)
        #expect(levels.level(for: 5)?.id == "licht", sourceLocation: sourceLocation)
        #expect(levels.level(for: 27)?.id == "ernstig", sourceLocation: sourceLocation)
    }
}
