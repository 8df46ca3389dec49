public import Diagnostics
public import YAML

/// Reads the fields of one YAML mapping, reporting unknown and missing keys.
///
/// Creating a reader checks at once that the node is a mapping and that every key is
/// known, with "did you mean …?" for a close match.
public struct FieldReader {
    public let node: Node
    public let mapping: Mapping
    private let context: DecodingContext
    private let what: DecodingContext.Subject

    /// Nil (with a diagnostic) when the node is not a mapping.
    public init?(_ node: Node, _ what: DecodingContext.Subject, keys: [String], context: DecodingContext) {
        guard let mapping = node.mapping else {
            context.error(
                .mustBe(what, Message(nl: "een blok met sleutels en waarden", en: "a mapping of keys and values"), not: node), at: node.location)
            return nil
        }
        self.node = node
        self.mapping = mapping
        self.context = context
        self.what = what
        for entry in mapping.entries {
            guard let key = entry.key.scalar?.text else {
                context.error(Message(nl: "sleutels moeten gewone woorden zijn", en: "keys must be plain words"), at: entry.key.location)
                continue
            }
            if !keys.contains(key) {
                context.error(
                    Message(nl: "onbekende sleutel ‘\(key)’ in \(what.nl)", en: "unknown key '\(key)' in \(what.en)")
                        + context.didYouMean(key, in: keys),
                    at: entry.key.location)
            }
        }
    }

    public func has(_ key: String) -> Bool { mapping[key] != nil }

    /// The value node of `key`, or nil.
    public subscript(key: String) -> Node? { mapping[key] }

    /// The location of the key itself, to point at when its value is wrong as a whole.
    public func keyLocation(_ key: String) -> FileLocation? { mapping.entry(key)?.key.location }

    /// Decodes a required key; a missing key is reported at the mapping.
    public func required<T>(_ key: String, _ decode: (Node) -> T?) -> T? {
        guard let value = mapping[key] else {
            context.error(Message(nl: "sleutel ‘\(key)’ ontbreekt in \(what.nl)", en: "missing key '\(key)' in \(what.en)"), at: node.location)
            return nil
        }
        return decode(value)
    }

    /// Decodes an optional key; nil when absent (or wrong, with a diagnostic).
    public func optional<T>(_ key: String, _ decode: (Node) -> T?) -> T? {
        mapping[key].flatMap(decode)
    }
}
