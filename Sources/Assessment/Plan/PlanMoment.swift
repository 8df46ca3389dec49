/// When a development point is evaluated: a date, or a moment in words ("na de eerste
/// stageperiode").
public enum PlanMoment: Sendable, Hashable, CustomStringConvertible {
    case date(PlanDate)
    case text(String)

    public var date: PlanDate? {
        if case .date(let date) = self { return date }
        return nil
    }

    public var description: String {
        switch self {
        case .date(let date): date.description
        case .text(let text): text
        }
    }
}
