import Assessment
import Diagnostics
import FuzzSupport
import Questionnaire

/// Questionnaires the answers are checked against: the real ones and the test fixtures'.
private let resolver = FixedResolver(Repository.questionnaires)

/// The answers loader, then the full path: any bytes give answers or diagnostics, and
/// valid answers are scored and turned into findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Oracle.bytes(data, size)
    let path = "antwoorden.yaml"
    let result = AnswersReader.read(bytes: bytes, path: path, resolver: resolver)
    Oracle.check(result.diagnostics, source: result.source, path: path)
    Oracle.require(
        (result.file == nil) == result.diagnostics.containsErrors,
        "answers with errors, or none without: \(result.diagnostics)")
    // The fast path from libyaml's events must read what it accepts exactly as the tree does.
    let tree = AnswersReader.readThroughTree(bytes: bytes, path: path, resolver: resolver)
    Oracle.require(
        result.file == tree.file && result.diagnostics.count == tree.diagnostics.count
            && result.questionnaires.map(\.reference) == tree.questionnaires.map(\.reference),
        "the fast path and the tree disagree: \(result.diagnostics) / \(tree.diagnostics)")
    if let file = result.file {
        let assessment = Assessor.assess(file, path: path, questionnaires: result.questionnaires)
        _ = assessment
    }
    return 0
}

/// The entry point SwiftPM links as `main`; see ``FuzzDriver``.
@_cdecl("FuzzAnswers_main")
public func fuzzAnswersMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzAnswers)
}
