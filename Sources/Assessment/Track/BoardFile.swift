public import Diagnostics
public import FileIO
import Questionnaire
import YAML

/// A board folder's `bestuur.yaml` (`docs/track.md`): its name and the steps of the track
/// no other file records.
public struct BoardFile: Sendable, Hashable {
    public var board: String?
    public var contact: String?
    /// The day the intentieverklaring was signed.
    public var signed: PlanDate?
    /// The day the toetredingsgesprek took place.
    public var accessionMeeting: PlanDate?
    /// The day the board joined the partnership.
    public var joined: PlanDate?

    public init(board: String? = nil, contact: String? = nil, signed: PlanDate? = nil, accessionMeeting: PlanDate? = nil, joined: PlanDate? = nil) {
        self.board = board
        self.contact = contact
        self.signed = signed
        self.accessionMeeting = accessionMeeting
        self.joined = joined
    }

    static let keys = ["board", "contact", "signed", "accession_meeting", "joined"]

    /// The file at `path` with its problems located; an empty file is an empty board file.
    public static func read(path: String) throws(FileError) -> (BoardFile?, [Diagnostic], String) {
        let document = YAMLDocument<BoardFile>(bytes: try InputFile.read(path), path: path, empty: .value(BoardFile())) { root, context in
            typealias Subject = DecodingContext.Subject
            guard let fields = FieldReader(root, Subject(nl: "het bestuursbestand", en: "the board file"), keys: keys, context: context) else {
                return nil
            }
            return BoardFile(
                board: fields.optional("board") { context.optionalText($0, "board") },
                contact: fields.optional("contact") { context.optionalText($0, "contact") },
                signed: fields.optional("signed") { context.planDate($0, Subject(nl: "de datum van ondertekening", en: "the day of signing")) },
                accessionMeeting: fields.optional("accession_meeting") {
                    context.planDate($0, Subject(nl: "de datum van het toetredingsgesprek", en: "the day of the accession conversation"))
                },
                joined: fields.optional("joined") { context.planDate($0, Subject(nl: "de datum van toetreden", en: "the day of joining")) })
        }
        return (document.value, document.diagnostics, document.source)
    }
}
