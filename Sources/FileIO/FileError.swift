import Diagnostics

/// Why a file could not be read or written, with the sysexits code that fits.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file does not exist, is a directory, or cannot be opened for reading (exit 66).
        case noInput
        /// A file or its temporary copy could not be created (exit 73).
        case cannotCreate
        /// Reading or writing failed part-way (exit 74).
        case ioError
        /// The file is larger than allowed (exit 65: the data is unacceptable).
        case tooLarge
        /// The command was asked for something it refuses, such as writing over one of its
        /// own inputs (exit 64: a usage error, found before anything is read).
        case usage
    }

    public var kind: Kind
    public var path: String
    public var message: Message

    public init(_ kind: Kind, path: String, message: Message) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `path: error: message` in `language`, with control characters in either shown as
    /// escapes, so a file name cannot move the cursor or change colours. The keyword
    /// `error` is the same in both languages, as in a diagnostic.
    public func description(_ language: Language) -> String {
        "\(visible(path)): error: \(visible(message.text(language)))"
    }

    /// The English form, for logs and test failures; commands print ``description(_:)``.
    public var description: String { description(.en) }

    /// The sysexits code for this failure.
    public var exitCode: Int32 {
        switch kind {
        case .noInput: 66
        case .cannotCreate: 73
        case .ioError: 74
        case .tooLarge: 65
        case .usage: 64
        }
    }
}

/// The text with control and bidirectional control characters written as `\u{1B}`: the
/// rule of `TerminalText.sanitized`, with tabs and line breaks escaped too, so the error
/// stays on one line.
private func visible(_ text: String) -> String {
    func hidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }
    guard text.unicodeScalars.contains(where: hidden) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if hidden(scalar) {
            out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
        } else {
            out.append(scalar)
        }
    }
    return String(out)
}
