import Foundation
import Testing

/// Reasons are sentences in the reader's language: no rule code in any golden report,
/// brief or plan that a person reads. JSON keeps the expressions (`reason.expression`).
@Suite struct ReasonWordsTests {
    /// A call of a rule-language function, or a built-in rule's id.
    static let code = try! NSRegularExpression(
        pattern:
            #"\b(answer|answered|nvt|unknown|selected|score|level|count_at_most|count_at_least|count_answered|count_nvt|count_unknown|role|respondents|spread|gap|range|unknown_count|change)\(|builtin:"#
    )

    static func readableFiles() -> [String] {
        var folder = #filePath
        while let last = folder.last, last != "/" { folder.removeLast() }
        let root = folder + "../../"
        var files: [String] = []
        for base in [folder + "Golden", root + "Examples"] {
            guard let walk = FileManager.default.enumerator(atPath: base) else { continue }
            for case let name as String in walk where [".md", ".txt", ".html", ".csv"].contains(where: name.hasSuffix) {
                files.append(base + "/" + name)
            }
        }
        return files.sorted()
    }

    @Test func noGoldenOutputForPeopleHoldsRuleCode() throws {
        let files = Self.readableFiles()
        #expect(files.count > 20)
        for path in files {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            if let match = Self.code.firstMatch(in: text, range: range), let found = Range(match.range, in: text) {
                let line = text[..<found.lowerBound].filter { $0 == "\n" }.count + 1
                Issue.record("\(path):\(line): rule code in text for people: \(text[found])")
            }
        }
    }

    /// A panel brief's JSON names the bound a statement's mean passed, never the mean, which
    /// may rest on one or two respondents.
    @Test func panelJSONWithholdsStatementMeans() throws {
        var folder = #filePath
        while let last = folder.last, last != "/" { folder.removeLast() }
        for name in ["panelJSON.json"] {
            let text = try String(contentsOfFile: folder + "Golden/" + name, encoding: .utf8)
            #expect(text.contains("\"expression\": \"answer("), "the golden brief has a reason about a statement")
            #expect(!text.contains("(n = "), "a statement's mean in \(name)")
        }
    }

    @Test func theCheckCatchesRuleCode() {
        let text = "Waarom: `count_at_most(afspraken, 2) = 6 >= 3`"
        #expect(Self.code.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil)
    }
}
