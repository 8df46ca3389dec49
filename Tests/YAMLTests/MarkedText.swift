import Diagnostics

/// Test input with the expected positions marked inside it by `‸`, instead of counted by hand.
///
/// `"a: ‸1"` is the text `"a: 1"` with one location at line 1, column 4. Columns count
/// Unicode scalars; CR LF, CR and LF each end a line.
struct MarkedText {
    static let marker: Unicode.Scalar = "‸"

    let text: String
    let locations: [FileLocation]

    init(_ marked: String, file: String = "test.yaml") {
        var text = String.UnicodeScalarView()
        var locations: [FileLocation] = []
        var line = 1, column = 1
        var previous: Unicode.Scalar?
        for scalar in marked.unicodeScalars {
            if scalar == Self.marker {
                locations.append(FileLocation(file: file, line: line, column: column))
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                if previous != "\r" { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previous = scalar
        }
        self.text = String(text)
        self.locations = locations
    }
}
