internal import CYAML
public import Diagnostics

/// Reads one YAML document into an immutable node tree, with libyaml doing the scanning.
///
/// The tree is built in one pass over libyaml's events, and every libyaml structure is
/// freed before a parse returns. Input must be UTF-8; a UTF-8 byte order mark is skipped.
public enum YAMLParser {
    /// Parses one YAML document. Returns nil for an empty document.
    public static func parse(
        _ text: String, file: String, limits: YAMLLimits = .default
    ) throws(DiagnosticError) -> Node? {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(DiagnosticError) -> Node? in
                try parse(buffer: bytes, file: file, limits: limits)
            }
        }
        return try result.get()
    }

    /// Parses one YAML document from raw bytes (UTF-8 expected).
    public static func parse(
        bytes: [UInt8], file: String, limits: YAMLLimits = .default
    ) throws(DiagnosticError) -> Node? {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(DiagnosticError) -> Node? in
                try parse(buffer: buffer, file: file, limits: limits)
            }
        }
        return try result.get()
    }

    /// Parses UTF-8 bytes that stay valid for the whole call.
    static func parse(
        buffer: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits
    ) throws(DiagnosticError) -> Node? {
        guard buffer.count <= limits.maxBytes else {
            throw DiagnosticError(.tooLarge(buffer.count, limit: limits.maxBytes, file: file))
        }
        var input = buffer
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
            input = UnsafeBufferPointer(rebasing: input[3...])
        }
        guard let base = input.baseAddress, !input.isEmpty else { return nil }

        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw DiagnosticError(.outOfMemory(file: file))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, input.count)
        // Fixing the encoding stops libyaml from reading UTF-16 when the bytes start like a BOM.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }
        var builder = TreeBuilder(file: file, limits: limits)
        var lines = LineCounter(input)
        while true {
            guard yaml_parser_parse(parser, event) != 0 else {
                throw builder.failure(LibYAMLProblem.diagnostic(parser, input: input, lines: &lines, file: file))
            }
            defer { yaml_event_delete(event) }
            let mark = event.pointee.start_mark
            let place = lines.position(index: mark.index, line: mark.line, column: mark.column)
            let location = FileLocation(file: file, line: place.line, column: place.column)
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                let data = event.pointee.data.scalar
                try builder.scalar(
                    UnsafeBufferPointer(start: data.value, count: data.length),
                    style: style(data.style), tag: tag(data.tag), anchor: string(data.anchor),
                    at: location)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.pointee.data.sequence_start
                try builder.startCollection(
                    .sequence, tag: tag(data.tag), anchor: string(data.anchor),
                    at: location)
            case YAML_MAPPING_START_EVENT:
                let data = event.pointee.data.mapping_start
                try builder.startCollection(
                    .mapping, tag: tag(data.tag), anchor: string(data.anchor),
                    at: location)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                builder.endCollection()
            case YAML_ALIAS_EVENT:
                try builder.alias(
                    string(event.pointee.data.alias.anchor) ?? "",
                    at: location)
            case YAML_DOCUMENT_START_EVENT:
                try builder.startDocument(at: location)
            case YAML_STREAM_END_EVENT:
                return try builder.finish()
            default:
                break
            }
            try builder.stopIfFlooded(at: location)
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

    private static func string(_ chars: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        chars.map { String(cString: $0) }
    }

    /// A tag in short form: libyaml's `tag:yaml.org,2002:str` becomes `!!str`.
    private static func tag(_ chars: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = string(chars) else { return nil }
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}

fileprivate extension Diagnostic {
    static func tooLarge(_ size: Int, limit: Int, file: String) -> Diagnostic {
        .error(
            Message(
                nl: "bestand is te groot: \(size) bytes, meer dan de grens van \(limit) bytes",
                en: "file is too large: \(size) bytes, more than the limit of \(limit) bytes"),
            at: FileLocation(file: file, line: 1, column: 1))
    }

    static func outOfMemory(file: String) -> Diagnostic {
        .error(.outOfMemory, at: FileLocation(file: file, line: 1, column: 1))
    }
}
