/// A version `MAJOR.MINOR.PATCH` of a questionnaire.
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int

    public init(_ major: Int, _ minor: Int, _ patch: Int) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// Parses `1.2.3`; nil for anything else (no prefixes, no pre-release suffixes).
    public init?(_ text: String) {
        // Byte by byte: three parts of one to nine ASCII digits, without a leading zero
        // unless the part is 0, separated by dots.
        var parts = (0, 0)
        var part = 0
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "."):
                guard digits > 0, part < 2 else { return nil }
                if part == 0 { parts.0 = value } else { parts.1 = value }
                part += 1
                value = 0
                digits = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 9, digits == 0 || value != 0 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard part == 2, digits > 0 else { return nil }
        self.init(parts.0, parts.1, value)
    }

    public var description: String { "\(major).\(minor).\(patch)" }

    /// The next patch version: 1.0.0 → 1.0.1.
    public var nextPatch: SemanticVersion { SemanticVersion(major, minor, patch + 1) }

    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
}
