/// One problem found in an input file, as a plain value.
///
/// Stages collect diagnostics in arrays and never stop at the first one, so a user sees
/// every problem of a file in one run.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary remark attached to a diagnostic, such as where a duplicate was first defined.
    public struct Note: Hashable, Sendable {
        public var message: Message
        public var location: FileLocation?

        public init(_ message: Message, at location: FileLocation? = nil) {
            self.message = message.map(Diagnostic.bounded)
            self.location = location
        }
    }

    public var severity: Severity
    public var message: Message
    public var location: FileLocation?
    public var notes: [Note]

    public init(_ severity: Severity, _ message: Message, at location: FileLocation?, notes: [Note] = []) {
        self.severity = severity
        self.message = message.map(Self.bounded)
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: Message, at location: FileLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: Message, at location: FileLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// The longest message kept, in Unicode scalars, in each language.
    ///
    /// Messages quote values from the input (`unknown key '…'`, `'…' is not a valid answer`),
    /// and a value can be megabytes long; a message is there to name the problem.
    public static let maxMessageLength = 400

    /// `message`, or when it is longer than ``maxMessageLength``, its start and end with `…`
    /// in between, so a long quoted value is cut while the words after it stay.
    public static func bounded(_ message: String) -> String {
        let scalars = message.unicodeScalars
        guard scalars.count > maxMessageLength else { return message }
        let tail = maxMessageLength / 4
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.prefix(maxMessageLength - tail - 1))
        out.append("…")
        out.append(contentsOf: scalars.suffix(tail))
        return String(out)
    }

    /// The first line of the compiler-style form: `path:line:column: error: message`.
    ///
    /// The keywords `error`, `warning` and `note` are the same in both languages, so editors
    /// and scripts can find them.
    public func description(_ language: Language) -> String {
        if let location {
            return "\(location): \(severity.rawValue): \(message.text(language))"
        }
        return "\(severity.rawValue): \(message.text(language))"
    }

    /// The first line in English, for logs and test failures; the commands print
    /// ``description(_:)`` in the interface language.
    public var description: String { description(.en) }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics is an error (warnings alone do not fail a run).
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics ordered by file, line and column; diagnostics without a location last.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?): return l == r ? a.offset < b.offset : l < r
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// A failure that carries every diagnostic that explains it.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    /// The first lines in English, for logs and test failures.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Diagnostic {
    /// The closing note of a file whose diagnostics were cut at the printer's limit.
    static func notShown(_ count: Int) -> Message {
        Message(
            nl: "nog \(count) \(count == 1 ? "probleem" : "problemen") niet getoond",
            en: "\(count) more \(count == 1 ? "problem" : "problems") not shown"
        )
    }
}
