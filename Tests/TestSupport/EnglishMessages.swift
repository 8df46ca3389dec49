import Diagnostics

/// In tests, a string literal where a ``Message`` belongs is one text for both languages,
/// so a diagnostic can be written down in English and compared with ``Diagnostic/inEnglish``.
extension Message: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self = .verbatim(value)
    }
}

extension Diagnostic {
    /// The diagnostic with its English texts in both languages, to compare with one written
    /// in a test.
    public var inEnglish: Diagnostic {
        var copy = self
        copy.message = .verbatim(message.en)
        copy.notes = notes.map { note in
            var note = note
            note.message = .verbatim(note.message.en)
            return note
        }
        return copy
    }
}

extension Array where Element == Diagnostic {
    public var inEnglish: [Diagnostic] { map(\.inEnglish) }
}
