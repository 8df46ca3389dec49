/// A text of at most eight bytes kept as one integer and its length, so that a scalar is
/// matched against short keys (option keys, the keys of a small mapping) by comparing
/// integers instead of bytes.
public struct ShortKey: Hashable, Sendable {
    private let word: UInt64
    private let count: UInt8

    /// The key of `text`; nil when it is longer than eight bytes.
    public init?(_ text: String) {
        var text = text
        guard let key = text.withUTF8({ ShortKey(bytes: $0) }) else { return nil }
        self = key
    }

    /// The key of `bytes`; nil when there are more than eight.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 8 else { return nil }
        var word: UInt64 = 0
        for index in bytes.indices { word |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        self.word = word
        count = UInt8(bytes.count)
    }
}
