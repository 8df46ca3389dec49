public import Diagnostics

/// One version of the questionnaire for one safeguard, loaded and checked.
///
/// Values of this type are only made by `QuestionnaireLoader`, which guarantees that every
/// reference in it resolves and every expression type-checks.
public struct Questionnaire: Sendable, Identifiable {
    public var id: String
    public var version: SemanticVersion
    public var title: LocalizedText
    public var safeguard: Int?
    public var language: String
    public var languages: [String]
    public var description: LocalizedText?
    /// Weight of the safeguard in an overall score over several questionnaires.
    public var weight: Double
    public var roles: [Role]
    public var scales: [Scale]
    public var scoring: ScoringSettings
    public var findings: FindingSettings
    public var themes: [Theme]
    public var rules: [Rule]
    public var migration: Migration?
    /// Where the migration and each of its source questions are written, for diagnostics.
    public var migrationLocation: FileLocation?
    public var migrationLocations: [QuestionID: FileLocation] = [:]
    public var migrationOptionLocations: [QuestionID: FileLocation] = [:]
    /// Where the questionnaire was read from and the digest of its bytes.
    public var source: Source

    /// The file a questionnaire came from.
    public struct Source: Sendable, Hashable {
        public var path: String
        /// `sha256:` and the hex digest of the file's bytes.
        public var digest: String

        public init(path: String, digest: String) {
            self.path = path
            self.digest = digest
        }
    }

    /// `waarborg-2@1.0.0`.
    public var reference: String { "\(id)@\(version)" }

    /// Where each question sits in `themes`, for lookups in constant time; checked on use,
    /// so a questionnaire edited after loading still answers correctly.
    var index: [QuestionID: (theme: Int, question: Int)] = [:]

    /// The questions with a `show_if`, in the order they are asked; built with `index`.
    var conditional: [QuestionID]?

    /// Builds `index` and `conditional` from the themes as they are now.
    mutating func reindex() {
        index = [:]
        var conditional: [QuestionID] = []
        for (t, theme) in themes.enumerated() {
            for (q, question) in theme.questions.enumerated() {
                index[question.id] = (t, q)
                if question.showIf != nil { conditional.append(question.id) }
            }
        }
        self.conditional = conditional
    }

    /// The questions with a `show_if` condition, in the order they are asked.
    public var conditionalQuestions: [QuestionID] {
        conditional ?? questions.filter { $0.showIf != nil }.map(\.id)
    }

    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

    public func question(_ id: QuestionID) -> Question? {
        if let (t, q) = index[id], t < themes.count, q < themes[t].questions.count, themes[t].questions[q].id == id {
            return themes[t].questions[q]
        }
        return theme(id.theme)?.questions.first { $0.id == id }
    }

    /// All questions in the order they are asked.
    public var questions: [Question] { themes.flatMap(\.questions) }

    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The levels that apply to a theme's score.
    public func levels(for theme: Theme) -> [Level] { theme.levels ?? scoring.levels }

    public func method(for theme: Theme) -> ScoringMethod { theme.method ?? scoring.method }
}
