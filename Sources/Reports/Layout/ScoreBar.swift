/// A bar of full and empty cells showing where a score lies in its range.
public enum ScoreBar {
    public static let full: Character = "█"
    public static let empty: Character = "░"

    /// `width` cells, the share `fraction` (0…1) of them full, rounded to the nearest cell.
    public static func text(fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? Swift.min(1, Swift.max(0, fraction)) : 0
        let filled = Int((clamped * Double(width)).rounded())
        return String(repeating: full, count: filled) + String(repeating: empty, count: width - filled)
    }
}
