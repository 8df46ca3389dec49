import Diagnostics

/// Builds the immutable node tree from parser events, with an explicit stack.
///
/// It never recurses, so nesting depth costs heap, not call stack. Problems that leave
/// the tree usable (duplicate keys, unknown aliases, bad tags) are collected and reported
/// together at the end; a broken limit ends the parse at once.
struct TreeBuilder: ~Copyable {
    let file: String
    let limits: YAMLLimits
    private var stack: [Frame] = []
    /// The finished children of every open collection, innermost last; a mapping's keys
    /// and values alternate.
    private var children = NodeStack(capacity: 256)
    private var anchors: [String: (node: Node, size: Int, height: Int, bytes: Int)] = [:]
    private var root: Node?
    private var documents = 0
    /// Nodes made so far, aliases counted once (what they copy is counted by `aliasExpansion`).
    private var nodes = 0
    private var aliasExpansion = 0
    /// Bytes of scalar text that aliases have copied so far.
    private var aliasBytes = 0
    private var diagnostics: [Diagnostic] = []

    /// Mappings with more entries than this find duplicate keys through a dictionary.
    private static let linearKeySearchLimit = 32

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
        stack.reserveCapacity(16)
    }

    /// The start of a document; a second one is an error.
    mutating func startDocument(at location: FileLocation) throws(DiagnosticError) {
        documents += 1
        if documents > 1 {
            throw failure(.multipleDocuments(at: location))
        }
    }

    /// A scalar from its UTF-8 bytes; `tag` is in short form (`!!str`).
    mutating func scalar(
        _ bytes: UnsafeBufferPointer<UInt8>, style: Scalar.Style, tag: String?, anchor: String?,
        at location: FileLocation
    ) throws(DiagnosticError) {
        try count(at: location)
        let text = String(decoding: bytes, as: UTF8.self)
        let resolved: Scalar.Resolved
        if let tag {
            if let value = CoreSchema.resolved(text, tag: tag) {
                resolved = value
            } else {
                resolved = .string
                diagnostics.append(
                    CoreSchema.scalarTags.contains(tag)
                        ? .invalidValue(text, tag: tag, at: location) : .unsupportedTag(tag, at: location))
            }
        } else {
            resolved = style == .plain ? CoreSchema.plain(bytes) : .string
        }
        let node = Node(.scalar(Scalar(text, style: style, tag: tag, resolved: resolved)), at: location)
        if let anchor {
            anchors[anchor] = (node, 1, 0, bytes.count)
        }
        add(node, size: 1, height: 0, bytes: bytes.count)
    }

    /// The start of a sequence or mapping, checked against the depth limit first.
    mutating func startCollection(
        _ kind: Frame.Kind, tag: String?, anchor: String?, at location: FileLocation
    ) throws(DiagnosticError) {
        try count(at: location)
        if stack.count >= limits.maxDepth {
            throw failure(.tooDeep(limit: limits.maxDepth, at: location))
        }
        if let tag, tag != "!", tag != (kind == .sequence ? "!!seq" : "!!map") {
            diagnostics.append(.unsupportedTag(tag, at: location))
        }
        stack.append(Frame(kind, at: location, anchor: anchor, start: children.count))
    }

    /// The end of the innermost sequence or mapping.
    mutating func endCollection() {
        guard let frame = stack.popLast() else { return }
        let content: Node.Content =
            switch frame.kind {
            case .sequence: .sequence(children.popArray(from: frame.start))
            case .mapping: .mapping(Mapping(children.popEntries(from: frame.start)))
            }
        let node = Node(content, at: frame.location)
        if let anchor = frame.anchor {
            anchors[anchor] = (node, frame.size, frame.height, frame.bytes)
        }
        add(node, size: frame.size, height: frame.height, bytes: frame.bytes)
    }

    /// An alias: a copy of the anchored node, located at the alias.
    mutating func alias(_ name: String, at location: FileLocation) throws(DiagnosticError) {
        try count(at: location)
        guard let anchored = anchors[name] else {
            if stack.contains(where: { $0.anchor == name }) {
                diagnostics.append(.recursiveAlias(name, at: location))
            } else {
                diagnostics.append(.unknownAlias(name, known: anchors.keys, at: location))
            }
            add(Node(.scalar(Scalar("", style: .plain, tag: nil, resolved: .null)), at: location), size: 1, height: 0, bytes: 0)
            return
        }
        let (total, overflow) = aliasExpansion.addingReportingOverflow(anchored.size)
        if overflow || total > limits.maxAliasExpansion {
            throw failure(.aliasExpansion(limit: limits.maxAliasExpansion, at: location))
        }
        aliasExpansion = total
        let (bytes, bytesOverflow) = aliasBytes.addingReportingOverflow(anchored.bytes)
        if bytesOverflow || bytes > limits.maxAliasBytes {
            throw failure(.aliasBytes(limit: limits.maxAliasBytes, at: location))
        }
        aliasBytes = bytes
        if stack.count + anchored.height > limits.maxDepth {
            throw failure(.tooDeep(limit: limits.maxDepth, at: location))
        }
        var copy = anchored.node
        copy.location = location
        add(copy, size: anchored.size, height: anchored.height, bytes: anchored.bytes)
    }

    /// Counts one more node, ending the parse at the node that passes ``YAMLLimits/maxNodes``.
    ///
    /// Checked as the tree grows, so a file of millions of tiny nodes stops before it
    /// takes their memory.
    private mutating func count(at location: FileLocation) throws(DiagnosticError) {
        nodes += 1
        if nodes > limits.maxNodes {
            throw failure(.tooManyNodes(limit: limits.maxNodes, at: location))
        }
    }

    /// Ends the parse once more than ``YAMLLimits/maxDiagnostics`` problems were collected.
    func stopIfFlooded(at location: FileLocation) throws(DiagnosticError) {
        if diagnostics.count > limits.maxDiagnostics {
            throw failure(.tooManyProblems(diagnostics.count, at: location))
        }
    }

    /// The document's root, or every collected diagnostic.
    func finish() throws(DiagnosticError) -> Node? {
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics)
        }
        return root
    }

    /// The error that ends the parse: everything collected so far, then `diagnostic`.
    func failure(_ diagnostic: Diagnostic) -> DiagnosticError {
        DiagnosticError(diagnostics + [diagnostic])
    }

    /// Adds a finished node to the innermost open collection, or makes it the root.
    private mutating func add(_ node: consuming Node, size: Int, height: Int, bytes: Int) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        let (sum, overflow) = stack[top].size.addingReportingOverflow(size)
        stack[top].size = overflow ? .max : sum
        stack[top].height = max(stack[top].height, height + 1)
        let (text, textOverflow) = stack[top].bytes.addingReportingOverflow(bytes)
        stack[top].bytes = textOverflow ? .max : text
        if stack[top].kind == .mapping, (children.count - stack[top].start) % 2 == 0 {
            checkKey(node, top: top)
        }
        children.push(node)
    }

    /// Reports a key that is not a scalar, or that repeats an earlier key of the same mapping.
    private mutating func checkKey(_ key: Node, top: Int) {
        guard case .scalar(let scalar) = key.content else {
            diagnostics.append(.keyNotScalar(key))
            return
        }
        let text = scalar.text
        let start = stack[top].start
        if stack[top].keyIndex == nil, children.count - start >= 2 * Self.linearKeySearchLimit {
            var index: [String: FileLocation] = [:]
            for slot in stride(from: start, to: children.count, by: 2) {
                if let earlier = children[slot].scalar?.text, index[earlier] == nil {
                    index[earlier] = children[slot].location
                }
            }
            stack[top].keyIndex = index
        }
        var first: FileLocation?
        if stack[top].keyIndex != nil {
            first = stack[top].keyIndex?[text]
            if first == nil {
                stack[top].keyIndex?[text] = key.location
            }
        } else {
            for slot in stride(from: start, to: children.count, by: 2) {
                if case .scalar(let earlier) = children[slot].content, earlier.text == text {
                    first = children[slot].location
                    break
                }
            }
        }
        if let first {
            diagnostics.append(.duplicateKey(text, at: key.location, first: first))
        }
    }
}

fileprivate extension Diagnostic {
    static func multipleDocuments(at location: FileLocation) -> Diagnostic {
        .error(
            Message(
                nl: "verwacht één YAML-document, maar hier begint er nog een", en: "expected a single YAML document, but another one starts here"),
            at: location)
    }

    static func tooManyProblems(_ count: Int, at location: FileLocation) -> Diagnostic {
        .error(
            Message(nl: "te veel problemen (\(count)); hier is het lezen gestopt", en: "too many problems (\(count)); stopped reading here"),
            at: location)
    }

    static func tooManyNodes(limit: Int, at location: FileLocation) -> Diagnostic {
        .error(
            Message(
                nl: "het bestand heeft meer dan \(limit) waarden (sleutels, lijstitems en blokken); hier is het lezen gestopt",
                en: "the file has more than \(limit) values (keys, list items and collections); stopped reading here"),
            at: location)
    }

    static func tooDeep(limit: Int, at location: FileLocation) -> Diagnostic {
        .error(
            Message(
                nl: "te diep genest: meer dan \(limit) niveaus van lijsten en blokken",
                en: "nesting is too deep: more than \(limit) levels of lists and mappings"),
            at: location)
    }

    static func aliasExpansion(limit: Int, at location: FileLocation) -> Diagnostic {
        .error(
            Message(
                nl: "aliassen worden uitgevouwen tot meer dan \(limit) waarden; uitgevouwen is het document te groot",
                en: "aliases expand to more than \(limit) nodes; the document is too large when expanded"),
            at: location)
    }

    static func aliasBytes(limit: Int, at location: FileLocation) -> Diagnostic {
        .error(
            Message(
                nl: "aliassen worden uitgevouwen tot meer dan \(limit) bytes tekst; uitgevouwen is het document te groot",
                en: "aliases expand to more than \(limit) bytes of text; the document is too large when expanded"),
            at: location)
    }

    static func duplicateKey(_ key: String, at location: FileLocation, first: FileLocation) -> Diagnostic {
        .error(
            Message(nl: "sleutel ‘\(key)’ staat er twee keer", en: "duplicate key '\(key)'"), at: location,
            notes: [Note(Message(nl: "‘\(key)’ staat hier voor het eerst", en: "'\(key)' is first defined here"), at: first)])
    }

    static func keyNotScalar(_ key: Node) -> Diagnostic {
        .error(
            Message(
                nl: "een sleutel moet een enkele waarde zijn, maar deze sleutel is \(key.kindDescription.nl)",
                en: "keys must be scalars, but this key is \(key.kindDescription.en)"),
            at: key.location)
    }

    static func unknownAlias(_ name: String, known: some Sequence<String>, at location: FileLocation) -> Diagnostic {
        .error(
            Message(
                nl: "onbekende alias ‘*\(name)’; er staat geen anker ‘&\(name)’ vóór",
                en: "unknown alias '*\(name)'; no anchor '&\(name)' comes before it")
                + Suggestion.didYouMean(name, in: known),
            at: location)
    }

    static func recursiveAlias(_ name: String, at location: FileLocation) -> Diagnostic {
        .error(
            Message(nl: "alias ‘*\(name)’ verwijst naar een waarde waar hij zelf in staat", en: "alias '*\(name)' refers to a node that contains it"),
            at: location)
    }

    static func unsupportedTag(_ tag: String, at location: FileLocation) -> Diagnostic {
        .error(
            Message(
                nl: "tag ‘\(tag)’ wordt niet ondersteund; alleen !!str, !!int, !!float, !!bool, !!null, !!seq en !!map zijn toegestaan",
                en: "unsupported tag '\(tag)'; only !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are allowed"),
            at: location)
    }

    static func invalidValue(_ text: String, tag: String, at location: FileLocation) -> Diagnostic {
        .error(Message(nl: "‘\(text)’ is geen geldige \(tag)", en: "'\(text)' is not a valid \(tag)"), at: location)
    }
}
