import Assessment
import FuzzSupport
import Questionnaire
import RuleLanguage

/// A real questionnaire and the answers of one respondent to it, to check and evaluate in;
/// libFuzzer runs the target on one thread.
nonisolated(unsafe) private let setting: (environment: QuestionnaireEnvironment, context: RespondentContext)? = {
    let questionnaires = Repository.questionnaires
    let resolver = FixedResolver(questionnaires)
    for path in Repository.yamlFiles(under: "Examples") {
        guard let file = try? AnswersReader.read(path: path, resolver: resolver).file else { continue }
        for response in file.responses {
            guard let questionnaire = questionnaires.first(where: { $0.id == response.questionnaire && $0.version == response.version })
            else { continue }
            let role = file.respondent.role
            let hidden = RespondentContext.hiddenQuestions(questionnaire, response: response, role: role)
            let card = Scorer(questionnaire).score(response, hidden: hidden)
            let environment = QuestionnaireEnvironment(
                questionnaireID: questionnaire.id, themes: questionnaire.themes, roles: questionnaire.roles)
            return (environment, RespondentContext(
                questionnaire: questionnaire, response: response, role: role, hidden: hidden, card: card))
        }
    }
    return nil
}()

/// The rule language: any text parses to a tree or errors; the tree's canonical text
/// parses back to the same tree; a tree that type-checks evaluates without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = String(decoding: Oracle.bytes(data, size), as: UTF8.self)
    guard case .success(let expression) = RuleParser.parse(source) else { return 0 }
    let canonical = expression.description
    if canonical.unicodeScalars.count <= RuleParser.maximumLength {
        switch RuleParser.parse(canonical) {
        case .success(let again):
            Oracle.require(again == expression, "\(source.debugDescription) prints as \(canonical.debugDescription), which parses differently")
        case .failure(let errors):
            // `--x` prints as `-(-x)`, and parentheses count as levels: a chain of minus
            // signs near the limit prints deeper than the parser accepts (see CanonicalFormTests).
            let deeper = canonical.contains("-(-") && errors.errors.allSatisfy { $0.message.en.hasPrefix("expression is nested too deeply") }
            Oracle.require(deeper, "\(source.debugDescription) prints as \(canonical.debugDescription), which does not parse: \(errors)")
        }
    }
    guard let setting else { return 0 }
    for expected in [nil, ValueType.bool] {
        guard case .success(let checked) = TypeChecker.check(expression, in: setting.environment, expecting: expected) else {
            continue
        }
        _ = Evaluator.evaluate(checked, in: setting.context)
    }
    return 0
}

/// The entry point SwiftPM links as `main`; see ``FuzzDriver``.
@_cdecl("FuzzRules_main")
public func fuzzRulesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzRules)
}
