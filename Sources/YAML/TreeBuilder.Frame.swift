import Diagnostics

extension TreeBuilder {
    /// A sequence or mapping whose end event has not come yet.
    ///
    /// Its children wait in the builder's shared `children` stack from `start` on, so
    /// each finished collection is copied once into an array of exactly its size.
    struct Frame {
        enum Kind {
            case sequence
            case mapping
        }

        let kind: Kind
        let location: FileLocation
        let anchor: String?
        /// Where this collection's children begin in the builder's `children`.
        let start: Int
        /// Where each key was first defined, built once a mapping has grown past a few entries.
        var keyIndex: [String: FileLocation]?
        /// Nodes in this subtree, aliases counted with the size of what they copy.
        var size = 1
        /// Levels of collections in this subtree, this one included.
        var height = 1
        /// Bytes of scalar text in this subtree, aliases counted with the text they copy.
        var bytes = 0

        init(_ kind: Kind, at location: FileLocation, anchor: String?, start: Int) {
            self.kind = kind
            self.location = location
            self.anchor = anchor
            self.start = start
        }
    }
}
