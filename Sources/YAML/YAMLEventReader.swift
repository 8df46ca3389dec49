internal import CYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libyaml's events for one document, one at a time, without building a tree.
///
/// For decoders that read a known format straight from the events and fall back to
/// ``YAMLParser`` when anything is unusual: the reader reports anchors, tags, aliases, a
/// second document and libyaml's own errors all as ``Kind/unsupported``, so a decoder
/// never has to handle them; so is a node past ``YAMLLimits/maxNodes``, which the tree
/// reports. Scalars are given as their bytes, valid until the next event; making a
/// `String` is left to the decoder, for the scalars it keeps.
public struct YAMLEventReader: ~Copyable {
    public enum Kind: Sendable, Equatable {
        case scalar
        case sequenceStart
        case sequenceEnd
        case mappingStart
        case mappingEnd
        /// The end of the document.
        case end
        /// Anything a fast decoder leaves to the tree: an error, an anchor, a tag, an
        /// alias or a second document. Every later call gives it again, as after `end`.
        case unsupported
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    private var documents = 0
    /// Scalars, sequences and mappings read so far, and the most allowed.
    private var nodes = 0
    private var maxNodes = YAMLLimits.default.maxNodes
    /// Once the reader has given `.end` or `.unsupported`, it gives the same again.
    private var finished: Kind?

    /// The bytes of the current scalar; empty after any other event.
    public private(set) var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The style of the current scalar.
    public private(set) var style = Scalar.Style.plain

    /// Calls `body` with a reader over `bytes`; nil when the bytes are beyond `limits` or
    /// libyaml cannot start, so that the caller reads them through the tree instead.
    public static func read<Result>(
        _ bytes: [UInt8], limits: YAMLLimits = .default, _ body: (inout YAMLEventReader) -> Result?
    ) -> Result? {
        guard bytes.count <= limits.maxBytes else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Result? in
            var input = buffer
            if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
                input = UnsafeBufferPointer(rebasing: input[3...])
            }
            guard let base = input.baseAddress, !input.isEmpty else { return nil }
            guard var reader = YAMLEventReader.make() else { return nil }
            reader.maxNodes = limits.maxNodes
            yaml_parser_set_input_string(reader.parser, base, input.count)
            yaml_parser_set_encoding(reader.parser, YAML_UTF8_ENCODING)
            return body(&reader)
        }
    }

    /// Takes over a parser that `yaml_parser_initialize` has set up.
    private init(parser: UnsafeMutablePointer<yaml_parser_t>) {
        self.parser = parser
        event = .allocate(capacity: 1)
    }

    /// A reader over a new parser; nil when libyaml cannot set one up (out of memory).
    private static func make() -> YAMLEventReader? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            return nil
        }
        return YAMLEventReader(parser: parser)
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// The next event of the document's content.
    public mutating func next() -> Kind {
        while true {
            if holdsEvent {
                yaml_event_delete(event)
                holdsEvent = false
            }
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            if let finished { return finished }
            guard yaml_parser_parse(parser, event) != 0 else { return finish(.unsupported) }
            holdsEvent = true
            switch event.pointee.type {
            case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                // Past the node limit the tree reports it, at the node that passes it.
                nodes += 1
                if nodes > maxNodes { return finish(.unsupported) }
            default:
                break
            }
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                let data = event.pointee.data.scalar
                guard data.anchor == nil, data.tag == nil else { return finish(.unsupported) }
                bytes = UnsafeBufferPointer(start: data.value, count: data.length)
                style = Self.style(data.style)
                return .scalar
            case YAML_SEQUENCE_START_EVENT:
                let data = event.pointee.data.sequence_start
                guard data.anchor == nil, data.tag == nil else { return finish(.unsupported) }
                return .sequenceStart
            case YAML_MAPPING_START_EVENT:
                let data = event.pointee.data.mapping_start
                guard data.anchor == nil, data.tag == nil else { return finish(.unsupported) }
                return .mappingStart
            case YAML_SEQUENCE_END_EVENT:
                return .sequenceEnd
            case YAML_MAPPING_END_EVENT:
                return .mappingEnd
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return finish(.unsupported) }
            case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                return finish(.end)
            case YAML_ALIAS_EVENT:
                return finish(.unsupported)
            default:
                continue
            }
        }
    }

    private mutating func finish(_ kind: Kind) -> Kind {
        finished = kind
        return kind
    }

    // MARK: The current scalar

    /// The scalar's text.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the scalar is `text`, byte for byte.
    public func isText(_ text: String) -> Bool {
        let utf8 = text.utf8
        let count = bytes.count
        guard utf8.count == count else { return false }
        guard count > 0 else { return true }
        return utf8.withContiguousStorageIfAvailable { isText($0) } ?? utf8.elementsEqual(bytes)
    }

    /// Whether the scalar is `text`'s bytes, byte for byte.
    public func isText(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard text.count == count else { return false }
        guard let base = bytes.baseAddress, let other = text.baseAddress else { return true }
        guard count > 32 else {
            for index in 0..<count where other[index] != base[index] { return false }
            return true
        }
        return memcmp(other, base, count) == 0
    }

    /// The scalar as a ``ShortKey``; nil when it is longer than eight bytes.
    public var shortKey: ShortKey? { ShortKey(bytes: bytes) }

    /// Whether the scalar is empty or only whitespace, as `Character.isWhitespace` decides.
    public var isBlank: Bool {
        for byte in bytes {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: return string.allSatisfy(\.isWhitespace)
            default: return false
            }
        }
        return true
    }

    /// Whether the scalar is a plain null: empty, `~` or `null` (the core schema).
    public var isNull: Bool {
        // Only an empty scalar, `~` or a spelling of `null` can be null: other scalars are
        // not resolved (a number would be parsed) just to say they are not.
        guard style == .plain else { return false }
        guard let first = bytes.first else { return true }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"): return CoreSchema.plain(bytes) == .null
        default: return false
        }
    }

    /// The number a plain scalar is in the core schema, such as `3` or `2.5`; nil otherwise.
    public var number: Double? {
        guard style == .plain else { return nil }
        switch CoreSchema.plain(bytes) {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
