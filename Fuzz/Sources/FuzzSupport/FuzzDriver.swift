import CFuzzer

/// Starts libFuzzer from a fuzz target's entry point.
///
/// SwiftPM links an executable's `main` to a function named `<target>_main`, so each
/// target defines that function with `@_cdecl` and hands over here; libFuzzer's own `main`
/// is then never linked in. Where SwiftPM does not rename `main`, libFuzzer's is used and
/// calls `LLVMFuzzerTestOneInput` directly.
public enum FuzzDriver {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: Callback
    ) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, callback)
    }
}
