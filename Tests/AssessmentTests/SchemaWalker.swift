import Diagnostics
import YAML

/// Checks a value against the keys a JSON Schema allows: a small structural walk, not a
/// full validator.
///
/// It follows `$ref`, `anyOf` (the branches of the value's kind), `properties`,
/// `patternProperties`, `additionalProperties`, `required` and `items`, and reports every
/// key the schema does not allow and every required key that is missing, with its path.
struct SchemaWalker {
    let schema: JSONValue

    /// The problems of `value`, such as `themes[0].questions[2]: unknown key 'titel'`.
    func problems(_ value: JSONValue) -> [String] {
        walk(value, schema, path: "")
    }

    /// A YAML node as a JSON value; scalars become strings, which is enough for keys.
    static func value(_ node: Node) -> JSONValue {
        if let mapping = node.mapping {
            return .object(mapping.entries.map { ($0.key.scalar?.text ?? "?", value($0.value)) })
        }
        if let items = node.sequence { return .array(items.map(value)) }
        if let scalar = node.scalar { return scalar.isNull && scalar.style == .plain ? .null : .string(scalar.text) }
        return .null
    }

    private func walk(_ value: JSONValue, _ schema: JSONValue, path: String) -> [String] {
        let schema = resolved(schema)
        if let choices = member("anyOf", of: schema)?.arrayValue {
            let fitting = choices.map(resolved).filter { fits(value, $0) }
            guard !fitting.isEmpty else { return [] }
            var first: [String]?
            for choice in fitting {
                let problems = walk(value, choice, path: path)
                if problems.isEmpty { return [] }
                first = first ?? problems
            }
            return first ?? []
        }
        switch value {
        case .object(let members):
            var problems: [String] = []
            let place = path.isEmpty ? "(top)" : path
            let properties = member("properties", of: schema)?.objectValue ?? []
            let patterns = member("patternProperties", of: schema)?.objectValue ?? []
            let additional = member("additionalProperties", of: schema)
            for name in member("required", of: schema)?.arrayValue ?? [] {
                if case .string(let key) = name, !members.contains(where: { $0.0 == key }) {
                    problems.append("\(place): missing key '\(key)'")
                }
            }
            for (key, child) in members {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                if let property = properties.first(where: { $0.0 == key }) {
                    problems += walk(child, property.1, path: childPath)
                } else if let pattern = patterns.first(where: { (try? Regex($0.0).firstMatch(in: key)) != nil }) {
                    problems += walk(child, pattern.1, path: childPath)
                } else if additional == .bool(false) {
                    problems.append("\(place): unknown key '\(key)'")
                } else if let additional {
                    problems += walk(child, additional, path: childPath)
                }
            }
            return problems
        case .array(let items):
            guard let itemSchema = member("items", of: schema) else { return [] }
            return items.enumerated().flatMap { walk($0.element, itemSchema, path: "\(path)[\($0.offset)]") }
        default:
            return []
        }
    }

    /// Whether a branch of `anyOf` is meant for a value of this kind.
    private func fits(_ value: JSONValue, _ schema: JSONValue) -> Bool {
        let types: [String]
        switch member("type", of: schema) {
        case .string(let type): types = [type]
        case .array(let list): types = list.compactMap { if case .string(let t) = $0 { t } else { nil } }
        default: return member("anyOf", of: schema) != nil
        }
        switch value {
        case .object: return types.contains("object")
        case .array: return types.contains("array")
        default: return !types.contains("object") && !types.contains("array")
        }
    }

    private func resolved(_ schema: JSONValue) -> JSONValue {
        guard case .string(let reference) = member("$ref", of: schema), reference.hasPrefix("#/$defs/") else { return schema }
        let name = String(reference.dropFirst("#/$defs/".count))
        guard let definition = member("$defs", of: self.schema)?.objectValue?.first(where: { $0.0 == name })?.1 else {
            return schema
        }
        return resolved(definition)
    }

    private func member(_ key: String, of schema: JSONValue) -> JSONValue? {
        schema.objectValue?.first { $0.0 == key }?.1
    }
}

extension JSONValue {
    var objectValue: [(String, JSONValue)]? {
        if case .object(let members) = self { members } else { nil }
    }

    var arrayValue: [JSONValue]? {
        if case .array(let items) = self { items } else { nil }
    }
}
