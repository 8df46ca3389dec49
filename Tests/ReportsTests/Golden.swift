import FileIO
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compares text with the golden file `Golden/<name>` beside this file.
///
/// With `WAARBORG_RECORD=1` in the environment the file is (re)written instead, and the
/// test fails, so a recording is never mistaken for a passing run.
func assertGolden(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let path = goldenFolder() + name
    if let record = getenv("WAARBORG_RECORD"), String(cString: record) == "1" {
        do {
            try AtomicFile.write(actual, to: path)
            Issue.record("recorded \(name); run again without WAARBORG_RECORD to compare", sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot record \(path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let bytes = try? InputFile.read(path) else {
        Issue.record("no golden file \(name); record it with WAARBORG_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: bytes, as: UTF8.self)
    if actual != expected {
        Issue.record(
            "\(name) differs from its golden file:\n\(firstDifference(expected, actual))\nre-record with WAARBORG_RECORD=1 if the change is intended",
            sourceLocation: sourceLocation)
    }
}

/// The first line that differs, with its number, for a readable failure.
private func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
        let x = index < a.count ? String(a[index]) : "(end of file)"
        let y = index < b.count ? String(b[index]) : "(end of file)"
        if x != y { return "line \(index + 1):\n  expected: \(x)\n  actual:   \(y)" }
    }
    return "(no line differs; check the final newline)"
}

private func goldenFolder(_ file: String = #filePath) -> String {
    var folder = file
    while let last = folder.last, last != "/" { folder.removeLast() }
    return folder + "Golden/"
}
