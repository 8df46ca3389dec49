import Diagnostics
import Questionnaire
import YAML

/// The typed reads the plan, the panel verslag and the board file share.
extension DecodingContext {
    /// A text that may be left empty: nil for null or only whitespace.
    func optionalText(_ node: Node, _ what: Subject) -> String? {
        if node.scalar?.isNull == true { return nil }
        guard let text = string(node, what) else { return nil }
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    /// An ISO date (`2027-03-01`), nil for an empty value; anything else is an error that
    /// suggests the date meant where it can.
    func planDate(_ node: Node, _ what: Subject) -> PlanDate? {
        if node.scalar?.isNull == true { return nil }
        guard let text = string(node, what) else { return nil }
        if let date = PlanDate(text) { return date }
        error(PlanDecoder.badDate(text, what), at: node.location)
        return nil
    }
}

extension FieldLocations {
    /// Where each field of a mapping was read.
    init(_ fields: FieldReader) {
        self.init(start: fields.node.location)
        for entry in fields.mapping.entries {
            guard let key = entry.key.scalar?.text else { continue }
            record(key, key: entry.key.location, value: entry.value.scalar?.isNull == true ? nil : entry.value.location)
        }
    }
}

/// A YAML file read into a value through a decoder, with every problem located, sorted,
/// all in one run: the one path of the plan, the panel verslag and the board file.
struct YAMLDocument<Value> {
    /// The value, when the file has no errors.
    var value: Value?
    var root: Node?
    var diagnostics: [Diagnostic]
    /// The file's text, for printing source lines under diagnostics.
    var source: String

    /// What an empty file is: a value, or an error at its first line.
    enum Empty {
        case value(Value)
        case error(Message)
    }

    init(bytes: [UInt8], path: String, empty: Empty, decode: (Node, DecodingContext) -> Value?) {
        source = String(decoding: bytes, as: UTF8.self)
        do {
            root = try YAMLParser.parse(bytes: bytes, file: path)
        } catch {
            (value, root, diagnostics) = (nil, nil, error.diagnostics)
            return
        }
        guard let root else {
            switch empty {
            case .value(let value): (self.value, diagnostics) = (value, [])
            case .error(let message): (value, diagnostics) = (nil, [.error(message, at: FileLocation(file: path, line: 1, column: 1))])
            }
            return
        }
        let context = DecodingContext(file: path)
        let decoded = decode(root, context)
        diagnostics = context.diagnostics.sortedByLocation()
        value = diagnostics.containsErrors ? nil : decoded
    }
}
