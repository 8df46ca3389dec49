import FileIO
import Foundation
import Questionnaire
import RuleLanguage
import TestSupport
import Testing

@testable import Assessment

/// A context that answers every call by name: it leaves out `call(_:_:arguments:)`, so the
/// protocol's default sends bound calls to `call(_:arguments:)`.
struct ByName<Inner: RuleEvaluationContext>: RuleEvaluationContext {
    let inner: Inner

    func call(_ function: String, arguments: [Argument]) -> Value {
        inner.call(function, arguments: arguments)
    }

    func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        inner.describe(function, arguments: arguments, value: value)
    }
}

extension ByName: Sendable where Inner: Sendable {}

/// The calls an evaluation made, bound or by name.
final class CallLog {
    var bound: [(binding: HostBinding, function: String, arguments: [Argument])] = []
    var byName: [String] = []
}

/// A context that answers from `inner` and writes down how each call came in.
struct Recording<Inner: RuleEvaluationContext>: RuleEvaluationContext {
    let inner: Inner
    let log: CallLog

    func call(_ function: String, arguments: [Argument]) -> Value {
        log.byName.append(function)
        return inner.call(function, arguments: arguments)
    }

    func call(_ binding: HostBinding, _ function: String, arguments: [Argument]) -> Value {
        log.bound.append((binding, function, arguments))
        return inner.call(binding, function, arguments: arguments)
    }

    func describe(_ function: String, arguments: [Argument], value: Value) -> String? {
        inner.describe(function, arguments: arguments, value: value)
    }
}

/// One respondent's answers to one questionnaire, as a rule sees them.
struct AnswerSet: CustomStringConvertible {
    var label: String
    var response: Response
    var role: String?

    var description: String { "\(response.reference) \(label), role \(role ?? "none")" }
}

/// The shipped questionnaires, every version, and answer sets for them: the example region's
/// answers and answers made from each questionnaire's own questions.
enum BindingFixtures {
    static func questionnaires() throws -> [Questionnaire] {
        let catalog = try Catalog.directory(Fixtures.repositoryPath("questionnaires"))
        return try catalog.entries.map { entry in
            let result = try catalog.load(entry)
            return try #require(result.questionnaire, "\(entry.reference): \(result.diagnostics)")
        }
    }

    /// Every response in the answers files of `Examples/regio`, with its respondent's role.
    static func examples(_ questionnaires: [Questionnaire]) throws -> [AnswerSet] {
        let root = Fixtures.repositoryPath("Examples/regio")
        let paths = try #require(FileManager.default.subpaths(atPath: root))
            .filter { $0.contains("/antwoorden/") && $0.hasSuffix(".yaml") }.sorted()
        #expect(paths.count >= 10, "\(paths)")
        var sets: [AnswerSet] = []
        for path in paths {
            let result = try AnswersReader.read(path: root + "/" + path, resolver: FixedResolver(questionnaires))
            let file = try #require(result.file, "\(path): \(result.diagnostics)")
            for response in file.responses {
                sets.append(AnswerSet(label: path, response: response, role: file.respondent.askedRole))
            }
        }
        return sets
    }

    /// The answer sets for `questionnaire`: its examples as they are, at their lowest and at
    /// their highest; and for every role (and none) a full set, at its lowest, at its highest,
    /// none at all, n.v.t. and *weet ik niet* wherever offered; and `random` random sets.
    static func answerSets(for questionnaire: Questionnaire, examples: [AnswerSet], random: Int = 24) -> [AnswerSet] {
        var sets: [AnswerSet] = []
        for example in examples
        where example.response.questionnaire == questionnaire.id && example.response.version == questionnaire.version {
            sets.append(example)
            sets.append(
                AnswerSet(label: example.label + " lowest", response: extreme(example.response, questionnaire, lowest: true), role: example.role))
            sets.append(
                AnswerSet(label: example.label + " highest", response: extreme(example.response, questionnaire, lowest: false), role: example.role))
        }
        let full = fullResponse(questionnaire)
        let made: [(String, Response)] = [
            ("full", full),
            ("lowest", extreme(full, questionnaire, lowest: true)),
            ("highest", extreme(full, questionnaire, lowest: false)),
            ("no answers", Response(questionnaire: questionnaire.id, version: questionnaire.version)),
            ("n.v.t. where offered", choosing(\.isNotApplicable, in: full, questionnaire)),
            ("weet-niet where offered", choosing(\.unknown, in: full, questionnaire)),
        ]
        let roles: [String?] = [nil] + questionnaire.roles.map(\.id)
        for (label, response) in made {
            for role in roles { sets.append(AnswerSet(label: label, response: response, role: role)) }
        }
        var generator = SeededGenerator(seed: UInt64(truncatingIfNeeded: questionnaire.reference.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        for index in 0..<random {
            let role = roles[index % roles.count]
            sets.append(AnswerSet(label: "random \(index)", response: randomResponse(questionnaire, &generator), role: role))
        }
        return sets
    }

    // MARK: Answers made from the questions

    /// The options that carry a value, from the lowest value to the highest.
    static func valued(_ options: [AnswerOption]) -> [AnswerOption] {
        options.filter { $0.value != nil }.sorted { $0.value! < $1.value! }
    }

    /// Every question answered: a middle option, the first choice, two of several, yes, a
    /// number between the bounds, a text.
    static func fullResponse(_ questionnaire: Questionnaire) -> Response {
        var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
        for question in questionnaire.questions {
            let value: AnswerValue
            switch question.kind {
            case .scale(let scale):
                let options = valued(scale.options)
                guard !options.isEmpty else { continue }
                value = .option(options[options.count / 2].key)
            case .choice(let options):
                guard let first = options.first else { continue }
                value = .option(first.key)
            case .multi(let options):
                value = .options(options.prefix(2).map(\.key))
            case .yesno:
                value = .yesno(true)
            case .number(let min, let max):
                value = .number((((min ?? 0) + (max ?? (min ?? 0) + 10)) / 2).rounded())
            case .text:
                value = .text("Een toelichting.")
            }
            response.answers[question.id] = Answer(value)
        }
        return response
    }

    /// Every scale and choice question at its lowest (or highest) valued option, every yes/no
    /// no (or yes), every number at its bound; multiple choice none (or all); texts kept.
    static func extreme(_ base: Response, _ questionnaire: Questionnaire, lowest: Bool) -> Response {
        var response = base
        for question in questionnaire.questions {
            switch question.kind {
            case .scale(let scale):
                let options = valued(scale.options)
                if let option = lowest ? options.first : options.last { response.answers[question.id] = Answer(.option(option.key)) }
            case .choice(let options):
                let ordered = valued(options).isEmpty ? options : valued(options)
                if let option = lowest ? ordered.first : ordered.last { response.answers[question.id] = Answer(.option(option.key)) }
            case .multi(let options):
                response.answers[question.id] = Answer(.options(lowest ? [] : options.map(\.key)))
            case .yesno:
                response.answers[question.id] = Answer(.yesno(!lowest))
            case .number(let min, let max):
                response.answers[question.id] = Answer(.number(lowest ? (min ?? 0) : (max ?? 1000)))
            case .text:
                continue
            }
        }
        return response
    }

    /// `base` with every question that offers an option matching `which` answered with it.
    static func choosing(_ which: (AnswerOption) -> Bool, in base: Response, _ questionnaire: Questionnaire) -> Response {
        var response = base
        for question in questionnaire.questions {
            if let option = question.kind.options.first(where: which) {
                response.answers[question.id] = Answer(question.kind.name == "multi" ? .options([option.key]) : .option(option.key))
            }
        }
        return response
    }

    /// Each question left open one time in four, else answered with any of its options (n.v.t.
    /// and *weet ik niet* too), yes or no, a number in its bounds, or a text.
    static func randomResponse(_ questionnaire: Questionnaire, _ generator: inout SeededGenerator) -> Response {
        var response = Response(questionnaire: questionnaire.id, version: questionnaire.version)
        for question in questionnaire.questions where generator.small() % 4 != 0 {
            let options = question.kind.options
            let value: AnswerValue
            switch question.kind {
            case .scale, .choice:
                guard !options.isEmpty else { continue }
                value = .option(options[generator.small() % options.count].key)
            case .multi:
                value = .options(options.filter { _ in generator.small() % 2 == 0 }.map(\.key))
            case .yesno:
                value = .yesno(generator.small() % 2 == 0)
            case .number(let min, let max):
                let low = Int(min ?? 0), high = Int(max ?? 100)
                value = .number(Double(low + generator.small() % Swift.max(1, high - low + 1)))
            case .text:
                value = .text("Tekst \(generator.small())")
            }
            response.answers[question.id] = Answer(value)
        }
        return response
    }
}
