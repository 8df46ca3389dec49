import Diagnostics
import FuzzSupport
import Questionnaire

/// The questionnaire loader: decoding, validation, show_if and rule binding, cycles,
/// migrations. Any bytes give a questionnaire or diagnostics; errors mean no questionnaire.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestionnaire(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Oracle.bytes(data, size)
    let path = "questionnaires/fuzz/1.0.0.yaml"
    let result = QuestionnaireLoader.load(bytes: bytes, path: path)
    Oracle.check(result.diagnostics, source: result.source, path: path)
    Oracle.require(
        (result.questionnaire == nil) == result.diagnostics.containsErrors,
        "a questionnaire with errors, or none without: \(result.diagnostics)")
    return 0
}

/// The entry point SwiftPM links as `main`; see ``FuzzDriver``.
@_cdecl("FuzzQuestionnaire_main")
public func fuzzQuestionnaireMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzQuestionnaire)
}
