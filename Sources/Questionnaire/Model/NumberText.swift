/// Numbers as people read them: no trailing `.0`, at most two decimals.
public enum NumberText {
    /// The number with a decimal comma, as Dutch readers write it: `2,75`.
    public static func dutch(_ value: Double, decimals: Int = 2) -> String {
        decimalComma(format(value, decimals: decimals))
    }

    /// A number already formatted by ``format(_:decimals:)``, with its decimal point made a comma.
    public static func decimalComma(_ text: String) -> String {
        guard let dot = text.utf8.firstIndex(of: UInt8(ascii: ".")) else { return text }
        return text[..<dot] + "," + text[text.utf8.index(after: dot)...]
    }

    public static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "—" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int(rounded))
        }
        var text = String(rounded)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > decimals + 1 {
            text = String(text[..<text.index(dot, offsetBy: decimals + 1)])
        }
        return text
    }
}
