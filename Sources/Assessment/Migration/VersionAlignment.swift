public import Diagnostics
public import Questionnaire

/// Carries answers on an older questionnaire version to the version a panel brief uses, so
/// an earlier self-assessment or another board's answers compare theme by theme.
///
/// Only declared migrations are followed (`Migrator`); an answer that does not carry is
/// reported, never guessed. A response already on the target version, or on a newer one,
/// or on a version from which no chain of migrations leads, stays as it is: the panel
/// analysis then compares only themes with the same content.
public struct VersionAlignment: Sendable {
    /// The outcome for one answers file.
    public struct Outcome: Sendable {
        /// The answers with migrated responses.
        public var file: AnswersFile
        /// The questionnaire versions the responses now name, in file order.
        public var questionnaires: [Questionnaire]
        /// Per questionnaire id, themes that do not compare with the older version.
        public var incomparableThemes: [String: Set<String>]
        /// Readable lines on what did not carry over, or why a response was not migrated.
        public var problems: [Message]
    }

    /// Per questionnaire id, the version to align to.
    public var targets: [String: Questionnaire]
    /// Every version that may be on the way, of any questionnaire.
    public var available: [Questionnaire]

    public init(targets: [Questionnaire], available: [Questionnaire]) {
        var byID: [String: Questionnaire] = [:]
        for questionnaire in targets where (byID[questionnaire.id]?.version ?? SemanticVersion(0, 0, 0)) <= questionnaire.version {
            byID[questionnaire.id] = questionnaire
        }
        self.targets = byID
        self.available = available
    }

    /// The file with each response on its target version where a migration leads there.
    public func align(_ file: AnswersFile, questionnaires: [Questionnaire]) -> Outcome {
        var outcome = Outcome(file: file, questionnaires: [], incomparableThemes: [:], problems: [])
        outcome.file.responses = []
        for response in file.responses {
            let own = questionnaires.first { $0.id == response.questionnaire && $0.version == response.version }
            guard let target = targets[response.questionnaire], response.version < target.version else {
                outcome.file.responses.append(response)
                if let own { outcome.questionnaires.append(own) }
                continue
            }
            do {
                let chain = try Migrator.chain(from: response.version, to: target, available: available + questionnaires)
                let migrated = try Migrator.migrate(response, through: chain)
                outcome.file.responses.append(migrated.response)
                outcome.questionnaires.append(target)
                outcome.incomparableThemes[target.id, default: []].formUnion(migrated.incomparableThemes)
                // Questions the migration drops on purpose are one line per response, not one each.
                let dropped = migrated.problems.filter(\.dropped).map(\.question.description)
                if !dropped.isEmpty {
                    let some = dropped.prefix(3).joined(separator: ", ") + (dropped.count > 3 ? ", …" : "")
                    outcome.problems.append(
                        Message(
                            nl:
                                "\(response.reference) → \(target.version): \(dropped.count) \(dropped.count == 1 ? "antwoord valt" : "antwoorden vallen") weg, zoals de migratie bepaalt (\(some))",
                            en:
                                "\(response.reference) → \(target.version): \(dropped.count) \(dropped.count == 1 ? "answer is" : "answers are") dropped, as the migration says (\(some))"
                        ))
                }
                outcome.problems += migrated.problems.filter { !$0.dropped }.map { problem in
                    Message(
                        nl: "\(response.reference) → \(target.version): \(problem.text(.nl))",
                        en: "\(response.reference) → \(target.version): \(problem.text(.en))")
                }
            } catch {
                outcome.file.responses.append(response)
                if let own { outcome.questionnaires.append(own) }
                outcome.problems.append(
                    Message(
                        nl: "\(response.reference): niet overgezet naar \(target.version): \(error.message.nl)",
                        en: "\(response.reference): not carried to \(target.version): \(error.message.en)"))
            }
        }
        return outcome
    }
}
