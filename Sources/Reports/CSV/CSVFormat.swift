/// How a CSV file is written: the delimiter, whether it starts with a byte order mark,
/// and how decimals are written.
///
/// Dutch Excel reads `;` as the delimiter and `,` as the decimal separator, so with `;`
/// numbers get a decimal comma; with `,` or a tab they get a dot.
public struct CSVFormat: Sendable, Hashable {
    public var delimiter: Character
    /// Start with U+FEFF, so Excel reads the file as UTF-8.
    public var byteOrderMark: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    /// Whether numbers are written with a decimal comma.
    public var decimalComma: Bool { delimiter == ";" }

    /// The delimiters a user may choose: comma, semicolon, tab.
    public static let delimiters: [Character] = [",", ";", "\t"]

    /// The delimiter named on a command line: `,`, `;`, or `tab` / `\t`.
    public static func delimiter(named name: String) -> Character? {
        switch name {
        case ",", "comma": ","
        case ";", "semicolon": ";"
        case "\t", "\\t", "tab": "\t"
        default: nil
        }
    }
}
