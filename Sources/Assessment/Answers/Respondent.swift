/// Who answered: a board member, school leader, *schoolopleider*, mentor, …
public struct Respondent: Sendable, Hashable {
    public var name: String
    /// A role id of the questionnaire (`schoolleider`).
    public var role: String
    /// The board (*bestuur*) the respondent answers for.
    public var organisation: String
    public var school: String?

    public init(name: String, role: String, organisation: String, school: String? = nil) {
        self.name = name
        self.role = role
        self.organisation = organisation
        self.school = school
    }
}
