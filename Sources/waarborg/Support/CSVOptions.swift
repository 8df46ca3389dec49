import ArgumentParser
import Diagnostics
import Reports

/// The options of `--format csv`, shared by `report` and `panel`.
struct CSVOptions: ParsableArguments {
    @Option(help: ArgumentHelp("CSV delimiter: ',' (default), ';' for Dutch Excel, or 'tab'.", valueName: "char"))
    var delimiter: String?

    @Flag(help: "CSV: start the file with a UTF-8 byte order mark, so Excel reads it as UTF-8.")
    var bom = false

    @Flag(help: "CSV: add a column with respondents' names (personal data: left out by default).")
    var names = false

    /// Refuses CSV options with another format, and a delimiter that is none.
    func validate(isCSV: Bool, language: Language) throws {
        if !isCSV, delimiter != nil || bom || names {
            throw ValidationError(
                Message(nl: "--delimiter, --bom en --names horen bij --format csv", en: "--delimiter, --bom and --names are for --format csv")
                    .text(language))
        }
        if let delimiter, CSVFormat.delimiter(named: delimiter) == nil {
            throw ValidationError(
                Message(
                    nl: "--delimiter moet ‘,’, ‘;’ of ‘tab’ zijn, niet ‘\(delimiter)’",
                    en: "--delimiter must be ',', ';' or 'tab', not '\(delimiter)'"
                ).text(language))
        }
    }

    /// The CSV writer these options ask for.
    var answersCSV: AnswersCSV {
        AnswersCSV(format: CSVFormat(delimiter: CSVFormat.delimiter(named: delimiter ?? ",") ?? ",", byteOrderMark: bom), names: names)
    }
}
