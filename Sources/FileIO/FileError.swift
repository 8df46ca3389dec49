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
    }

    public var kind: Kind
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }

    /// The sysexits code for this failure.
    public var exitCode: Int32 {
        switch kind {
        case .noInput: 66
        case .cannotCreate: 73
        case .ioError: 74
        case .tooLarge: 65
        }
    }
}
