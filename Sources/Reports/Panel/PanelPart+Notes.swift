public import Assessment
public import Questionnaire

/// A note, evidence or open answer written with a statement, shown once however many
/// respondents wrote the same text, without names.
public struct NoteEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A *toelichting* with an answer, or the answer to an open question.
        case note
        /// An *onderbouwing*.
        case evidence
    }

    public var kind: Kind
    /// The text as the first respondent wrote it (ends trimmed of line breaks).
    public var text: String
    /// How many respondents wrote this text.
    public var count: Int
    /// The role ids of its writers that the privacy rule lets the brief name, sorted; the
    /// writers in a role too small to name are in `count` only.
    public var roles: [String]
}

extension PanelPart {
    /// The statements of a theme with the notes and evidence written with them.
    ///
    /// Identical texts (the same after collapsing white space) appear once with their
    /// count; empty ones are left out. Per statement notes come first, then evidence, each
    /// sorted by text, so notes of one respondent cannot be linked across statements by
    /// their place, nor a note to its writer's evidence. A writer's role is kept only
    /// when the privacy rule shows that role apart among those shown the statement.
    public func notes(_ theme: Theme) -> [(question: Question, notes: [NoteEntry])] {
        theme.questions.compactMap { question in
            guard let aggregate = aggregate.question(question.id) else { return nil }
            let disclosure = privacy.disclosure(aggregate.shownByRole)
            var entries: [String: NoteEntry] = [:]
            func add(_ kind: NoteEntry.Kind, _ text: String?, role: String?) {
                guard let text else { return }
                let key = SafeText.collapsed(text)
                guard !key.isEmpty else { return }
                let id = "\(kind.rawValue)\u{0}\(key)"
                var entry = entries[id] ?? NoteEntry(kind: kind, text: text.trimmingNewlines, count: 0, roles: [])
                entry.count += 1
                if let role, disclosure.shows(role: role), !entry.roles.contains(role) {
                    entry.roles = (entry.roles + [role]).sorted()
                }
                entries[id] = entry
            }
            for note in aggregate.notes {
                add(.note, note.note, role: note.role)
                add(.evidence, note.evidence, role: note.role)
            }
            let notes = entries.values.sorted { a, b in
                (a.kind == .note ? 0 : 1, SafeText.collapsed(a.text), a.text) < (b.kind == .note ? 0 : 1, SafeText.collapsed(b.text), b.text)
            }
            return notes.isEmpty ? nil : (question, notes)
        }
    }

    /// Whether any statement of the part has a note or evidence.
    public var hasNotes: Bool {
        questionnaire.themes.contains { !notes($0).isEmpty }
    }
}

extension PanelBrief {
    /// The roles that wrote a note as labels, joined; nil when none may be named.
    func authors(of entry: NoteEntry, labels: Labels) -> String? {
        entry.roles.isEmpty ? nil : entry.roles.map { roleLabel($0, labels: labels) }.joined(separator: ", ")
    }
}
