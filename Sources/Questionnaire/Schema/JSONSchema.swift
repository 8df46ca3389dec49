public import Diagnostics

/// Builds the parts of a JSON Schema (draft 2020-12) that describe waarborg's files, for
/// editors with a YAML language server.
///
/// An object's properties are listed from the key list its decoder reads with, so the
/// schema and the decoder cannot disagree on which keys there are.
public enum JSONSchema {
    /// The dialect every schema names in `$schema`.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// A whole schema: the dialect, a title and description, the root and its definitions.
    public static func document(
        title: String, description: String, root: JSONValue, definitions: [(String, JSONValue)]
    ) -> JSONValue {
        guard case .object(let members) = root else { return root }
        let head: [(String, JSONValue)] = [
            ("$schema", .string(dialect)), ("title", .string(title)), ("description", .string(description)),
        ]
        let body = members.filter { $0.0 != "description" }
        return .object(head + body + [("$defs", .object(definitions))])
    }

    /// An object with exactly the keys in `keys`, in that order; no other key is allowed.
    ///
    /// `properties` gives each key's schema; it must name exactly the keys in `keys`.
    public static func object(
        _ description: String, keys: [String], required: [String] = [], properties: [String: JSONValue]
    ) -> JSONValue {
        precondition(Set(properties.keys) == Set(keys), "the schema's properties differ from the decoder's keys: \(keys)")
        precondition(Set(required).isSubset(of: keys), "a required key is not one of the decoder's keys")
        var members: [(String, JSONValue)] = [
            ("description", .string(description)),
            ("type", "object"),
            ("properties", .object(keys.map { ($0, properties[$0] ?? .object([])) })),
        ]
        if !required.isEmpty { members.append(("required", .array(required.map { .string($0) }))) }
        members.append(("additionalProperties", false))
        return .object(members)
    }

    /// An object whose keys match `pattern`, each with the schema `value`; no other key is allowed.
    public static func map(_ description: String, keys pattern: String, value: JSONValue, minimum: Int? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("description", .string(description)), ("type", "object")]
        if let minimum { members.append(("minProperties", .number(Double(minimum)))) }
        members += [("patternProperties", .object([(pattern, value)])), ("additionalProperties", false)]
        return .object(members)
    }

    /// A value of one JSON type (`string`, `number`, `integer`, `boolean`, `array`, `object`).
    public static func type(_ type: String, _ description: String, _ extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([("description", .string(description)), ("type", .string(type))] + extra)
    }

    /// A value of any of several JSON types, such as a key written `1` or `"1"`.
    public static func types(_ types: [String], _ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", .array(types.map { .string($0) }))])
    }

    /// A string that is one of `values`.
    public static func oneOf(_ values: [String], _ description: String) -> JSONValue {
        .object([("description", .string(description)), ("enum", .array(values.map { .string($0) }))])
    }

    /// A list whose items follow `items`.
    public static func list(_ description: String, items: JSONValue, minimum: Int? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("description", .string(description)), ("type", "array")]
        if let minimum { members.append(("minItems", .number(Double(minimum)))) }
        members.append(("items", items))
        return .object(members)
    }

    /// A value that follows any of `choices`, such as a text or a mapping per language.
    public static func anyOf(_ description: String, _ choices: [JSONValue]) -> JSONValue {
        .object([("description", .string(description)), ("anyOf", .array(choices))])
    }

    /// The definition `name` under `$defs`, with a description of this use.
    public static func reference(_ name: String, _ description: String) -> JSONValue {
        .object([("description", .string(description)), ("$ref", .string("#/$defs/\(name)"))])
    }

    /// The definition `name` under `$defs`, without a description of its own.
    public static func reference(_ name: String) -> JSONValue {
        .object([("$ref", .string("#/$defs/\(name)"))])
    }

    /// An empty value (`key:` with nothing after it), which some keys allow.
    public static let null: JSONValue = .object([("type", "null")])

    /// An id: lowercase letters, digits and hyphens, starting with a letter, as `DecodingContext.isIdentifier` checks.
    public static let identifierPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"

    /// A question id `theme.question`.
    public static let questionIDPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$"

    /// A semantic version `MAJOR.MINOR.PATCH`.
    public static let versionPattern = "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"
}
