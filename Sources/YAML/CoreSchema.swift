/// The YAML 1.2 core schema: which plain scalars are null, booleans, integers or floats.
///
/// Everything else is a string, so `no`, `ja`, `on`, `1.0.0` and `2026-01-01` stay text.
/// An integer too large for `Int` becomes a float; a hexadecimal or octal one a string.
enum CoreSchema {
    /// The tags a scalar may carry, in their short form.
    static let scalarTags: Set<String> = ["!", "!!str", "!!null", "!!bool", "!!int", "!!float"]

    /// The value of `scalar` under the core schema, honouring an explicit tag.
    static func resolve(_ scalar: Scalar) -> Scalar.Value {
        resolved(scalar.text, style: scalar.style, tag: scalar.tag).value(text: scalar.text)
    }

    /// The value of a scalar; text that does not fit its tag falls back to a string.
    static func resolved(_ text: String, style: Scalar.Style, tag: String?) -> Scalar.Resolved {
        if let tag {
            return resolved(text, tag: tag) ?? .string
        }
        return style == .plain ? plain(text) : .string
    }

    /// The value of `text` under an explicit tag, or nil when the tag is not supported or
    /// the text is not a valid value of it (`!!int abc`).
    static func resolved(_ text: String, tag: String) -> Scalar.Resolved? {
        switch tag {
        case "!", "!!str":
            return .string
        case "!!null":
            return plain(text) == .null ? .null : nil
        case "!!bool":
            if case .bool(let b) = plain(text) { return .bool(b) }
            return nil
        case "!!int":
            if case .int(let i) = plain(text) { return .int(i) }
            return nil
        case "!!float":
            switch plain(text) {
            case .int(let i): return .float(Double(i))
            case .float(let d): return .float(d)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The value of a plain scalar with this text.
    static func plain(_ text: String) -> Scalar.Resolved {
        var text = text
        return text.withUTF8 { plain($0) }
    }

    /// The value of a plain scalar from its UTF-8 bytes, without making a string first.
    static func plain(_ s: UnsafeBufferPointer<UInt8>) -> Scalar.Resolved {
        guard let first = s.first else { return .null }
        switch first {
        case UInt8(ascii: "~"):
            return s.count == 1 ? .null : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isWord(s, "null") ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return isWord(s, "true") ? .bool(true) : .string
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return isWord(s, "false") ? .bool(false) : .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return number(s)
        default:
            return .string
        }
    }

    /// Whether `s` is `word` in lower case, capitalised or upper case (`null`, `Null`, `NULL`).
    private static func isWord(_ s: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let lower = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard s.count == lower.count else { return false }
        let capitalised = s[0] == lower[0] &- 32
        let upper = capitalised && s.count > 1 && s[1] == lower[1] &- 32
        for i in 0..<s.count {
            let expected = (i == 0 ? capitalised : upper) ? lower[i] &- 32 : lower[i]
            if s[i] != expected { return false }
        }
        return true
    }

    /// An int or float when `s` matches the core schema's number patterns, else a string.
    private static func number(_ s: UnsafeBufferPointer<UInt8>) -> Scalar.Resolved {
        let n = s.count
        var i = 0
        if s[0] == UInt8(ascii: "+") || s[0] == UInt8(ascii: "-") { i = 1 }
        guard i < n else { return .string }

        if s[i] == UInt8(ascii: "."), n - i == 4 {
            if isWord(UnsafeBufferPointer(rebasing: s[(i + 1)...]), "inf") {
                return .float(s[0] == UInt8(ascii: "-") ? -.infinity : .infinity)
            }
            let tail = s[1...]
            if i == 0, tail.elementsEqual("nan".utf8) || tail.elementsEqual("NaN".utf8) || tail.elementsEqual("NAN".utf8) {
                return .float(.nan)
            }
        }
        if i == 0, n > 2, s[0] == UInt8(ascii: "0") {
            if s[1] == UInt8(ascii: "o") { return radixInteger(s, radix: 8) }
            if s[1] == UInt8(ascii: "x") { return radixInteger(s, radix: 16) }
        }

        let integerStart = i
        while i < n, isDigit(s[i]) { i += 1 }
        let integerDigits = i - integerStart
        if i == n {
            return integerDigits > 0 ? decimalInteger(s) : .string
        }
        var fractionDigits = 0
        if s[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, isDigit(s[i]) { i += 1; fractionDigits += 1 }
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return .string }
        if i < n, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            let exponentStart = i
            while i < n, isDigit(s[i]) { i += 1 }
            guard i > exponentStart else { return .string }
        }
        guard i == n else { return .string }
        return float(s)
    }

    /// `[-+]?[0-9]+` as an `Int`, or as a float when it does not fit.
    private static func decimalInteger(_ s: UnsafeBufferPointer<UInt8>) -> Scalar.Resolved {
        let negative = s[0] == UInt8(ascii: "-")
        let start = negative || s[0] == UInt8(ascii: "+") ? 1 : 0
        // Accumulate downwards so that Int.min fits.
        var value = 0
        for byte in s[start...] {
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.subtractingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
            if o1 || o2 { return float(s) }
            value = next
        }
        if negative { return .int(value) }
        let (positive, overflow) = (0).subtractingReportingOverflow(value)
        return overflow ? float(s) : .int(positive)
    }

    /// `0o[0-7]+` or `0x[0-9a-fA-F]+` as an `Int`; a string when it does not fit or is malformed.
    private static func radixInteger(_ s: UnsafeBufferPointer<UInt8>, radix: Int) -> Scalar.Resolved {
        var value = 0
        for byte in s[2...] {
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte &- UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte &- UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte &- UInt8(ascii: "A")) + 10
            default: return .string
            }
            guard digit < radix else { return .string }
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (next, o2) = shifted.addingReportingOverflow(digit)
            if o1 || o2 { return .string }
            value = next
        }
        return .int(value)
    }

    /// A float from text already checked against the float pattern.
    private static func float(_ s: UnsafeBufferPointer<UInt8>) -> Scalar.Resolved {
        Double(String(decoding: s, as: UTF8.self)).map(Scalar.Resolved.float) ?? .string
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
