import Diagnostics

/// The output format a file name asks for by its extension, so `--out rapport.html` needs
/// no `--format html`.
enum FormatFromExtension {
    /// `html`, `markdown`, `json`, `csv` or `terminal` (for `.txt`); nil for any other name.
    static func format(of path: String?) -> String? {
        guard let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm": return "html"
        case "md", "markdown": return "markdown"
        case "json": return "json"
        case "csv": return "csv"
        case "txt": return "terminal"
        default: return nil
        }
    }

    /// The format to use: the one given, else the extension's, else `fallback`; a given
    /// format the extension contradicts is a usage error.
    static func resolve<Format: RawRepresentable>(_ given: Format?, out: String?, fallback: Format) throws -> Format
    where Format.RawValue == String {
        let implied = format(of: out).flatMap(Format.init(rawValue:))
        if let given, let implied, given != implied, let out {
            throw FormatMismatch(
                message: Message(
                    nl: "--format \(given.rawValue) past niet bij --out ‘\(out)’, dat \(implied.rawValue) aangeeft; laat een van beide weg",
                    en: "--format \(given.rawValue) does not match --out '\(out)', which names \(implied.rawValue); leave one out"))
        }
        return given ?? implied ?? fallback
    }

    struct FormatMismatch: Error, CustomStringConvertible {
        var message: Message
        var description: String { message.en }
    }
}
