public import Questionnaire

extension Array where Element == Finding {
    /// Development points by priority, then safeguard and theme; other findings by
    /// safeguard and theme. The order of themes is the questionnaires' own.
    public func ordered(themeOrder: [String: Int]) -> [Finding] {
        enumerated().sorted { a, b in
            let x = a.element, y = b.element
            let px = x.priority ?? .laag, py = y.priority ?? .laag
            if x.kind == .developmentPoint, y.kind == .developmentPoint, px != py { return px < py }
            let sx = x.safeguard ?? Int.max, sy = y.safeguard ?? Int.max
            if sx != sy { return sx < sy }
            if x.questionnaire != y.questionnaire { return x.questionnaire < y.questionnaire }
            let tx = x.theme.flatMap { themeOrder["\(x.questionnaire)/\($0)"] } ?? Int.max
            let ty = y.theme.flatMap { themeOrder["\(y.questionnaire)/\($0)"] } ?? Int.max
            if tx != ty { return tx < ty }
            return a.offset < b.offset
        }.map(\.element)
    }
}
