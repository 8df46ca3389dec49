public import Questionnaire

/// The self-assessment a plan is based on, so the link between them can be verified.
public struct PlanBasis: Sendable, Hashable {
    /// One questionnaire version the answers were given to.
    public struct Source: Sendable, Hashable, CustomStringConvertible {
        public var id: String
        public var version: SemanticVersion
        public var locations: FieldLocations

        public init(id: String, version: SemanticVersion, locations: FieldLocations = .init()) {
            self.id = id
            self.version = version
            self.locations = locations
        }

        /// `waarborg-1@1.0.0`.
        public var description: String { "\(id)@\(version)" }
    }

    /// The day of the self-assessment: the last day an answers file was updated.
    public var date: PlanDate?
    public var respondents: Int?
    /// In safeguard order.
    public var questionnaires: [Source]
    /// The answers files' names (without folders), sorted.
    public var answers: [String]
    /// `sha256:` and the hex digest over the answers files, as `AnswersDigest` computes it.
    public var digest: String
    public var locations: FieldLocations

    public init(
        date: PlanDate?, respondents: Int?, questionnaires: [Source], answers: [String], digest: String,
        locations: FieldLocations = .init()
    ) {
        self.date = date
        self.respondents = respondents
        self.questionnaires = questionnaires
        self.answers = answers
        self.digest = digest
        self.locations = locations
    }
}
