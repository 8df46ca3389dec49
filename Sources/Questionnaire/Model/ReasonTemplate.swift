/// A rule's own reason in words, with placeholders for the values that made it fire.
///
/// A placeholder names a call of the rule's `when` in braces, `{score(visie)}` or
/// `{count_at_most(afspraken, 2)}`, and is replaced by the value the call had: a number
/// as the report writes numbers, an answer by its option's label. `lint` reports a
/// placeholder that names no call of the condition at its column.
public struct ReasonTemplate: Sendable, Hashable {
    public var text: LocalizedText

    public init(_ text: LocalizedText) {
        self.text = text
    }

    /// One `{…}` in a text: what it names and where the name starts, in Unicode scalars.
    public struct Placeholder: Hashable, Sendable {
        public var name: String
        public var offset: Int
        /// Whether the closing brace is missing.
        public var isOpen: Bool
    }

    /// The placeholders of `text`, in order.
    public static func placeholders(in text: String) -> [Placeholder] {
        var out: [Placeholder] = []
        var current: (start: Int, name: String.UnicodeScalarView)?
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "{" {
                if let open = current { out.append(Placeholder(name: String(open.name), offset: open.start, isOpen: true)) }
                current = (offset + 1, String.UnicodeScalarView())
            } else if scalar == "}", let open = current {
                out.append(Placeholder(name: String(open.name), offset: open.start, isOpen: false))
                current = nil
            } else {
                current?.name.append(scalar)
            }
        }
        if let open = current { out.append(Placeholder(name: String(open.name), offset: open.start, isOpen: true)) }
        return out
    }

    /// The text in `language` with each placeholder replaced by `value(name)`, or by `…`
    /// when the call was not needed to decide the rule.
    public func filled(_ language: String, value: (String) -> String?) -> String {
        let source = text.text(language)
        var out = ""
        var name: String?
        for character in source {
            if character == "{" {
                name = ""
            } else if character == "}", let placeholder = name {
                out += value(placeholder) ?? "…"
                name = nil
            } else if name != nil {
                name?.append(character)
            } else {
                out.append(character)
            }
        }
        if let name { out += "{" + name }
        return out
    }
}
