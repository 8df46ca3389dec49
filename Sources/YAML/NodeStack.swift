/// A growable stack of nodes in memory the builder owns, so that a finished collection
/// moves its children out into an array of exactly their number, without copying.
///
/// Moving instead of copying saves a retain and a release per node, and it is noncopyable
/// so that the memory has exactly one owner, which frees it in `deinit`.
struct NodeStack: ~Copyable {
    private var base: UnsafeMutablePointer<Node>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The node at `index`, read in place.
    subscript(index: Int) -> Node {
        unsafeAddress { UnsafePointer(base + index) }
    }

    mutating func push(_ node: consuming Node) {
        if count == capacity {
            let grown = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
            capacity *= 2
        }
        (base + count).initialize(to: node)
        count += 1
    }

    /// Moves the nodes from `start` on into a new array, removing them from the stack.
    mutating func popArray(from start: Int) -> [Node] {
        let moved = count - start
        guard moved > 0 else { return [] }
        let array = [Node](unsafeUninitializedCapacity: moved) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: base + start, count: moved)
            initialized = moved
        }
        count = start
        return array
    }

    /// Moves the alternating keys and values from `start` on into mapping entries.
    mutating func popEntries(from start: Int) -> [Mapping.Entry] {
        let pairs = (count - start) / 2
        guard pairs > 0 else { return [] }
        let entries = [Mapping.Entry](unsafeUninitializedCapacity: pairs) { buffer, initialized in
            for i in 0..<pairs {
                let key = base + start + 2 * i
                buffer.initializeElement(at: i, to: Mapping.Entry(key: key.move(), value: (key + 1).move()))
            }
            initialized = pairs
        }
        count = start
        return entries
    }
}
