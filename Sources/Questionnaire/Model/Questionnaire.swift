public import Diagnostics
import Synchronization

/// One version of the questionnaire for one safeguard, loaded and checked.
///
/// Values of this type are only made by `QuestionnaireLoader`, which guarantees that every
/// reference in it resolves and every expression type-checks.
public struct Questionnaire: Sendable, Identifiable {
    /// The fields, shared by copies: a questionnaire is copied into every part of every
    /// assessment, and a copy costs one reference this way.
    private var storage: Storage

    init(
        id: String, version: SemanticVersion, title: LocalizedText, safeguard: Int?, language: String,
        languages: [String], description: LocalizedText?, weight: Double, roles: [Role], scales: [Scale],
        scoring: ScoringSettings, findings: FindingSettings, themes: [Theme], rules: [Rule], migration: Migration?,
        migrationLocation: FileLocation? = nil, migrationLocations: [QuestionID: FileLocation] = [:],
        migrationOptionLocations: [QuestionID: FileLocation] = [:], source: Source
    ) {
        storage = Storage(Fields(
            id: id, version: version, title: title, safeguard: safeguard, language: language, languages: languages,
            description: description, weight: weight, roles: roles, scales: scales, scoring: scoring,
            findings: findings, themes: themes, rules: rules, migration: migration,
            migrationLocation: migrationLocation, migrationLocations: migrationLocations,
            migrationOptionLocations: migrationOptionLocations, source: source, layout: Layout()))
    }

    public var id: String {
        _read { yield storage.fields.id }
        set { update { $0.id = newValue } }
    }

    public var version: SemanticVersion {
        _read { yield storage.fields.version }
        set { update { $0.version = newValue } }
    }

    public var title: LocalizedText {
        _read { yield storage.fields.title }
        set { update { $0.title = newValue } }
    }

    public var safeguard: Int? {
        _read { yield storage.fields.safeguard }
        set { update { $0.safeguard = newValue } }
    }

    public var language: String {
        _read { yield storage.fields.language }
        set { update { $0.language = newValue } }
    }

    public var languages: [String] {
        _read { yield storage.fields.languages }
        set { update { $0.languages = newValue } }
    }

    public var description: LocalizedText? {
        _read { yield storage.fields.description }
        set { update { $0.description = newValue } }
    }

    /// Weight of the safeguard in an overall score over several questionnaires.
    public var weight: Double {
        _read { yield storage.fields.weight }
        set { update { $0.weight = newValue } }
    }

    public var roles: [Role] {
        _read { yield storage.fields.roles }
        set { update { $0.roles = newValue } }
    }

    public var scales: [Scale] {
        _read { yield storage.fields.scales }
        set { update { $0.scales = newValue } }
    }

    public var scoring: ScoringSettings {
        _read { yield storage.fields.scoring }
        set { update { $0.scoring = newValue } }
    }

    public var findings: FindingSettings {
        _read { yield storage.fields.findings }
        set { update { $0.findings = newValue } }
    }

    /// The themes in order; changing them rebuilds ``layout``.
    public var themes: [Theme] {
        _read { yield storage.fields.themes }
        set {
            update { $0.themes = newValue }
            reindex()
        }
    }

    public var rules: [Rule] {
        _read { yield storage.fields.rules }
        set { update { $0.rules = newValue } }
    }

    public var migration: Migration? {
        _read { yield storage.fields.migration }
        set { update { $0.migration = newValue } }
    }

    /// Where the migration and each of its source questions are written, for diagnostics.
    public var migrationLocation: FileLocation? {
        _read { yield storage.fields.migrationLocation }
        set { update { $0.migrationLocation = newValue } }
    }

    public var migrationLocations: [QuestionID: FileLocation] {
        _read { yield storage.fields.migrationLocations }
        set { update { $0.migrationLocations = newValue } }
    }

    public var migrationOptionLocations: [QuestionID: FileLocation] {
        _read { yield storage.fields.migrationOptionLocations }
        set { update { $0.migrationOptionLocations = newValue } }
    }

    /// Where the questionnaire was read from and the digest of its bytes.
    public var source: Source {
        _read { yield storage.fields.source }
        set { update { $0.source = newValue } }
    }

    /// Changes fields in a storage of this questionnaire's own; a loaded questionnaire is
    /// read far more often than it is changed.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

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

    /// The questions numbered in the order they are asked, for lookups by position.
    public private(set) var layout: Layout {
        _read { yield storage.fields.layout }
        set { update { $0.layout = newValue } }
    }

    /// Builds `layout` from the themes as they are now.
    mutating func reindex() {
        layout = Layout(themes)
    }

    /// The questions with a `show_if` condition, in the order they are asked.
    public var conditionalQuestions: [QuestionID] { layout.conditional.map { layout.questions[$0].id } }

    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

    public func question(_ id: QuestionID) -> Question? {
        layout.positions[id].map { layout.questions[$0] }
    }

    /// All questions in the order they are asked.
    public var questions: [Question] { layout.questions }

    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The levels that apply to a theme's score.
    public func levels(for theme: Theme) -> [Level] { theme.levels ?? scoring.levels }

    public func method(for theme: Theme) -> ScoringMethod { theme.method ?? scoring.method }
}

extension Questionnaire {
    /// The questions of all themes numbered 0, 1, 2, … in the order they are asked.
    ///
    /// Scoring, visibility and the rules work on these positions: an array index instead
    /// of a dictionary lookup for every answer a rule or a score reads.
    public struct Layout: Sendable {
        /// All questions in the order they are asked.
        public private(set) var questions: [Question] = []
        /// The position of each question.
        public private(set) var positions: [QuestionID: Int] = [:]
        /// The position of each question by its written id, `theme.question`, as rules name it.
        public private(set) var names: [String: Int] = [:]
        /// Each question's written id, `theme.question`, by position.
        public private(set) var texts: [String] = []
        /// The positions of each theme's questions, by theme.
        public private(set) var themeRanges: [Range<Int>] = []
        /// The positions of the questions with a `show_if`, in order.
        public private(set) var conditional: [Int] = []
        /// What other modules work out from these questions once, such as texts.
        public let memo = Memo()

        init() {}

        init(_ themes: [Theme]) {
            for theme in themes {
                let start = questions.count
                for question in theme.questions {
                    let position = questions.count
                    positions[question.id] = position
                    names[question.id.description] = position
                    texts.append(question.id.description)
                    if question.showIf != nil { conditional.append(position) }
                    questions.append(question)
                }
                themeRanges.append(start..<questions.count)
            }
        }

        /// The number of questions.
        public var count: Int { questions.count }

        /// The answers of `answers` by position; ids that are not a question are left out.
        ///
        /// Inlinable, so callers in other modules get it specialized for their answer type.
        @inlinable
        public func byPosition<Answer>(_ answers: [QuestionID: Answer]) -> [Answer?] {
            var result = [Answer?](repeating: nil, count: questions.count)
            for (id, answer) in answers {
                if let position = positions[id] { result[position] = answer }
            }
            return result
        }
    }
}

extension Questionnaire {
    /// Values worked out from a questionnaire once and kept with it, one of each type,
    /// such as texts every assessment would otherwise build again. Safe to share between
    /// threads; a questionnaire whose themes change gets a new, empty memo with its layout.
    public final class Memo: Sendable {
        private let values = Mutex<[ObjectIdentifier: any Sendable]>([:])

        init() {}

        /// The value of type `Value`, made by `make` the first time it is asked for.
        public func value<Value: Sendable>(_ make: () -> Value) -> Value {
            let key = ObjectIdentifier(Value.self)
            if let known = values.withLock({ $0[key] }) as? Value { return known }
            let made = make()
            return values.withLock { values in
                // Another thread may have made it meanwhile: keep the first.
                if let known = values[key] as? Value { return known }
                values[key] = made
                return made
            }
        }
    }
}

extension Questionnaire {
    /// A questionnaire's fields, never changed once made: sharing them between copies and
    /// threads needs no locks, and reading them no exclusivity checks.
    private final class Storage: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private struct Fields: Sendable {
        var id: String
        var version: SemanticVersion
        var title: LocalizedText
        var safeguard: Int?
        var language: String
        var languages: [String]
        var description: LocalizedText?
        var weight: Double
        var roles: [Role]
        var scales: [Scale]
        var scoring: ScoringSettings
        var findings: FindingSettings
        var themes: [Theme]
        var rules: [Rule]
        var migration: Migration?
        var migrationLocation: FileLocation?
        var migrationLocations: [QuestionID: FileLocation]
        var migrationOptionLocations: [QuestionID: FileLocation]
        var source: Source
        var layout: Layout
    }
}
