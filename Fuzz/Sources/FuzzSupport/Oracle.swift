import Diagnostics

/// Checks every fuzz target makes on what it got back; a broken promise stops the run,
/// so libFuzzer keeps the input that broke it.
public enum Oracle {
    /// The input as the bytes libFuzzer passed in.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Renders the diagnostics as the commands do, and checks that each has a 1-based
    /// place in the file it is about.
    public static func check(_ diagnostics: [Diagnostic], source: String, path: String) {
        for diagnostic in diagnostics {
            let places = [diagnostic.location] + diagnostic.notes.map(\.location)
            for case let place? in places {
                require(place.line >= 1 && place.column >= 1, "a place that is not 1-based: \(place) in \(diagnostic)")
            }
        }
        for language in Language.allCases {
            let text = DiagnosticPrinter(language: language, colour: true, sources: [path: source]).render(diagnostics)
            require(!text.isEmpty || diagnostics.isEmpty, "diagnostics that print as nothing")
        }
    }

    /// Stops the run when a promise is broken.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("oracle: " + message()) }
    }
}
