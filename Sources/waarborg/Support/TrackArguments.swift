import Assessment
import Diagnostics
import FileIO

/// Board folders given on the command line (`docs/track.md`).
enum TrackArguments {
    /// The newest round of the board folder at `path`; a folder without a round ends the
    /// command with 66.
    static func currentRound(_ path: String, language: Language) throws -> BoardFolder.Round {
        guard let board = BoardFolder(path), let round = board.current else {
            let message = Message(
                nl:
                    "\(path): error: de map van het bestuur heeft geen ronde: een map met een jaartal (2026) met daarin ‘antwoorden/’ (zie docs/track.md)\n",
                en: "\(path): error: the board folder has no round: a folder named by a year (2026) with 'antwoorden/' in it (see docs/track.md)\n")
            Console.err(TerminalSafe(sanitizing: message.text(language)))
            throw Exit.noInput
        }
        return round
    }
}

/// The track's files read for a command: problems printed, errors end it with 65.
enum TrackFiles {
    /// The plan at `path`.
    static func plan(_ path: String, global: GlobalOptions) throws -> ActionPlan {
        try CheckedFile.read(path, global: global, with: PlanReader.read(path:)).value
    }

    /// The verslag at `path` and its text, for printing its check's diagnostics.
    static func verslag(_ path: String, global: GlobalOptions) throws -> (PanelVerslag, String) {
        try CheckedFile.read(path, global: global, with: PanelVerslagReader.read(path:))
    }
}
