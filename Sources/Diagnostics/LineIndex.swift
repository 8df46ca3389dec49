/// The lines of one source text, indexed in a single pass over its UTF-8 bytes.
///
/// Printing many diagnostics of a large file looks lines up here instead of scanning the
/// text from its start each time, so the cost stays linear in the file's size, even for a
/// file that is one huge line. Lines end at LF, CR LF or a lone CR; numbers are 1-based;
/// positions within a line count Unicode scalars from 0.
struct LineIndex {
    private let bytes: [UInt8]
    /// The byte offset where every line starts.
    private var starts: [Int] = [0]
    /// For lines of more than `stride` scalars: their length in scalars, and the byte
    /// offset of scalar `stride`, `2 * stride`, ….
    private var long: [Int: (count: Int, marks: [Int])] = [:]
    private static let stride = 512

    /// The index of `text` up to line `lastLine`: the printer knows the last line it will
    /// show, so a 16 MiB file of millions of short lines is not indexed past its first
    /// problems (8 bytes a line would be 64 MiB for 8 million lines).
    init(_ text: String, through lastLine: Int = .max) {
        var bytes = Array(text.utf8)
        var i = 0
        var scalars = 0
        var marks: [Int] = []
        func endLine(_ lines: inout [Int: (count: Int, marks: [Int])], at line: Int) {
            if !marks.isEmpty { lines[line] = (scalars, marks) }
            marks.removeAll(keepingCapacity: true)
            scalars = 0
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                endLine(&long, at: starts.count)
                i += byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                starts.append(i)
                if starts.count > lastLine {
                    // Line `lastLine` ends here; the rest is never looked at.
                    bytes.removeSubrange(i...)
                    break
                }
                continue
            }
            if byte & 0xC0 != 0x80 {
                if scalars > 0, scalars % Self.stride == 0 { marks.append(i) }
                scalars += 1
            }
            i += 1
        }
        endLine(&long, at: starts.count)
        self.bytes = bytes
    }

    /// The number of lines; a text that ends with a line break has an empty last line.
    var count: Int { starts.count }

    /// The length of line `number` in Unicode scalars; nil past the end.
    func scalarCount(ofLine number: Int) -> Int? {
        guard let (start, end) = range(ofLine: number) else { return nil }
        if let known = long[number] { return known.count }
        var count = 0
        for i in start..<end where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The scalars `from..<to` of line `number` (clamped to the line).
    func scalars(ofLine number: Int, from: Int, to: Int) -> String.UnicodeScalarView {
        guard let (start, end) = range(ofLine: number), from < to else { return "".unicodeScalars }
        let lower = offset(ofScalar: from, line: number, start: start, end: end)
        let upper = offset(ofScalar: to, line: number, start: lower, end: end, skipping: from)
        return String(decoding: bytes[lower..<upper], as: UTF8.self).unicodeScalars
    }

    /// The byte range of line `number`'s content, without its line break.
    private func range(ofLine number: Int) -> (Int, Int)? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        guard number < starts.count else { return (start, bytes.count) }
        var end = starts[number]
        end -= 1
        if bytes[end] == 0x0A, end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return (start, end)
    }

    /// The byte offset of scalar `index` of a line, starting the walk at a mark, or at
    /// `start` when that is already scalar `skipping`.
    private func offset(ofScalar index: Int, line: Int, start: Int, end: Int, skipping: Int = 0) -> Int {
        var position = start
        var scalar = skipping
        if let marks = long[line]?.marks, index / Self.stride > skipping / Self.stride {
            let mark = min(index / Self.stride, marks.count)
            if mark > 0 {
                position = marks[mark - 1]
                scalar = mark * Self.stride
            }
        }
        while position < end, scalar < index {
            position += 1
            while position < end, bytes[position] & 0xC0 == 0x80 { position += 1 }
            scalar += 1
        }
        return position
    }
}
