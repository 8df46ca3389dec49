public import Diagnostics

/// One statement or question of a theme.
public struct Question: Sendable, Identifiable {
    /// `theme.question`, the id used in expressions, answers files and reports.
    public var id: QuestionID
    public var text: LocalizedText
    public var help: LocalizedText?
    public var kind: QuestionKind
    public var required: Bool
    /// A core statement: its lowest answer is a development point whatever the mean.
    public var kern: Bool
    public var note: Requirement
    public var evidence: Requirement
    /// The option keys with which the note is asked (`note: {for: […]}`); nil: every answer.
    public var noteFor: [String]?
    /// The option keys with which the evidence is asked (`evidence: {for: […]}`); nil: every answer.
    public var evidenceFor: [String]?
    /// Weight of the question in its theme's score.
    public var weight: Double
    /// When set, the question is asked only while this condition holds.
    public var showIf: Condition?
    /// The ids of the roles the question is asked of (its own `roles`, else its theme's);
    /// nil when every role gets it.
    public var roles: [String]?
    /// What a board can do when a kern statement gets its lowest answer.
    public var action: LocalizedText?
    /// Where the question is defined (its `id`), for diagnostics.
    public var location: FileLocation?

    /// Whether a respondent in `role` is asked this question; with no role known, yes.
    public func isAsked(of role: String?) -> Bool {
        guard let roles, let role else { return true }
        return roles.contains(role)
    }

    public init(
        id: QuestionID, text: LocalizedText, help: LocalizedText? = nil, kind: QuestionKind,
        required: Bool = true, kern: Bool = false, note: Requirement = .optional,
        evidence: Requirement = .none, weight: Double = 1, showIf: Condition? = nil, roles: [String]? = nil,
        noteFor: [String]? = nil, evidenceFor: [String]? = nil
    ) {
        self.id = id
        self.text = text
        self.help = help
        self.kind = kind
        self.required = required
        self.kern = kern
        self.note = note
        self.evidence = evidence
        self.noteFor = noteFor
        self.evidenceFor = evidenceFor
        self.weight = weight
        self.showIf = showIf
        self.roles = roles
    }
}

/// A question's full id: its theme and its own id, written `theme.question`.
///
/// Ids are looked up far more often than they are made (every answer, score, visibility
/// and rule reference goes through one), so an id carries a hash of both parts, computed
/// once; hashing an id then costs one integer, not two strings.
public struct QuestionID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The parts, their hash and their written form, made once and shared by every copy:
    /// an id is copied for every answer and every score, and a copy then counts one
    /// reference instead of two strings.
    private let storage: Storage

    private final class Storage: Sendable {
        let theme: String
        let question: String
        let fingerprint: Int
        let description: String

        init(theme: String, question: String) {
            self.theme = theme
            self.question = question
            fingerprint = QuestionID.fingerprint(theme, question)
            description = "\(theme).\(question)"
        }
    }

    public var theme: String { storage.theme }
    public var question: String { storage.question }

    public init(theme: String, question: String) {
        storage = Storage(theme: theme, question: question)
    }

    public static func == (lhs: QuestionID, rhs: QuestionID) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.storage.fingerprint == rhs.storage.fingerprint && lhs.storage.question == rhs.storage.question
            && lhs.storage.theme == rhs.storage.theme
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fingerprint)
    }

    /// FNV-1a over the UTF-8 of `theme`, a dot and `question`: stable and cheap.
    private static func fingerprint(_ theme: String, _ question: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        for byte in theme.utf8 { add(byte) }
        add(UInt8(ascii: "."))
        for byte in question.utf8 { add(byte) }
        return Int(truncatingIfNeeded: hash)
    }

    /// Parses `theme.question`.
    public init?(_ text: String) {
        let utf8 = text.utf8
        guard let dot = utf8.firstIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return nil }
        let rest = utf8[utf8.index(after: dot)...]
        guard !rest.isEmpty, !rest.contains(UInt8(ascii: ".")) else { return nil }
        self.init(theme: String(text[..<dot]), question: String(text[utf8.index(after: dot)...]))
    }

    public var description: String { storage.description }

    public static func < (lhs: QuestionID, rhs: QuestionID) -> Bool { lhs.description < rhs.description }
}
