import ArgumentParser
import Assessment
import Diagnostics
import FileIO
import Questionnaire

/// `waarborg consensus`: a draft of the board's joint self-assessment from its respondents'
/// answers files.
struct Consensus: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft the board's joint self-assessment: per question the answer most respondents gave.",
        discussion: """
            waarborg consensus ANSWERS…|BOARD_DIR --out gezamenlijk.yaml

            Gezamenlijk zelfassessment: per vraag het antwoord dat de meeste respondenten gaven. A question \
            stays open, with a comment listing the answers given (without names), when answers tie or lie two \
            or more scale steps apart. Notes and evidence are merged. The file is an answers file with \
            'kind: consensus'; complete it with 'waarborg fill' or an editor and check it with 'waarborg check'. \
            A board folder (docs/track.md) stands for its newest round: the draft goes to ROUND/gezamenlijk.yaml \
            unless --out says otherwise.
            Exit status: 0 when written, 64 usage, 65 when an answers file has errors, 66 when a file is missing, \
            73 when --out exists (without --force) or cannot be written.
            """
    )

    @Argument(help: "The respondents' answers files, a folder of them, or a board folder.")
    var answers: [String] = []

    @Option(
        name: [.customShort("o"), .long],
        help: "Write the draft here (atomically); default: standard output, or gezamenlijk.yaml in a board folder's round.")
    var out: String?

    @Option(help: ArgumentHelp("The name in the draft's respondent (default: the board's name).", valueName: "name"))
    var name: String?

    @Flag(help: "Replace --out when it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if answers.isEmpty {
            throw ValidationError(
                Message(
                    nl: "noem de antwoordbestanden van het bestuur, of de map van het bestuur",
                    en: "name the board's answers files, or the board's folder"
                ).text(global.lang))
        }
    }

    func run() throws {
        var paths = answers
        var out = self.out
        if answers.count == 1, BoardFolder.isBoard(answers[0]) {
            let round = try TrackArguments.currentRound(answers[0], language: global.lang)
            paths = [round.answers]
            out = out ?? round.consensus
        }
        let catalog = try QuestionnaireSource.loadCatalog(global)
        let target = try Self.outputTarget(out, inputs: paths + catalog.paths, force: force, language: global.lang)
        if let out, target.replacesFile, !force {
            Console.error(.fileExists, path: out, language: global.lang)
            throw Exit.cannotCreate
        }
        let loaded = try BoardAnswers.read(paths, global: global)
        let individuals = loaded.filter { !$0.file.respondent.isConsensus }
        guard !individuals.isEmpty else {
            Console.err(
                global.lang == .en
                    ? "No answers files of individual respondents: nothing to draft from.\n"
                    : "Geen antwoordbestanden van afzonderlijke respondenten: er is niets om van uit te gaan.\n")
            throw Exit.noInput
        }
        let questionnaires = loaded.flatMap(\.questionnaires)
        let draft = ConsensusDrafter().draft(loaded.map { ($0.path, $0.file) }, questionnaires: questionnaires, name: name)
        for (path, reference) in draft.otherVersions {
            let message = Message(
                nl: "\(path): let op: \(reference) is een oudere versie en telt niet mee; zet het bestand eerst over met waarborg migrate\n",
                en: "\(path): note: \(reference) is an older version and is not counted; migrate the file first with waarborg migrate\n")
            Console.err(TerminalSafe(sanitizing: message.text(global.lang)))
        }
        let text = ConsensusWriter(language: global.lang.rawValue).yaml(draft, questionnaires: questionnaires)
        do {
            try target.write(StandardOutputText.safe(text, .data, target: target), audience: .personal)
        } catch {
            throw Exit.reporting(error, global.lang)
        }
        let open = draft.open.values.reduce(0) { $0 + $1.count }
        if let out {
            let message = Message(
                nl:
                    "\(out): gezamenlijk zelfassessment uit \(draft.respondents) antwoordbestanden; \(open) \(open == 1 ? "vraag staat" : "vragen staan") open\n",
                en:
                    "\(out): joint self-assessment from \(draft.respondents) answers files; \(open) \(open == 1 ? "question is" : "questions are") open\n"
            )
            Console.err(TerminalSafe(sanitizing: message.text(global.lang)))
        }
    }
}
