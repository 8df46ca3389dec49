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
        let bytes = try InputFile.read(path)
        let source = String(decoding: bytes, as: UTF8.self)
        let root: Node?
        do {
            root = try YAMLParser.parse(bytes: bytes, file: path)
        } catch {
            return (nil, error.diagnostics, source)
        }
        guard let root else { return (BoardFile(), [], source) }
        let context = DecodingContext(file: path)
        typealias Subject = DecodingContext.Subject
        guard let fields = FieldReader(root, Subject(nl: "het bestuursbestand", en: "the board file"), keys: keys, context: context) else {
            return (nil, context.diagnostics, source)
        }
        func text(_ node: Node, _ what: Subject) -> String? {
            if node.scalar?.isNull == true { return nil }
            guard let text = context.string(node, what) else { return nil }
            return text.allSatisfy(\.isWhitespace) ? nil : text
        }
        func date(_ node: Node, _ what: Subject) -> PlanDate? {
            guard let value = text(node, what) else { return nil }
            if let date = PlanDate(value) { return date }
            context.error(PlanDecoder.badDate(value, what), at: node.location)
            return nil
        }
        let file = BoardFile(
            board: fields.optional("board") { text($0, "board") },
            contact: fields.optional("contact") { text($0, "contact") },
            signed: fields.optional("signed") { date($0, Subject(nl: "de datum van ondertekening", en: "the day of signing")) },
            accessionMeeting: fields.optional("accession_meeting") {
                date($0, Subject(nl: "de datum van het toetredingsgesprek", en: "the day of the accession conversation"))
            },
            joined: fields.optional("joined") { date($0, Subject(nl: "de datum van toetreden", en: "the day of joining")) })
        let diagnostics = context.diagnostics.sortedByLocation()
        return (diagnostics.containsErrors ? nil : file, diagnostics, source)
    }
}
