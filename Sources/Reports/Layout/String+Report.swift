extension String {
    /// Without leading and trailing whitespace, newlines included.
    var trimmingNewlines: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    /// With its first character upper-cased: `prioriteit hoog` → `Prioriteit hoog`.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
