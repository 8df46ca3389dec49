import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Questionnaire
import Reports

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `waarborg report`: the report of one respondent's answers, per answers file.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "The report of a respondent's answers: scores per safeguard and theme, the few development points that matter most with a reason in words and an action, points for discussion, strengths, questions for the panel.",
        discussion: """
            Rapport per antwoordbestand: per waarborg en thema de score, een balk en het niveau (vraagt \
            aandacht, in ontwikkeling, op orde); dan sterke punten, ontwikkelpunten met hun redenen en \
            acties, en gespreksvragen. Each file is scored with the exact questionnaire version it names. \
            Several files are reported in turn; --format json writes one document with a list of reports \
            (docs/report-json.md). Combining respondents is 'waarborg panel'.
            Exit status: 0 when fine, 65 when an answers file has errors, 66 when a file is missing, \
            73 or 74 when --out cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal
        case markdown
        case json
        case html
        case csv
    }

    @Argument(help: "Answers files, each reported in turn; a folder stands for the .yaml files in it.")
    var answers: [String] = []

    @Option(
        name: .customLong("format"), help: "Output format: terminal, markdown, json, html or csv (default: from --out's extension, else terminal).")
    var formatOption: Format?

    /// The format asked for, or the one `--out`'s extension names.
    var format: Format { (try? FormatFromExtension.resolve(formatOption, out: out, fallback: .terminal)) ?? .terminal }

    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @Flag(help: "Replace --out even when it is write-protected.")
    var force = false

    @OptionGroup var findingOptions: FindingOptions

    @OptionGroup var csvOptions: CSVOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if answers.isEmpty { throw ValidationError(Message.nameAnswersFiles.text(global.lang)) }
        do {
            _ = try FormatFromExtension.resolve(formatOption, out: out, fallback: Format.terminal)
        } catch {
            throw ValidationError((error as? FormatFromExtension.FormatMismatch)?.message.text(global.lang) ?? "\(error)")
        }
        try csvOptions.validate(isCSV: format == .csv, language: global.lang)
    }

    func run() throws {
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let resolver = CatalogResolver(catalog)
        let language = global.lang.rawValue
        // Every format but HTML (one page over all respondents) is written one respondent
        // at a time to a spool, so memory does not grow with the number of files; the
        // spool becomes the --out file, or goes to stdout, only when every file was valid.
        let files = try AnswersArguments.files(answers, language: global.lang)
        let stream = streamFormat(language: language, set: catalog.set).map(ReportStream.init)
        // Every format but HTML (one page over all respondents) is written one respondent
        // at a time, so memory does not grow with the number of files; the output appears
        // (the --out file replaced, or stdout written) only when every file was valid.
        let spool: OutputTarget.Writer
        let target = try Self.outputTarget(out, inputs: files + catalog.paths, force: force, language: global.lang)
        let kind: StandardOutputText.Kind = format == .json ? .json : format == .csv ? .data : .rendered
        func safe(_ text: String) -> String { StandardOutputText.safe(text, kind, target: target) }
        do {
            spool = try target.open(audience: .personal)
            if let stream { try spool.write(safe(stream.prefix)) }
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        // Files are read, assessed and rendered on several threads; diagnostics and parts
        // are written in the order of the files. A report is kept only when every file is
        // valid, so a part's place among the files is its place in the report.
        var pages: [RespondentAssessment] = []
        var failed = false
        var missing: [FileError] = []
        var written = 0
        // Each worker has questionnaires of its own: threads that share objects slow each
        // other down counting references to them.
        let batch = ParallelBatch()
        let resolvers = [resolver] + (1..<batch.threads).map { _ in CatalogResolver(catalog) }
        try batch.run(Array(files.enumerated()), cost: { ParallelBatch.fileSize($0.element) }) {
            (entry: (offset: Int, element: String), worker: Int) in
            ReportItem(index: entry.offset, path: entry.element, resolver: resolvers[worker], stream: stream)
        } consume: { item in
            let result: AnswersReader.Result
            switch item.read {
            case .failure(let error):
                missing.append(error)
                Console.report(
                    [.error(error.message, at: FileLocation(file: error.path, line: 1, column: 1))], sources: [:], noColor: global.noColor,
                    language: global.lang)
                return
            case .success(let read):
                result = read
            }
            Console.report(result.diagnostics, sources: [item.path: result.source], noColor: global.noColor, language: global.lang)
            guard result.file != nil, !failed, missing.isEmpty else {
                failed = failed || result.file == nil
                return
            }
            if let part = item.part {
                do throws(FileError) { try spool.write(safe(part)) } catch {
                    throw Exit.reporting(error, global.lang)
                }
                written += 1
            } else if let assessment = item.assessment {
                pages.append(assessment)
            }
        }
        if let first = missing.first {
            spool.discard()
            throw Exit.code(for: first)
        }
        if failed {
            spool.discard()
            Console.err(
                global.lang == .nl
                    ? "Geen rapport: los eerst de fouten in de antwoordbestanden op (waarborg check).\n"
                    : "No report: first fix the errors in the answers files (waarborg check).\n")
            throw Exit.dataError
        }
        do {
            try spool.write(
                safe(
                    stream?.suffix(after: written)
                        ?? HTMLReport(
                            language: language, set: catalog.set, explain: findingOptions.explain, limits: findingOptions.limits
                        ).render(pages)))
            try spool.commit()
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        guard let out, target.destination != .standardOutput else { return }
        Console.err(global.lang == .nl ? "Rapport geschreven naar \(out).\n" : "Report written to \(out).\n")
    }

    /// The streamed form of the chosen format; nil for HTML.
    private func streamFormat(language: String, set: QuestionnaireSet) -> ReportStream.Format? {
        switch format {
        case .terminal:
            let toStandardOutput = out == nil || out == "-"
            let toTerminal = toStandardOutput && isatty(1) == 1
            let colour = toStandardOutput && Console.colour(on: 1, refused: global.noColor)
            return .terminal(
                TerminalReport(
                    language: language, colour: colour, width: toTerminal ? TerminalSize.reportWidth : 80, set: set,
                    explain: findingOptions.explain, limits: findingOptions.limits))
        case .markdown: return .markdown(MarkdownReport(language: language, set: set, explain: findingOptions.explain, limits: findingOptions.limits))
        case .json: return .json(JSONReport(language: language, set: set, limits: findingOptions.limits))
        case .csv:
            return .csv(csvOptions.answersCSV)
        case .html: return nil
        }
    }

}

/// One answers file read, assessed and, for a streamed format, rendered.
private struct ReportItem: Sendable {
    var path: String
    var read: Result<AnswersReader.Result, FileError>
    var assessment: RespondentAssessment?
    var part: String?

    init(index: Int, path: String, resolver: CatalogResolver, stream: ReportStream?) {
        self.path = path
        do {
            let result = try AnswersReader.read(path: path, resolver: resolver)
            read = .success(result)
            if let file = result.file {
                let assessment = Assessor.assess(file, path: path, questionnaires: result.questionnaires)
                // A streamed format needs only the part; the one-page HTML report needs the assessment.
                if let stream {
                    part = stream.part(assessment, index: index)
                } else {
                    self.assessment = assessment
                }
            }
        } catch {
            read = .failure(error)
        }
    }
}
