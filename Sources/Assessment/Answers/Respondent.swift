/// Who answered: a board member, school leader, *schoolopleider*, mentor, … — or the board
/// together, in a consensus self-assessment.
public struct Respondent: Sendable, Hashable {
    /// One person, or the board's joint answers after discussing the individual ones.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case individual
        /// A joint self-assessment (`kind: consensus`): the board's own view, shown beside the
        /// individual respondents' spread and never counted as one of them. It has no role.
        case consensus
    }

    public var name: String
    /// A role id of the questionnaire (`schoolleider`); empty for a consensus.
    public var role: String
    /// The board (*bestuur*) the respondent answers for.
    public var organisation: String
    public var school: String?
    public var kind: Kind

    public init(name: String, role: String, organisation: String, school: String? = nil, kind: Kind = .individual) {
        self.name = name
        self.role = kind == .consensus ? "" : role
        self.organisation = organisation
        self.school = school
        self.kind = kind
    }

    public var isConsensus: Bool { kind == .consensus }

    /// The role that decides which questions are asked and what `role()` gives: none for a
    /// consensus, which answers every question any role gets.
    public var askedRole: String? { isConsensus ? nil : role }
}
