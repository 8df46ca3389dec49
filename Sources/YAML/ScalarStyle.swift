/// Decides how a string is written so that it reads back as exactly that string.
///
/// Plain when that is safe under YAML's syntax and the core schema, a literal block for
/// multi-line text that survives one, and double quotes with escapes otherwise.
enum ScalarStyle {
    /// Keys longer than this (in Unicode scalars) are written with `?`, as libyaml
    /// allows at most 1024 characters in an implicit key.
    static let maxImplicitKeyLength = 1000

    /// The string as a one-line scalar: plain when safe, else double-quoted.
    static func inline(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// Whether `text` can be written without quotes and reads back as this same string.
    static func isPlainSafe(_ text: String) -> Bool {
        guard isPlainSyntax(text), CoreSchema.plain(text) == .string else { return false }
        return !yaml11Booleans.contains(text)
    }

    /// Words that YAML 1.1 tools read as booleans; quoted for their sake, not ours.
    private static let yaml11Booleans: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    /// Whether `text` is one plain scalar in block context, whatever type it resolves to.
    static func isPlainSyntax(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        // Other whitespace at either end is legal but invisible, so it is quoted as well.
        if first.properties.isWhitespace || last.properties.isWhitespace || last == ":" { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        switch first {
        case "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            return false
        case "-":
            if scalars.count == 1 || scalars.dropFirst().first == " " { return false }
        default:
            break
        }
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            if !isPrintable(scalar) || scalar == "\t" || isLineBreak(scalar) { return false }
            if previous == ":" && scalar == " " { return false }
            if previous == " " && scalar == "#" { return false }
            previous = scalar
        }
        return true
    }

    /// The string in double quotes, with escapes for quotes, backslashes and every
    /// character that is not printable or would be read as a line break.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, digits: 2)
                } else {
                    out += "\\u" + hex(scalar.value, digits: 4)
                }
            }
        }
        return out + "\""
    }

    /// A literal block scalar (`|`, `|-` or `|+`) whose lines are indented by `indent`
    /// spaces, or nil when the text is not multi-line or would not read back exactly.
    ///
    /// The result starts with the indicator and ends with a line break.
    static func literalBlock(_ text: String, indent: Int) -> String? {
        guard text.contains("\n"), let first = text.unicodeScalars.first,
            first != "\n", first != " ", first != "\t"
        else { return nil }
        for scalar in text.unicodeScalars where scalar != "\n" {
            if !isPrintable(scalar) || isLineBreak(scalar) { return nil }
        }
        var body = Substring(text)
        var trailingBreaks = 0
        while body.last == "\n" {
            body.removeLast()
            trailingBreaks += 1
        }
        let chomping = trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+"
        let margin = String(repeating: " ", count: indent)
        var out = "|" + chomping + "\n"
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            out += line.isEmpty ? "\n" : margin + line + "\n"
        }
        out += String(repeating: "\n", count: max(0, trailingBreaks - 1))
        return out
    }

    /// YAML's printable characters (`c-printable`), less the byte order mark.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85: true
        case 0xA0...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Characters that libyaml reads as a line break.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
