import Assessment
import Questionnaire
import Reports
import Testing

/// The CSV export: golden files, formula neutralisation, quoting, delimiters, the byte
/// order mark, and names left out unless asked for.
@Suite struct CSVExportTests {
    static func sample() throws -> [RespondentAssessment] {
        let first = try Sample.assessment()
        let second = try Sample.assessment(
            respondent: Respondent(name: "=HYPERLINK(\"http://x\";\"klik\")", role: "bestuurder", organisation: "Stichting Primair West-Brabant"),
            note: "-2 scholen; \"te weinig\"\r\nzie @overzicht")
        return [first, second]
    }

    @Test func csvExport() throws {
        assertGolden(AnswersCSV().render(try Self.sample()), named: "csvExport.csv")
    }

    @Test func csvExportForDutchExcel() throws {
        let csv = AnswersCSV(format: CSVFormat(delimiter: ";", byteOrderMark: true), names: true).render(try Self.sample())
        assertGolden(csv, named: "csvExportForDutchExcel.csv")
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+31 6 1234", "'+31 6 1234"), ("-2 scholen", "'-2 scholen"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tverborgen", "'\tverborgen"), ("\r=1", "'\n=1"), ("＝1+1", "'＝1+1"), ("gewoon", "gewoon"), ("1=1", "1=1"),
        (" =1", " =1"), ("", ""),
    ])
    func formulasAreNeutralised(_ input: String, _ expected: String) {
        // Neutralised first, then line ends normalised and quoted where needed.
        let field = CSVWriter().field(.text(input))
        let unquoted = field.hasPrefix("\"") ? String(field.dropFirst().dropLast()) : field
        #expect(unquoted == expected, "field \(field.debugDescription)")
    }

    @Test func numbersThisProgramWroteStayNumbers() {
        #expect(CSVWriter().field(.number(-1)) == "-1")
        #expect(CSVWriter().field(.number(2.5)) == "2.5")
        #expect(CSVWriter(format: CSVFormat(delimiter: ";")).field(.number(2.5)) == "2,5")
        #expect(CSVWriter().field(.number(nil)) == "")
    }

    @Test(arguments: [
        (Character(","), "a,\"b,c\",d;e\r\n"), (";", "a;b,c;\"d;e\"\r\n"), ("\t", "a\tb,c\td;e\r\n"),
    ])
    func onlyTheDelimiterInUseForcesQuotes(_ delimiter: Character, _ expected: String) {
        #expect(CSVWriter(format: CSVFormat(delimiter: delimiter)).line(["a", "b,c", "d;e"]) == expected)
    }

    @Test func quotesLineBreaksAndSpacesAreQuoted() {
        let writer = CSVWriter()
        #expect(writer.field("zeg \"ja\"") == "\"zeg \"\"ja\"\"\"")
        #expect(writer.field("twee\r\nregels") == "\"twee\nregels\"")
        #expect(writer.field(" spatie") == "\" spatie\"")
        #expect(writer.field("gewoon") == "gewoon")
    }

    @Test func byteOrderMarkOnlyWhenAskedFor() {
        #expect(CSVWriter(format: CSVFormat(byteOrderMark: true)).header(["a"]).unicodeScalars.first == "\u{FEFF}")
        #expect(CSVWriter().header(["a"]) == "a\r\n")
    }

    @Test func delimiterNames() {
        #expect(CSVFormat.delimiter(named: ";") == ";")
        #expect(CSVFormat.delimiter(named: "tab") == "\t")
        #expect(CSVFormat.delimiter(named: "|") == nil)
    }

    @Test func oneRowPerRespondentAndQuestionWithoutNames() throws {
        let assessments = try Self.sample()
        let csv = AnswersCSV().render(assessments)
        let questions = assessments[0].parts.reduce(0) { $0 + $1.questionnaire.questions.count }
        let records = Self.records(csv)
        #expect(records.count == 1 + 2 * questions)
        #expect(records[0].first == "respondent")
        #expect(!records[0].contains("name"))
        #expect(!csv.contains("Marieke"))
        #expect(!csv.contains("HYPERLINK"))
        let named = AnswersCSV(names: true).render(assessments)
        #expect(named.contains("Marieke van den Berg"))
        #expect(named.contains("'=HYPERLINK"))
        // Every record has as many fields as the header.
        #expect(Set(Self.records(named).map(\.count)) == [AnswersCSV(names: true).columns.count])
    }

    @Test func statusOptionAndValue() throws {
        let records = Self.records(AnswersCSV().render([try Sample.assessment()]))
        let header = records[0]
        func row(_ question: String) throws -> [String: String] {
            let record = try #require(records.first { $0[header.firstIndex(of: "question")!] == question })
            return Dictionary(uniqueKeysWithValues: zip(header, record))
        }
        #expect(try row("plaatsen.genoeg")["status"] == "scored")
        #expect(try row("plaatsen.genoeg")["option"] == "1")
        #expect(try row("plaatsen.genoeg")["value"] == "1")
        #expect(try row("plaatsen.genoeg")["kern"] == "true")
        #expect(try row("plaatsen.genoeg")["evidence"] == "Overzicht stageplaatsen 2024-2025")
        #expect(try row("inductie.beleid")["status"] == "nvt")
        #expect(try row("inductie.beleid")["value"] == "")
        #expect(try row("inductie.lijn")["status"] == "unanswered")
        #expect(try row("begeleiding.uitleg")["status"] == "answered")
        #expect(try row("begeleiding.uitleg")["text"] == "Maandag en dinsdag in de klas,\nwoensdag een lesbespreking.")
    }

    /// Parses CSV written with a comma: quoted fields, doubled quotes, CRLF records.
    static func records(_ csv: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(csv.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if quoted {
                if c == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
                index += 1
            } else {
                field.unicodeScalars.append(c)
            }
            index += 1
        }
        return records
    }
}
