public import Diagnostics

/// An immutable YAML node with the place it came from.
///
/// Locations are left out of `==`, so a tree built in a test equals a parsed one.
public struct Node: Sendable, Equatable, CustomStringConvertible {
    public enum Content: Sendable, Equatable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping(Mapping)
    }

    public var content: Content
    /// Where the node starts (for a mapping or sequence, its first entry or its bracket).
    public var location: FileLocation

    public init(_ content: Content, at location: FileLocation = FileLocation(file: "", line: 0, column: 0)) {
        self.content = content
        self.location = location
    }

    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.content == rhs.content }

    public var description: String {
        switch content {
        case .scalar(let scalar): scalar.description
        case .sequence(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            "{" + mapping.entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}

extension Node {
    /// Builds a plain scalar node; its type is resolved by the core schema.
    public static func scalar(_ text: String, style: Scalar.Style = .plain) -> Node {
        Node(.scalar(Scalar(text, style: style)))
    }

    public static func sequence(_ items: [Node]) -> Node { Node(.sequence(items)) }

    public static func mapping(_ entries: [(String, Node)]) -> Node {
        Node(.mapping(Mapping(entries.map { Mapping.Entry(key: .scalar($0.0), value: $0.1) })))
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: Mapping? {
        if case .mapping(let mapping) = content { return mapping }
        return nil
    }

    /// A short name of the node's kind for messages: "a string", "a list", "a mapping".
    public var kindDescription: Message {
        switch content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: Message(nl: "leeg (null)", en: "null")
            case .bool: Message(nl: "true of false", en: "a boolean")
            case .int, .float: Message(nl: "een getal", en: "a number")
            case .string: Message(nl: "een tekst", en: "a string")
            }
        case .sequence: Message(nl: "een lijst", en: "a list")
        case .mapping: Message(nl: "een blok met sleutels", en: "a mapping")
        }
    }
}
