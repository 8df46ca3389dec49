/// Decimal rounding of binary numbers, half away from zero.
enum Rounding {
    /// `number` rounded to `digits` decimals (0–10).
    ///
    /// Numbers within 1e-9 (relative) of a half are treated as that half, so 2.345, stored
    /// as 2.34499999…, rounds to 2.35 as a reader expects.
    static func round(_ number: Double, digits: Int) -> Double {
        var factor = 1.0
        for _ in 0..<min(10, max(0, digits)) { factor *= 10 }
        let scaled = number * factor
        let truncated = scaled.rounded(.towardZero)
        let tolerance = min(1e-3, 1e-9 * max(1, abs(scaled)))
        let isHalf = abs(abs(scaled - truncated) - 0.5) <= tolerance
        let rounded = isHalf ? truncated + (scaled < 0 ? -1 : 1) : scaled.rounded()
        return rounded / factor
    }
}
