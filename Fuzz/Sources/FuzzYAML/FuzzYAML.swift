import Diagnostics
import FuzzSupport
import YAML

/// The YAML layer: any bytes give a node tree or diagnostics, and a tree written out by
/// the emitter reads back as the same tree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Oracle.bytes(data, size)
    let path = "fuzz.yaml"
    let node: Node?
    do {
        node = try YAMLParser.parse(bytes: bytes, file: path)
    } catch {
        Oracle.check(error.diagnostics, source: String(decoding: bytes, as: UTF8.self), path: path)
        return 0
    }
    guard let node else { return 0 }
    // With a node limit of 64, ordinary inputs reach it: the same tree, or the limit's error.
    do {
        let limited = try YAMLParser.parse(bytes: bytes, file: path, limits: YAMLLimits(maxNodes: 64))
        Oracle.require(limited == node, "a node limit changed the tree")
    } catch {
        Oracle.check(error.diagnostics, source: String(decoding: bytes, as: UTF8.self), path: path)
        Oracle.require(
            error.diagnostics.contains { $0.message.en.hasPrefix("the file has more than 64 values") },
            "a node limit gave other errors: \(error)")
    }
    let emitted = YAMLEmitter.emit(node)
    guard emitted.utf8.count <= YAMLLimits.default.maxBytes else { return 0 }
    do {
        let again = try YAMLParser.parse(emitted, file: "emitted.yaml")
        Oracle.require(again == node, "the emitted YAML reads back as another tree:\n\(emitted)")
    } catch {
        Oracle.require(false, "the emitted YAML does not read back: \(error)\n\(emitted)")
    }
    return 0
}

/// The entry point SwiftPM links as `main`; see ``FuzzDriver``.
@_cdecl("FuzzYAML_main")
public func fuzzYAMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzYAML)
}
