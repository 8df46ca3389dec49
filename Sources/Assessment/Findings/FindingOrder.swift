public import Questionnaire

extension Array where Element == Finding {
    /// Development points first, by priority, then safeguard and theme; then panel
    /// questions and strengths, each by safeguard and theme. The order of themes is the
    /// questionnaires' own.
    public func ordered(themeOrder: [String: Int]) -> [Finding] {
        func rank(_ kind: Finding.Kind) -> Int {
            switch kind {
            case .developmentPoint: 0
            case .panelQuestion: 1
            case .strength: 2
            }
        }
        return enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.kind != y.kind { return rank(x.kind) < rank(y.kind) }
            let px = x.priority ?? .laag, py = y.priority ?? .laag
            if x.kind == .developmentPoint, px != py { return px < py }
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
