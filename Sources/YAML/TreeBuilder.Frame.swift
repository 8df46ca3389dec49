import Diagnostics

extension TreeBuilder {
    /// A sequence or mapping whose end event has not come yet.
    ///
    /// A struct with both item arrays, not an enum with payloads, so that appending through
    /// `stack[top]` mutates in place instead of copying the array out and back.
    struct Frame {
        enum Kind {
            case sequence
            case mapping
        }

        let kind: Kind
        let location: FileLocation
        let anchor: String?
        var items: [Node] = []
        var entries: [Mapping.Entry] = []
        /// A mapping's key that waits for its value.
        var pendingKey: Node?
        /// Where each key was first defined, built once a mapping has grown past a few entries.
        var keyIndex: [String: FileLocation]?
        /// Nodes in this subtree, aliases counted with the size of what they copy.
        var size = 1
        /// Levels of collections in this subtree, this one included.
        var height = 1

        init(_ kind: Kind, at location: FileLocation, anchor: String?) {
            self.kind = kind
            self.location = location
            self.anchor = anchor
        }

        /// The finished node; moving the arrays out leaves them uniquely referenced.
        consuming func node() -> Node {
            switch kind {
            case .sequence: Node(.sequence(items), at: location)
            case .mapping: Node(.mapping(Mapping(entries)), at: location)
            }
        }
    }
}
