/// A YAML mapping with its entries in document order.
///
/// Keys are unique: the parser reports a duplicate key as an error.
public struct Mapping: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The value under a scalar key with this text.
    public subscript(key: String) -> Node? {
        entries.first { $0.key.scalar?.text == key }?.value
    }

    /// The entry under a scalar key with this text.
    public func entry(_ key: String) -> Entry? {
        entries.first { $0.key.scalar?.text == key }
    }

    public var keys: [String] { entries.compactMap { $0.key.scalar?.text } }
    public var count: Int { entries.count }
}
