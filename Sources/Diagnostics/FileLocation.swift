/// A position in a source file.
///
/// Lines and columns are 1-based; a column counts Unicode scalars from the start of the
/// line, which is what editors that jump to `path:line:column` expect for UTF-8 text.
public struct FileLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The location `offset` scalars further along the same line.
    ///
    /// Used to place an error inside an expression that is itself a YAML scalar.
    public func advanced(byColumns offset: Int) -> FileLocation {
        FileLocation(file: file, line: line, column: column + offset)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: FileLocation, rhs: FileLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
