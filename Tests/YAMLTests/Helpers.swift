import Diagnostics
import Testing
import YAML

/// The file name every test parses under.
let testFile = "test.yaml"

/// Parses `text`, recording an issue (and returning nil) when it fails or is empty.
func parse(
    _ text: String, limits: YAMLLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) -> Node? {
    do {
        let node = try YAMLParser.parse(text, file: testFile, limits: limits)
        if node == nil { Issue.record("expected a node", sourceLocation: sourceLocation) }
        return node
    } catch {
        Issue.record("unexpected error: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The diagnostics that parsing `text` fails with; records an issue when it succeeds.
func diagnostics(
    _ text: String, limits: YAMLLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    diagnostics(bytes: Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}

/// The diagnostics that parsing `bytes` fails with; records an issue when it succeeds.
func diagnostics(
    bytes: [UInt8], limits: YAMLLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    do {
        let node = try YAMLParser.parse(bytes: bytes, file: testFile, limits: limits)
        Issue.record("expected an error, got \(node.map(String.init(describing:)) ?? "nil")", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The scalar under `key` of a parsed one-entry document `key: <yaml>`.
func value(of yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Scalar? {
    let node = parse("v: " + yaml + "\n", sourceLocation: sourceLocation)
    let scalar = node?.mapping?["v"]?.scalar
    if node != nil, scalar == nil { Issue.record("expected a scalar", sourceLocation: sourceLocation) }
    return scalar
}
