public import Diagnostics
import Synchronization

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
    /// The themes in order; changing them rebuilds ``questionIndex``.
    public var themes: [Theme] {
        didSet { reindex() }
    }
    public var rules: [Rule]
    public var migration: Migration?
    /// Where the migration and each of its source questions are written, for diagnostics.
    public var migrationLocation: FileLocation?
    public var migrationLocations: [QuestionID: FileLocation] = [:]
    public var migrationOptionLocations: [QuestionID: FileLocation] = [:]
    /// Where the questionnaire was read from and the digest of its bytes.
    public var source: Source
    /// Where `scoring.levels` is written; nil when the questionnaire uses the default levels.
    public var levelsLocation: FileLocation?

    /// The file a questionnaire came from.
    public struct Source: Sendable, Hashable {
        public var path: String
        /// `sha256:` and the hex digest of the file's bytes, as `QuestionnaireDigest` computes
        /// it (without a leading editor modeline).
        public var digest: String

        public init(path: String, digest: String) {
            self.path = path
            self.digest = digest
        }
    }

    /// `waarborg-2@1.0.0`.
    public var reference: String { "\(id)@\(version)" }

    /// The questions numbered in the order they are asked, for lookups by position.
    public private(set) var questionIndex = QuestionIndex()

    /// Builds `questionIndex` from the themes as they are now.
    mutating func reindex() {
        questionIndex = QuestionIndex(themes)
    }

    /// The questions with a `show_if` condition or asked of some roles only, in the order
    /// they are asked.
    public var conditionalQuestions: [QuestionID] { questionIndex.conditional.map { questionIndex.questions[$0].id } }

    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

    public func question(_ id: QuestionID) -> Question? {
        questionIndex.positions[id].map { questionIndex.questions[$0] }
    }

    /// All questions in the order they are asked.
    public var questions: [Question] { questionIndex.questions }

    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The levels that apply to a theme's score.
    public func levels(for theme: Theme) -> [Level] { theme.levels ?? scoring.levels }

    /// The levels of the theme at `index`, read where the theme stands.
    public func levels(forThemeAt index: Int) -> [Level] { themes[index].levels ?? scoring.levels }

    public func method(for theme: Theme) -> ScoringMethod { theme.method ?? scoring.method }
}

extension Questionnaire {
    /// The questions of all themes numbered 0, 1, 2, … in the order they are asked.
    ///
    /// Scoring, visibility and the rules work on these positions: an array index instead
    /// of a dictionary lookup for every answer a rule or a score reads.
    ///
    /// A question index is one reference to arrays made once: copying a questionnaire, which every
    /// part of every assessment does, then costs one reference count for all of them.
    public struct QuestionIndex: Sendable {
        @usableFromInline let storage: Storage

        /// All questions in the order they are asked.
        @inlinable public var questions: [Question] { storage.questions }
        /// The position of each question.
        @inlinable public var positions: [QuestionID: Int] { storage.positions }
        /// The position of each question by its written id, `theme.question`, as rules name it.
        @inlinable public var names: [String: Int] { storage.names }
        /// Each question's written id, `theme.question`, by position.
        @inlinable public var texts: [String] { storage.texts }
        /// The positions of each theme's questions, by theme.
        @inlinable public var themeRanges: [Range<Int>] { storage.themeRanges }
        /// The positions of the questions that are not always asked — those with a `show_if`
        /// or asked of some roles only — in order.
        @inlinable public var conditional: [Int] { storage.conditional }

        // A question's fields by position, each in an array of its own: reading one field of
        // a question in a loop over answers then copies that field, not the whole question
        // with its texts, conditions and location.

        /// Each question's id, by position.
        @inlinable public var ids: [QuestionID] { storage.ids }
        /// Each question's kind, by position.
        @inlinable public var kinds: [QuestionKind] { storage.kinds }
        /// Every question's options in one flat table: a loop over answers finds an option
        /// and reads its value without taking a question's options array.
        @inlinable public var optionTable: OptionTable { storage.optionTable }
        /// Whether each question's answers are scored (``QuestionKind/isScored``), by position.
        @inlinable public var scored: [Bool] { storage.scored }
        /// Each question's weight, by position.
        @inlinable public var weights: [Double] { storage.weights }
        /// Each question's `show_if`, by position.
        @inlinable public var conditions: [Condition?] { storage.conditions }
        /// The roles each question is asked of (nil: all), by position.
        @inlinable public var roles: [[String]?] { storage.roles }
        /// The positions of the kern statements, by theme.
        @inlinable public var kernPositions: [[Int]] { storage.kernPositions }
        /// The fingerprint of the order of themes and questions the positions follow: a
        /// call bound (``RuleLanguage/HostBinding``) with this layout may use its positions.
        @inlinable public var layout: Int { storage.layout }
        /// What other modules work out from these questions once, such as texts.
        @inlinable public var derived: DerivedValues { storage.derived }

        init() {
            storage = Storage([])
        }

        init(_ themes: [Theme]) {
            storage = Storage(themes)
        }

        /// The number of questions.
        @inlinable public var count: Int { storage.questions.count }

        /// Whether `other` is this very index (made from the same themes at the same time),
        /// so that positions in one are positions in the other.
        @inlinable public func isSame(as other: QuestionIndex) -> Bool { storage === other.storage }

        /// The answers of `answers` by position; ids that are not a question are left out.
        ///
        /// Inlinable, so callers in other modules get it specialized for their answer type.
        @inlinable
        public func byPosition<Answer>(_ answers: [QuestionID: Answer]) -> [Answer?] {
            let positions = storage.positions
            var result = [Answer?](repeating: nil, count: storage.questions.count)
            for (id, answer) in answers {
                if let position = positions[id] { result[position] = answer }
            }
            return result
        }

        /// The arrays of a question index, never changed once made.
        @usableFromInline
        final class Storage: Sendable {
            @usableFromInline let questions: [Question]
            @usableFromInline let positions: [QuestionID: Int]
            @usableFromInline let names: [String: Int]
            @usableFromInline let texts: [String]
            @usableFromInline let themeRanges: [Range<Int>]
            @usableFromInline let conditional: [Int]
            @usableFromInline let ids: [QuestionID]
            @usableFromInline let kinds: [QuestionKind]
            @usableFromInline let scored: [Bool]
            @usableFromInline let optionTable: OptionTable
            @usableFromInline let weights: [Double]
            @usableFromInline let conditions: [Condition?]
            @usableFromInline let roles: [[String]?]
            @usableFromInline let kernPositions: [[Int]]
            @usableFromInline let layout: Int
            @usableFromInline let derived = DerivedValues()

            init(_ themes: [Theme]) {
                var questions: [Question] = []
                var positions: [QuestionID: Int] = [:]
                var names: [String: Int] = [:]
                var texts: [String] = []
                var themeRanges: [Range<Int>] = []
                var conditional: [Int] = []
                var kernPositions: [[Int]] = []
                for theme in themes {
                    let start = questions.count
                    var kern: [Int] = []
                    for question in theme.questions {
                        let position = questions.count
                        if question.kern { kern.append(position) }
                        positions[question.id] = position
                        names[question.id.description] = position
                        texts.append(question.id.description)
                        if question.showIf != nil || question.roles != nil { conditional.append(position) }
                        questions.append(question)
                    }
                    themeRanges.append(start..<questions.count)
                    kernPositions.append(kern)
                }
                self.questions = questions
                self.positions = positions
                self.names = names
                self.texts = texts
                self.themeRanges = themeRanges
                self.conditional = conditional
                self.kernPositions = kernPositions
                ids = questions.map(\.id)
                kinds = questions.map(\.kind)
                scored = kinds.map(\.isScored)
                optionTable = OptionTable(kinds.map(\.options))
                weights = questions.map(\.weight)
                conditions = questions.map(\.showIf)
                roles = questions.map(\.roles)
                layout = QuestionLayout.fingerprint(themes)
            }
        }
    }
}

extension Questionnaire {
    /// The options of all questions of a question index, flat: the options of the question
    /// at `position` are those at `starts[position]..<starts[position + 1]`.
    public struct OptionTable: Sendable {
        @usableFromInline let starts: [Int]
        public let keys: [String]
        public let values: [Double?]
        public let unknown: [Bool]
        public let labels: [LocalizedText]
        /// The lowest and the highest value of each question's options that score, by
        /// question position: asked for per theme of every respondent, so found once.
        private let lowest: [Double?]
        private let highest: [Double?]

        init(_ options: [[AnswerOption]]) {
            var starts = [0]
            var keys: [String] = [], values: [Double?] = [], unknown: [Bool] = [], labels: [LocalizedText] = []
            var lowest: [Double?] = [], highest: [Double?] = []
            for list in options {
                for option in list {
                    keys.append(option.key)
                    values.append(option.value)
                    unknown.append(option.unknown)
                    labels.append(option.label)
                }
                starts.append(keys.count)
                lowest.append(list.lowestValue)
                highest.append(list.highestValue)
            }
            self.starts = starts
            self.keys = keys
            self.values = values
            self.unknown = unknown
            self.labels = labels
            self.lowest = lowest
            self.highest = highest
        }

        /// Where the options of the question at `position` stand in the table.
        @inlinable
        public func range(at position: Int) -> Range<Int> { starts[position]..<starts[position + 1] }

        /// The lowest and the highest value of the options of the question at `position` that score.
        public func lowestValue(at position: Int) -> Double? { lowest[position] }
        public func highestValue(at position: Int) -> Double? { highest[position] }

        /// Where the option with `key` of the question at `position` stands in the table.
        @inlinable
        public func option(_ key: String, at position: Int) -> Int? {
            var index = starts[position]
            let end = starts[position + 1]
            while index < end {
                if keys[index] == key { return index }
                index += 1
            }
            return nil
        }

        /// Whether the option at `index` is *n.v.t.*: no value and not *weet ik niet*.
        @inlinable
        public func isNotApplicable(_ index: Int) -> Bool { values[index] == nil && !unknown[index] }
    }
}

extension Questionnaire {
    /// A cache of values derived from a questionnaire's questions, made once and kept with
    /// its question index, one value of each type (a module keeps its values under types of
    /// its own, private ones). Safe to share between threads.
    ///
    /// The rule: a value kept here depends on the themes and questions alone. A questionnaire
    /// whose themes change gets a new, empty cache with its new question index, but copies
    /// that differ in other fields share one, so a value that depends on anything else must
    /// carry it in its own keys.
    public final class DerivedValues: Sendable {
        /// Each value in a box of its type, under that type: read back by a cast that is
        /// not checked, as the key says what the box holds (a checked cast of a value of
        /// any type costs as much as the lookup, and values are read for every response).
        private let values = Mutex<[ObjectIdentifier: any AnyObject & Sendable]>([:])

        init() {}

        private final class Box<Value: Sendable>: Sendable {
            let value: Value
            init(_ value: Value) { self.value = value }
        }

        /// The value of type `Value`, made by `make` the first time it is asked for.
        public func value<Value: Sendable>(_ make: () -> Value) -> Value {
            let key = ObjectIdentifier(Value.self)
            if let known = values.withLock({ $0[key] }) { return unsafeDowncast(known, to: Box<Value>.self).value }
            let made = Box(make())
            return values.withLock { values in
                // Another thread may have made it meanwhile: keep the first.
                if let known = values[key] { return unsafeDowncast(known, to: Box<Value>.self).value }
                values[key] = made
                return made.value
            }
        }
    }
}
