public import Diagnostics

/// Where a value of the plan and each of its fields were read from.
///
/// Always equal to any other, so a plan read from a file equals one built in a test, and
/// a plan written and read back equals the original.
public struct FieldLocations: Sendable, Hashable {
    /// Where the value itself starts (a mapping's first key).
    public var start: FileLocation?
    private var keys: [String: FileLocation] = [:]
    private var values: [String: FileLocation] = [:]

    public init(start: FileLocation? = nil) {
        self.start = start
    }

    /// Records where a field's key and its value are.
    public mutating func record(_ field: String, key: FileLocation?, value: FileLocation?) {
        keys[field] = key
        values[field] = value
    }

    /// The field's key, else the value's start: where to point when the field is wrong
    /// as a whole, such as an empty owner.
    public func key(_ field: String) -> FileLocation? { keys[field] ?? start }

    /// The field's value, else its key, else the value's start.
    public func value(_ field: String) -> FileLocation? { values[field] ?? keys[field] ?? start }

    /// Whether the field was written in the file at all.
    public func has(_ field: String) -> Bool { keys[field] != nil }

    public static func == (lhs: FieldLocations, rhs: FieldLocations) -> Bool { true }

    public func hash(into hasher: inout Hasher) {}
}
