extension YAMLEmitter {
    /// Accumulates block-style YAML for one tree.
    struct Writer {
        private(set) var out = ""

        /// Writes a mapping whose keys sit `indent` spaces in; with `inline` the first key
        /// continues the current line (after `- `).
        mutating func mapping(_ mapping: Mapping, indent: Int, inline: Bool) {
            var first = inline
            for entry in mapping.entries {
                if !first { out += String(repeating: " ", count: indent) }
                first = false
                if let key = implicitKey(entry.key) {
                    out += key + ":"
                } else {
                    out += "?"
                    value(entry.key, indent: indent, inline: false)
                    out += String(repeating: " ", count: indent) + ":"
                }
                value(entry.value, indent: indent, inline: false)
            }
        }

        /// Writes `- item` lines `indent` spaces in; with `inline` the first item continues
        /// the current line.
        mutating func sequence(_ items: [Node], indent: Int, inline: Bool) {
            var first = inline
            for item in items {
                if !first { out += String(repeating: " ", count: indent) }
                first = false
                out += "-"
                value(item, indent: indent, inline: true)
            }
        }

        /// Writes a node after `key:`, `- ` or `?` on a line indented by `indent`, up to
        /// and including its final line break.
        ///
        /// A non-empty collection goes on the next lines, except after `- ` (`inline`),
        /// where a compact `- key: value` or `- - item` reads best.
        mutating func value(_ node: Node, indent: Int, inline: Bool) {
            switch node.content {
            case .scalar(let scalar):
                if case .string = scalar.resolved,
                    let block = ScalarStyle.literalBlock(scalar.text, indent: indent + 2)
                {
                    out += " " + block
                    return
                }
                let text = YAMLEmitter.scalarValue(scalar)
                out += text.isEmpty ? "\n" : " " + text + "\n"
            case .sequence(let items):
                if items.isEmpty {
                    out += " []\n"
                } else if inline {
                    out += " "
                    sequence(items, indent: indent + 2, inline: true)
                } else {
                    out += "\n"
                    sequence(items, indent: indent + 2, inline: false)
                }
            case .mapping(let mapping):
                if mapping.entries.isEmpty {
                    out += " {}\n"
                } else if inline {
                    out += " "
                    self.mapping(mapping, indent: indent + 2, inline: true)
                } else {
                    out += "\n"
                    self.mapping(mapping, indent: indent + 2, inline: false)
                }
            }
        }

        /// The key as written before `:`, or nil when it needs the explicit `?` form: not a
        /// scalar, an empty null, or too long for an implicit key.
        private func implicitKey(_ key: Node) -> String? {
            guard let scalar = key.scalar else { return nil }
            let text = YAMLEmitter.scalarValue(scalar)
            guard !text.isEmpty, text.unicodeScalars.count <= ScalarStyle.maxImplicitKeyLength else { return nil }
            return text
        }
    }
}
