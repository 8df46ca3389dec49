public import Diagnostics

/// A document the project group can edit, such as the intentieverklaring: Markdown with
/// mustache-style placeholders, checked against the names the program fills in.
///
/// `{{name}}` is a value; `{{#name}}…{{/name}}` a section, repeated for each item of a list
/// or shown when a flag is true or a text is not empty; `{{^name}}…{{/name}}` its inverse,
/// shown when the list is empty, the flag false or the text empty; `{{! … }}` a comment,
/// dropped. Names are `a`–`z`, `0`–`9` and `_`, with whitespace allowed inside the braces.
/// A section, closing or comment tag alone on its line takes the whole line with it, so a
/// template can put its tags on lines of their own.
public struct DocumentTemplate: Sendable {
    /// Deepest nesting of sections, so a hostile template cannot exhaust the stack when it
    /// is rendered; real documents nest two or three deep.
    public static let maxDepth = 50

    /// Most problems reported for one template, the first by location.
    public static let maxDiagnostics = 100

    /// The file the template was read from.
    public let path: String

    let nodes: [TemplateNode]

    /// The template in `text`, or nil with every problem found, each at the `{{` of its
    /// tag in `path` and ordered by location.
    public static func parse(_ text: String, path: String, schema: TemplateSchema) -> (template: DocumentTemplate?, diagnostics: [Diagnostic]) {
        var scanner = TemplateScanner(text, path: path)
        scanner.scan()
        let pieces = TemplateScanner.removingStandaloneLines(scanner.pieces, in: scanner.scalars)
        var builder = TemplateBuilder(schema: schema)
        for piece in pieces {
            switch piece {
            case .text(let range):
                builder.append(.text(String(String.UnicodeScalarView(scanner.scalars[range]))))
            case .tag(let tag):
                builder.add(tag)
            }
        }
        builder.finish()
        let diagnostics = (scanner.diagnostics + builder.diagnostics).sortedByLocation()
        guard diagnostics.isEmpty else { return (nil, Array(diagnostics.prefix(maxDiagnostics))) }
        return (DocumentTemplate(path: path, nodes: builder.root), [])
    }

    /// The document with `values` filled in; `escape` is applied to every text substituted,
    /// such as `MarkdownText.inline` for a Markdown document.
    ///
    /// A name without a value renders as empty, and a section of it as not shown.
    public func render(_ values: TemplateValues, escape: (String) -> String) -> String {
        var out = ""
        var context = [values]
        Self.render(nodes, context: &context, escape: escape, into: &out)
        return out
    }

    private static func render(_ nodes: [TemplateNode], context: inout [TemplateValues], escape: (String) -> String, into out: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .value(let name):
                if case .text(let text)? = lookup(name, in: context) { out += escape(text) }
            case .section(let name, let inverted, let children):
                let value = lookup(name, in: context)
                if inverted {
                    if value?.isShown != true { render(children, context: &context, escape: escape, into: &out) }
                } else if case .list(let items)? = value {
                    for item in items {
                        context.append(item)
                        render(children, context: &context, escape: escape, into: &out)
                        context.removeLast()
                    }
                } else if value?.isShown == true {
                    render(children, context: &context, escape: escape, into: &out)
                }
            }
        }
    }

    /// The value of `name` in the innermost list item that has it, else at top level.
    private static func lookup(_ name: String, in context: [TemplateValues]) -> TemplateValue? {
        for values in context.reversed() {
            if let value = values[name] { return value }
        }
        return nil
    }
}

/// The values a template is rendered with, by name.
public typealias TemplateValues = [String: TemplateValue]

/// One value for a template: a text, a yes or no, or a list of items with names of their own.
public enum TemplateValue: Sendable, Hashable {
    case text(String)
    case flag(Bool)
    case list([[String: TemplateValue]])

    /// Whether a section of this value is shown: a list that has items, a true flag, a text
    /// that is not blank.
    var isShown: Bool {
        switch self {
        case .text(let text): text.contains { !$0.isWhitespace }
        case .flag(let flag): flag
        case .list(let items): !items.isEmpty
        }
    }
}

/// The names a template may use: at top level, and for each list the names of its items.
///
/// Inside a list's section, the names of its items and every name outside remain in
/// scope; an item's name hides an outer one of the same name.
public struct TemplateSchema: Sendable, Hashable {
    /// What a name holds, which decides how a template may use it.
    public enum Kind: Sendable, Hashable {
        /// A text: `{{name}}`, or a section shown when it is not blank.
        case text
        /// A yes or no: only a section, `{{#name}}` or `{{^name}}`.
        case flag
        /// Items with names of their own: only a section, `{{#name}}` repeated per item.
        case list(TemplateSchema)
    }

    public var names: [String: Kind]

    public init(_ names: [String: Kind] = [:]) {
        self.names = names
    }
}

/// A parsed template: text, values and sections.
enum TemplateNode: Sendable {
    case text(String)
    case value(String)
    case section(String, inverted: Bool, [TemplateNode])
}

/// One `{{…}}` tag of a template.
struct TemplateTag {
    enum Kind {
        case value, section, inverted, close, comment
    }

    var kind: Kind
    /// The name as written, without braces, sigil and surrounding whitespace.
    var name: String
    var location: FileLocation

    /// Section, closing and comment tags take their line with them when alone on it.
    var canStandAlone: Bool { kind != .value }

    var isValidName: Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}

/// Splits a template's text into literal text and tags, in one pass over its scalars.
struct TemplateScanner {
    enum Piece {
        case text(Range<Int>)
        case tag(TemplateTag)
    }

    let scalars: [Unicode.Scalar]
    let path: String
    var pieces: [Piece] = []
    var diagnostics: [Diagnostic] = []

    init(_ text: String, path: String) {
        self.scalars = Array(text.unicodeScalars)
        self.path = path
    }

    /// Lines end at LF, CR LF or a lone CR, as for the diagnostic printer; columns count
    /// Unicode scalars from 1.
    mutating func scan() {
        let count = scalars.count
        var index = 0
        var line = 1
        var column = 1
        var textStart = 0
        // No `}}` follows this index: a comment opened after it need not look again.
        var noCloseAfter = count + 1

        func advance(to target: Int) {
            while index < target {
                let scalar = scalars[index]
                if scalar == "\n" || (scalar == "\r" && (index + 1 == count || scalars[index + 1] != "\n")) {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }

        while index < count {
            guard isOpen(at: index) else {
                advance(to: index + 1)
                continue
            }
            let location = FileLocation(file: path, line: line, column: column)
            var first = index + 2
            while first < count, scalars[first] == " " || scalars[first] == "\t" { first += 1 }
            let comment = first < count && scalars[first] == "!"
            var close: Int?
            var resume = index + 2
            if !comment || index + 2 < noCloseAfter {
                var k = index + 2
                while k < count {
                    let scalar = scalars[k]
                    if scalar == "}", k + 1 < count, scalars[k + 1] == "}" {
                        close = k
                        break
                    }
                    if !comment {
                        if scalar == "\n" || scalar == "\r" { break }
                        if isOpen(at: k) {
                            resume = k
                            break
                        }
                    }
                    k += 1
                }
                if comment, close == nil { noCloseAfter = index + 2 }
            }
            guard let close else {
                diagnostics.append(
                    .error(
                        comment
                            ? Message(nl: "commentaar ‘{{!’ wordt nergens gesloten met ‘}}’", en: "comment '{{!' is never closed with '}}'")
                            : Message(nl: "‘{{’ zonder ‘}}’ op dezelfde regel", en: "'{{' without '}}' on the same line"),
                        at: location))
                advance(to: resume)
                continue
            }
            if textStart < index { pieces.append(.text(textStart..<index)) }
            pieces.append(.tag(Self.tag(String(String.UnicodeScalarView(scalars[(index + 2)..<close])), at: location)))
            advance(to: close + 2)
            textStart = index
        }
        if textStart < count { pieces.append(.text(textStart..<count)) }
    }

    private func isOpen(at index: Int) -> Bool {
        scalars[index] == "{" && index + 1 < scalars.count && scalars[index + 1] == "{"
    }

    private static func tag(_ content: String, at location: FileLocation) -> TemplateTag {
        let trimmed = trimming(Substring(content))
        let kind: TemplateTag.Kind
        switch trimmed.unicodeScalars.first {
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case "!": kind = .comment
        default: kind = .value
        }
        let name = kind == .value ? trimmed : trimming(trimmed.dropFirst())
        return TemplateTag(kind: kind, name: kind == .comment ? "" : String(name), location: location)
    }

    private static func trimming(_ text: Substring) -> Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let start = text.firstIndex(where: { !blank($0) }), let end = text.lastIndex(where: { !blank($0) }) else { return "" }
        return text[start...end]
    }

    /// The pieces without the lines that hold only a section, closing or comment tag: the
    /// whitespace before the tag, and after it up to and including the line break.
    static func removingStandaloneLines(_ pieces: [Piece], in scalars: [Unicode.Scalar]) -> [Piece] {
        var starts: [Int: Int] = [:]
        var ends: [Int: Int] = [:]
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        for (k, piece) in pieces.enumerated() {
            guard case .tag(let tag) = piece, tag.canStandAlone else { continue }
            // Before the tag: the start of the text, or blanks after a line break.
            var lineStart: (piece: Int, index: Int)?
            if k == 0 {
                lineStart = nil
            } else if case .text(let range) = pieces[k - 1] {
                let lastBreak = range.reversed().first { scalars[$0] == "\n" || scalars[$0] == "\r" }
                let from = lastBreak.map { $0 + 1 } ?? range.lowerBound
                guard lastBreak != nil || k == 1, scalars[from..<range.upperBound].allSatisfy(blank) else { continue }
                lineStart = (k - 1, from)
            } else {
                continue
            }
            // After the tag: blanks up to a line break, which goes too, or the end of the text.
            var lineEnd: (piece: Int, index: Int)?
            if k == pieces.count - 1 {
                lineEnd = nil
            } else if case .text(let range) = pieces[k + 1] {
                let firstBreak = range.first { scalars[$0] == "\n" || scalars[$0] == "\r" }
                let upTo = firstBreak ?? range.upperBound
                guard firstBreak != nil || k + 1 == pieces.count - 1, scalars[range.lowerBound..<upTo].allSatisfy(blank) else { continue }
                var after = upTo
                if let firstBreak {
                    after = firstBreak + (scalars[firstBreak] == "\r" && firstBreak + 1 < range.upperBound && scalars[firstBreak + 1] == "\n" ? 2 : 1)
                }
                lineEnd = (k + 1, after)
            } else {
                continue
            }
            if let lineStart { ends[lineStart.piece] = lineStart.index }
            if let lineEnd { starts[lineEnd.piece] = lineEnd.index }
        }
        return pieces.enumerated().compactMap { k, piece in
            guard case .text(let range) = piece else { return piece }
            let lower = max(range.lowerBound, starts[k] ?? range.lowerBound)
            let upper = max(lower, min(range.upperBound, ends[k] ?? range.upperBound))
            return lower < upper ? .text(lower..<upper) : nil
        }
    }
}

/// Builds the nodes from the tags in order, checking each name against the schema in scope.
struct TemplateBuilder {
    private struct Frame {
        var name: String
        var inverted: Bool
        var location: FileLocation
        var nodes: [TemplateNode] = []
        var opensScope: Bool
    }

    private(set) var root: [TemplateNode] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var frames: [Frame] = []
    private var scopes: [TemplateSchema]
    private var reportedDepth = false

    init(schema: TemplateSchema) {
        self.scopes = [schema]
    }

    /// Adds a node to the innermost open section; past ``DocumentTemplate/maxDepth`` the
    /// content is dropped, as the template is refused anyway.
    mutating func append(_ node: TemplateNode) {
        if frames.isEmpty {
            root.append(node)
        } else if frames.count <= DocumentTemplate.maxDepth {
            frames[frames.count - 1].nodes.append(node)
        }
    }

    mutating func add(_ tag: TemplateTag) {
        switch tag.kind {
        case .comment:
            return
        case .value:
            guard checkName(tag) else { return }
            switch kind(of: tag.name) {
            case nil:
                unknown(tag)
            case .list?:
                diagnostics.append(
                    .error(
                        Message(
                            nl: "‘\(tag.name)’ is een lijst en geen tekst: gebruik {{#\(tag.name)}}…{{/\(tag.name)}}",
                            en: "'\(tag.name)' is a list, not a text: use {{#\(tag.name)}}…{{/\(tag.name)}}"),
                        at: tag.location))
            case .flag?:
                diagnostics.append(
                    .error(
                        Message(
                            nl:
                                "‘\(tag.name)’ is ja of nee en geen tekst: gebruik {{#\(tag.name)}}…{{/\(tag.name)}} of {{^\(tag.name)}}…{{/\(tag.name)}}",
                            en: "'\(tag.name)' is yes or no, not a text: use {{#\(tag.name)}}…{{/\(tag.name)}} or {{^\(tag.name)}}…{{/\(tag.name)}}"),
                        at: tag.location))
            case .text?:
                append(.value(tag.name))
            }
        case .section, .inverted:
            var inner: TemplateSchema?
            if checkName(tag) {
                switch kind(of: tag.name) {
                case nil: unknown(tag)
                case .list(let schema)? where tag.kind == .section: inner = schema
                default: break
                }
            }
            // A section with a bad name still pairs with its closing tag, so one mistake
            // gives one diagnostic.
            guard !tag.name.isEmpty else { return }
            if frames.count == DocumentTemplate.maxDepth, !reportedDepth {
                reportedDepth = true
                diagnostics.append(
                    .error(
                        Message(
                            nl: "secties zijn dieper genest dan \(DocumentTemplate.maxDepth) niveaus",
                            en: "sections are nested deeper than \(DocumentTemplate.maxDepth) levels"),
                        at: tag.location))
            }
            if let inner { scopes.append(inner) }
            frames.append(Frame(name: tag.name, inverted: tag.kind == .inverted, location: tag.location, opensScope: inner != nil))
        case .close:
            close(tag)
        }
    }

    /// Reports every section still open, at its opening tag.
    mutating func finish() {
        while let frame = frames.last {
            diagnostics.append(
                .error(
                    Message(
                        nl: "sectie ‘\(frame.name)’ wordt niet gesloten met {{/\(frame.name)}}",
                        en: "section '\(frame.name)' is never closed with {{/\(frame.name)}}"),
                    at: frame.location))
            pop()
        }
    }

    private mutating func close(_ tag: TemplateTag) {
        guard !tag.name.isEmpty else {
            diagnostics.append(.error(Message(nl: "lege naam in {{/}}", en: "empty name in {{/}}"), at: tag.location))
            return
        }
        guard let open = frames.last else {
            diagnostics.append(
                .error(
                    Message(nl: "{{/\(tag.name)}} sluit niets: er is geen sectie open", en: "{{/\(tag.name)}} closes nothing: no section is open"),
                    at: tag.location))
            return
        }
        if open.name == tag.name {
            pop()
            return
        }
        let opened = Diagnostic.Note(Message(nl: "‘\(open.name)’ wordt hier geopend", en: "'\(open.name)' is opened here"), at: open.location)
        guard let outer = frames.lastIndex(where: { $0.name == tag.name }) else {
            diagnostics.append(
                .error(
                    Message(
                        nl: "{{/\(tag.name)}} past niet bij de open sectie ‘\(open.name)’",
                        en: "{{/\(tag.name)}} does not match the open section '\(open.name)'"),
                    at: tag.location, notes: [opened]))
            return
        }
        diagnostics.append(
            .error(
                Message(
                    nl: "{{/\(tag.name)}} sluit ‘\(tag.name)’ terwijl ‘\(open.name)’ nog open is",
                    en: "{{/\(tag.name)}} closes '\(tag.name)' while '\(open.name)' is still open"),
                at: tag.location, notes: [opened]))
        while frames.count > outer { pop() }
    }

    private mutating func pop() {
        guard let frame = frames.popLast() else { return }
        if frame.opensScope { scopes.removeLast() }
        append(.section(frame.name, inverted: frame.inverted, frame.nodes))
    }

    /// Whether the tag's name is well formed; reports it when not.
    private mutating func checkName(_ tag: TemplateTag) -> Bool {
        if tag.name.isEmpty {
            diagnostics.append(.error(Message(nl: "lege naam tussen {{ en }}", en: "empty name between {{ and }}"), at: tag.location))
            return false
        }
        guard tag.isValidName else {
            diagnostics.append(
                .error(
                    Message(
                        nl: "ongeldige naam ‘\(tag.name)’: een naam bestaat uit a–z, 0–9 en _",
                        en: "invalid name '\(tag.name)': a name is made of a–z, 0–9 and _")
                        + Suggestion.didYouMean(tag.name, in: namesInScope),
                    at: tag.location))
            return false
        }
        return true
    }

    private mutating func unknown(_ tag: TemplateTag) {
        let names = namesInScope
        let note =
            names.isEmpty
            ? Message(nl: "hier zijn geen namen bekend", en: "no names are known here")
            : Message(nl: "bekende namen hier: ", en: "names known here: ") + .verbatim(names.joined(separator: ", "))
        diagnostics.append(
            .error(
                Message(nl: "onbekende naam ‘\(tag.name)’", en: "unknown name '\(tag.name)'") + Suggestion.didYouMean(tag.name, in: names),
                at: tag.location, notes: [Diagnostic.Note(note)]))
    }

    /// The kind of `name` in the innermost scope that has it.
    private func kind(of name: String) -> TemplateSchema.Kind? {
        for schema in scopes.reversed() {
            if let kind = schema.names[name] { return kind }
        }
        return nil
    }

    private var namesInScope: [String] {
        Set(scopes.flatMap(\.names.keys)).sorted()
    }
}
