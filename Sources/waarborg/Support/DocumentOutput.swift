import ArgumentParser
import Assessment
import Diagnostics
import FileIO

/// The formats a document command writes; the first is used without `--format` or an
/// `--out` extension that names one.
protocol DocumentFormat: ExpressibleByArgument, CaseIterable, RawRepresentable<String>, Equatable {}

/// `--format`, `--out` and `--force` of a command that writes one document (`status`,
/// `regio`, `voortgang`, `verloop`, `intentieverklaring`).
struct DocumentOutput<Format: DocumentFormat>: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "\(Format.allCases.map(\.rawValue).joined(separator: ", ")) (default: from --out's extension, else \(Format.allCases.first?.rawValue ?? "")).",
            valueName: "format"))
    var formatOption: Format?

    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @Flag(help: "Replace --out even when it is write-protected.")
    var force = false

    /// The format asked for, or the one `--out`'s extension names.
    var format: Format {
        guard let fallback = Format.allCases.first else { preconditionFailure("a format type without cases") }
        return (try? FormatFromExtension.resolve(formatOption, out: out, fallback: fallback)) ?? fallback
    }

    /// A `--format` that `--out`'s extension contradicts is a usage error; called from the
    /// command's `validate`, which knows the language.
    func check(_ language: Language) throws {
        guard let fallback = Format.allCases.first else { return }
        do {
            _ = try FormatFromExtension.resolve(formatOption, out: out, fallback: fallback)
        } catch {
            throw ValidationError((error as? FormatFromExtension.FormatMismatch)?.message.text(language) ?? "\(error)")
        }
    }

    /// Where the document goes; `--out` may not be one of `inputs`.
    func target(inputs: [String], language: Language) throws -> OutputTarget {
        try Self.outputTarget(out, inputs: inputs, force: force, language: language)
    }

    /// Writes the document atomically, or standard output made safe for a terminal.
    func write(_ text: String, _ kind: StandardOutputText.Kind, to target: OutputTarget, audience: FileAudience, language: Language) throws {
        do {
            try target.write(StandardOutputText.safe(text, kind, target: target), audience: audience)
        } catch {
            throw Exit.reporting(error, language)
        }
    }
}

/// `--today`: the day terms and dates are judged against, for reproducible output.
struct TodayOption: ParsableArguments {
    @Option(help: ArgumentHelp("The day to judge terms and dates against, as 2027-03-01 (default: today).", valueName: "date"))
    var today: String?

    var day: PlanDate { today.flatMap(PlanDate.init) ?? PlanDate.today() }

    func check(_ language: Language) throws {
        if let today, PlanDate(today) == nil { throw ValidationError(Message.badToday(today).text(language)) }
    }
}
