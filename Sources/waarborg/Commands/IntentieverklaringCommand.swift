import ArgumentParser
import Assessment
import BuiltinQuestionnaires
import Diagnostics
import FileIO
import Reports

/// `waarborg intentieverklaring`: the document an aspirant board and the partnership sign,
/// from the panel verslag's agreed points and a template the project group can change.
struct Intentieverklaring: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The intentieverklaring of an aspirant board, from its panel verslag: Markdown or print-ready HTML.",
        discussion: """
            waarborg intentieverklaring BOARD_DIR|panel-verslag.yaml [--format markdown|html] [--out FILE] [--template FILE]

            The agreed development points with owners and dates, the term and signature blocks, in Dutch. The text \
            is the template intentieverklaring.md in the questionnaires folder (--questionnaires, ./questionnaires, \
            else the built-in copy), or --template; names in {{…}} are filled in (docs/track.md). An unknown name \
            is a located error. The verslag must be complete (waarborg verslag --check) with the advice aspirant.
            Exit status: 0 when written, 64 usage, 65 when the verslag or template has errors or the advice is \
            not aspirant, 66 when a file is missing, 73 or 74 when --out cannot be written.
            """
    )

    enum Format: String, DocumentFormat {
        case markdown
        case html
    }

    @Argument(help: "A board folder (its newest round's panel-verslag.yaml) or a panel verslag.")
    var source: String

    @OptionGroup var output: DocumentOutput<Format>

    @Option(help: ArgumentHelp("The template to use instead of the questionnaires folder's.", valueName: "file"))
    var template: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        try today.check(global.lang)
        try output.check(global.lang)
    }

    func run() throws {
        let path = BoardFolder.isBoard(source) ? try TrackArguments.currentRound(source, language: global.lang).verslag : source
        let (templateText, templatePath) = try loadTemplate()
        let target = try output.target(inputs: [path] + (template.map { [$0] } ?? []), language: global.lang)
        let (verslag, source) = try TrackFiles.verslag(path, global: global)
        let problems = verslag.problems(path: path)
        Console.report(problems, sources: [path: source], noColor: global.noColor, language: global.lang)
        if problems.containsErrors { throw Exit.dataError }
        guard verslag.advice == .aspirant else {
            let advice = verslag.advice?.rawValue ?? ""
            Console.err(
                TerminalSafe(
                    sanitizing: Message(
                        nl: "\(path): error: het advies is ‘\(advice)’; een intentieverklaring is er voor een aspirant-bestuur\n",
                        en: "\(path): error: the advice is '\(advice)'; an intentieverklaring is for an aspirant board\n"
                    ).text(global.lang)))
            throw Exit.dataError
        }
        let (document, diagnostics) = Reports.Intentieverklaring.template(templateText, path: templatePath)
        Console.report(diagnostics, sources: [templatePath: templateText], noColor: global.noColor, language: global.lang)
        guard let document else { throw Exit.dataError }
        let day = today.day
        let text = output.format == .html ? document.html(verslag, today: day) : document.markdown(verslag, today: day)
        try output.write(text, .rendered, to: target, audience: .shared, language: global.lang)
    }

    /// The template's text and the path its diagnostics name.
    private func loadTemplate() throws -> (String, String) {
        let name = "intentieverklaring.md"
        let folder = global.questionnaires ?? (InputFile.isDirectory("questionnaires") ? "questionnaires" : nil)
        if let path = template ?? folder.map({ $0 + "/" + name }), template != nil || InputFile.exists(path) {
            do {
                return (String(decoding: try InputFile.read(path), as: UTF8.self), path)
            } catch {
                throw Exit.reporting(error, global.lang)
            }
        }
        let builtin = BuiltinQuestionnaires.templates.first { $0.path.hasSuffix("/" + name) }
        return (builtin?.text ?? "", "(ingebouwd)/" + name)
    }
}
