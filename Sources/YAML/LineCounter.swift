/// Turns libyaml's marks into 1-based lines and columns that break lines only at LF,
/// CR LF and CR, as editors and the diagnostic printer's `LineIndex` do.
///
/// libyaml also breaks lines at NEL (U+0085), LS (U+2028) and PS (U+2029), so after one of
/// them its own line numbers point at a later line than the one shown. A mark's index
/// counts Unicode scalars from the start of the input (a CR LF pair as two), and the
/// counter walks the bytes forward to it. Marks come in order, so the walk is linear in the
/// input; a mark before the last one restarts it. Input without those three characters
/// keeps libyaml's own numbers, without a walk.
struct LineCounter {
    private let input: UnsafeBufferPointer<UInt8>
    /// Whether the input holds NEL, LS or PS, where libyaml counts lines differently.
    private let differs: Bool
    /// Where the walk is: a byte offset, the scalar index there, and its line and column.
    private var offset = 0
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        var differs = false
        var i = 0
        while i + 1 < input.count {
            let byte = input[i]
            if byte == 0xC2, input[i + 1] == 0x85 { differs = true; break }
            if byte == 0xE2, i + 2 < input.count, input[i + 1] == 0x80, input[i + 2] == 0xA8 || input[i + 2] == 0xA9 {
                differs = true
                break
            }
            i += 1
        }
        self.differs = differs
    }

    /// The 1-based line and column of a libyaml mark: its scalar index and its 0-based
    /// line and column.
    mutating func position(index target: Int, line markLine: Int, column markColumn: Int) -> (line: Int, column: Int) {
        guard differs else { return (markLine + 1, markColumn + 1) }
        if target < index {
            (offset, index, line, column) = (0, 0, 1, 1)
        }
        while index < target, offset < input.count {
            let byte = input[offset]
            if byte == 0x0D, offset + 1 < input.count, input[offset + 1] == 0x0A, index + 2 <= target {
                offset += 2
                index += 2
                line += 1
                column = 1
            } else if byte == 0x0A || byte == 0x0D {
                offset += 1
                index += 1
                line += 1
                column = 1
            } else {
                offset += 1
                while offset < input.count, input[offset] & 0xC0 == 0x80 { offset += 1 }
                index += 1
                column += 1
            }
        }
        return (line, column)
    }
}
