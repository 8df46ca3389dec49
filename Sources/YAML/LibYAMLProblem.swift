internal import CYAML
import Diagnostics

/// Turns libyaml's error state into a readable diagnostic at a 1-based position.
enum LibYAMLProblem {
    /// The diagnostic for the error that `parser` stopped at while reading `input`.
    static func diagnostic(
        _ parser: UnsafePointer<yaml_parser_t>, input: UnsafeBufferPointer<UInt8>, lines: inout LineCounter,
        file: String
    ) -> Diagnostic {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown YAML error"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return .error(.outOfMemory, at: FileLocation(file: file, line: 1, column: 1))
        case YAML_READER_ERROR:
            let (line, column) = position(ofByte: state.problem_offset, in: input)
            let location = FileLocation(file: file, line: line, column: column)
            return .error(readerMessage(problem, value: state.problem_value), at: location)
        default:
            let problemMark = state.problem_mark
            let place = lines.position(index: problemMark.index, line: problemMark.line, column: problemMark.column)
            let location = FileLocation(file: file, line: place.line, column: place.column)
            if byte(atLine: location.line, column: location.column, in: input) == UInt8(ascii: "\t") {
                return .error(
                    Message(
                        nl: "een tab is hier niet toegestaan; spring in met spaties", en: "a tab character is not allowed here; indent with spaces"),
                    at: location)
            }
            var message = Message(nl: dutch(problem: problem), en: problem)
            var notes: [Diagnostic.Note] = []
            if let context = state.context.map({ String(cString: $0) }) {
                message = message + Message(nl: " (" + dutch(context: context) + ")", en: " " + context)
                let mark = state.context_mark
                if mark.line != state.problem_mark.line || mark.column != state.problem_mark.column {
                    let place = lines.position(index: mark.index, line: mark.line, column: mark.column)
                    let start = FileLocation(file: file, line: place.line, column: place.column)
                    notes.append(Diagnostic.Note(startNote(context), at: start))
                }
            }
            return .error(message, at: location, notes: notes)
        }
    }

    /// "invalid leading UTF-8 octet" becomes "the file is not valid UTF-8: invalid leading UTF-8 octet 0xFF".
    private static func readerMessage(_ problem: String, value: Int32) -> Message {
        let hex = String(value, radix: 16, uppercase: true)
        if problem == "control characters are not allowed" {
            let code = "U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)"
            return Message(nl: "stuurteken \(code) is niet toegestaan", en: "control character \(code) is not allowed")
        }
        if problem.contains("UTF-8") || problem.contains("Unicode") {
            let byte = value >= 0 ? " 0x\(hex)" : ""
            return Message(
                nl: "het bestand is geen geldige UTF-8: \(dutch(problem: problem))\(byte)", en: "the file is not valid UTF-8: \(problem)\(byte)")
        }
        return Message(nl: dutch(problem: problem), en: problem)
    }

    /// "while parsing a block mapping" becomes "the block mapping starts here".
    private static func startNote(_ context: String) -> Message {
        for prefix in ["while scanning a ", "while parsing a ", "while scanning an ", "while parsing an "]
        where context.hasPrefix(prefix) {
            let construct = String(context.dropFirst(prefix.count))
            return Message(nl: dutch(construct: construct).definite + " begint hier", en: "the " + construct + " starts here")
        }
        return Message(nl: dutch(context: context) + ", dat begint hier", en: context + ", which starts here")
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset; lines end at LF,
    /// CR LF and CR, as in ``LineCounter``.
    static func position(ofByte offset: Int, in input: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1, i = 0
        let end = min(offset, input.count)
        while i < end {
            let width = lineBreakWidth(at: i, in: input)
            if width > 0 {
                line += 1
                column = 1
                i += width
            } else {
                if input[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }
        return (line, column)
    }

    /// The first byte of the character at a 1-based line and column, if there is one.
    static func byte(atLine line: Int, column: Int, in input: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var currentLine = 1, currentColumn = 1, i = 0
        while i < input.count {
            if currentLine == line, currentColumn == column { return input[i] }
            let width = lineBreakWidth(at: i, in: input)
            if width > 0 {
                if currentLine == line { return nil }
                currentLine += 1
                currentColumn = 1
                i += width
            } else {
                i += 1
                while i < input.count, input[i] & 0xC0 == 0x80 { i += 1 }
                currentColumn += 1
            }
        }
        return nil
    }

    /// The number of bytes of the line break at `i` (LF, CR LF or CR), or 0 when there is none.
    private static func lineBreakWidth(at i: Int, in s: UnsafeBufferPointer<UInt8>) -> Int {
        switch s[i] {
        case 0x0A: return 1
        case 0x0D: return i + 1 < s.count && s[i + 1] == 0x0A ? 2 : 1
        default: return 0
        }
    }
}
