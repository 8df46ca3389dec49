import Assessment
import Diagnostics
import FileIO
import Questionnaire
import TestSupport
import Testing

/// The questionnaire, answers and plans the plan tests use, from `Fixtures/plan`.
enum PlanFixtures {
    static func questionnaire() throws -> Questionnaire {
        let bytes = try InputFile.read(Fixtures.path("plan/questionnaires/plan-toets/1.0.0.yaml"))
        let result = QuestionnaireLoader.load(bytes: bytes, path: "questionnaires/plan-toets/1.0.0.yaml")
        return try #require(result.questionnaire, "\(result.diagnostics)")
    }

    /// Answers files from `Fixtures/plan/answers`, read and checked, under their own names.
    static func answers(_ names: [String]) throws -> [PlanInput.Answers] {
        let resolver = FixedResolver([try questionnaire()])
        return try names.map { name in
            let bytes = try InputFile.read(Fixtures.path("plan/answers/" + name))
            let result = AnswersReader.read(bytes: bytes, path: "answers/" + name, resolver: resolver)
            let file = try #require(result.file, "\(result.diagnostics)")
            return PlanInput.Answers(path: "answers/" + name, bytes: bytes, file: file, questionnaires: result.questionnaires)
        }
    }

    /// The board of the first self-assessment: two respondents.
    static func first(today: PlanDate = planDate("2026-04-01")) throws -> PlanInput {
        PlanInput(try answers(["bestuurder.yaml", "schoolleider.yaml"]), today: today)
    }

    /// A year later: one respondent, other development points.
    static func later(today: PlanDate = planDate("2027-04-01")) throws -> PlanInput {
        PlanInput(try answers(["later.yaml"]), today: today)
    }

    /// Reads a plan given as text.
    static func read(_ text: String, name: String = "plan.yaml") -> PlanReader.Result {
        PlanReader.read(bytes: Array(text.utf8), path: name)
    }
}

/// A date the test knows is valid.
func planDate(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> PlanDate {
    guard let date = PlanDate(text) else {
        Issue.record("not a date: \(text)", sourceLocation: sourceLocation)
        return PlanDate(dayNumber: 0)
    }
    return date
}

/// YAML with the places diagnostics should point at marked by `⟨kind⟩` just before them,
/// `⟨e⟩` for an error and `⟨w⟩` for a warning; so no test counts columns.
struct MarkedPlan: Sendable, CustomTestStringConvertible {
    let name: String
    let marked: String

    init(_ name: String, _ marked: String) {
        self.name = name
        self.marked = marked
    }

    /// The text without marks.
    var source: String { parsed.source }

    /// `LINE:COLUMN: error|warning` for every mark, in order.
    var expected: [String] { parsed.marks }

    private var parsed: (source: String, marks: [String]) {
        var source = ""
        var marks: [String] = []
        var line = 1, column = 1
        var rest = Substring(marked)
        while let first = rest.first {
            if rest.hasPrefix("⟨e⟩") || rest.hasPrefix("⟨w⟩") {
                marks.append("\(line):\(column): " + (rest.hasPrefix("⟨e⟩") ? "error" : "warning"))
                rest = rest.dropFirst(3)
                continue
            }
            source.append(first)
            if first == "\n" {
                line += 1
                column = 1
            } else {
                column += first.unicodeScalars.count
            }
            rest = rest.dropFirst()
        }
        return (source, marks)
    }

    var testDescription: String { name }
}

/// Diagnostics as `LINE:COLUMN: severity`, to compare with marks.
func planPositions(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { diagnostic in
        let place = diagnostic.location.map { "\($0.line):\($0.column): " } ?? "-: "
        return place + diagnostic.severity.rawValue
    }
}

/// Diagnostics as `LINE:COLUMN: severity: message` lines, notes indented below.
func planDiagnosticLines(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for diagnostic in diagnostics {
        let place = diagnostic.location.map { "\($0.line):\($0.column): " } ?? ""
        out += place + "\(diagnostic.severity.rawValue): \(diagnostic.message.en)\n"
        for note in diagnostic.notes {
            out += "  " + (note.location.map { "\($0.line):\($0.column): " } ?? "") + "note: \(note.message.en)\n"
        }
    }
    return out
}
