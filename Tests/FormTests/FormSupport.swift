import Assessment
import Foundation
import Questionnaire
import Reports
import TestSupport
import Testing

/// What the browser form's tests share: the questionnaires, a form open in Chromium, and
/// answers as the page's script holds them (JSON).
enum FormSupport {
    /// Chromium is installed here, or CI, which must run these tests.
    static var available: Bool { HeadlessBrowser.executable != nil || ProcessInfo.processInfo.environment["CI"] != nil }

    static func load(_ path: String) throws -> Questionnaire {
        let result = try QuestionnaireLoader.load(path: path)
        return try #require(result.questionnaire, "\(path): \(result.diagnostics)")
    }

    /// The fixture with every kind of question and every kind of condition.
    static func fixture() throws -> Questionnaire {
        try load(Fixtures.path("zichtbaar/1.0.0.yaml"))
    }

    /// The newest version of each shipped questionnaire.
    static func shipped() throws -> [Questionnaire] {
        try (1...4).map { number in
            let folder = Fixtures.repositoryPath("questionnaires/waarborg-\(number)")
            let newest = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
                .compactMap { name in SemanticVersion(String(name.dropLast(5))).map { ($0, name) } }.max { $0.0 < $1.0 }
            return try load(folder + "/" + #require(newest).1)
        }
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "waarborg-form-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `form` into `folder` and opens it in a new browser.
    static func open(_ form: BrowserForm, in folder: String, downloads: String? = nil) throws -> HeadlessBrowser {
        let page = folder + "/vragenlijst.html"
        try form.html().write(toFile: page, atomically: true, encoding: .utf8)
        let browser = try HeadlessBrowser(folder: folder, downloads: downloads)
        try browser.open("file://" + page)
        return browser
    }

    static func role(_ id: String) -> Role {
        Role.defaults.first { $0.id == id } ?? Role(id: id, label: LocalizedText(id), group: nil)
    }

    /// An answer as the page's script holds it.
    static func json(_ answer: Answer) -> [String: Any] {
        let value: [String: Any] =
            switch answer.value {
            case .option(let key): ["option": key]
            case .options(let keys): ["options": keys]
            case .yesno(let yes): ["yesno": yes]
            case .number(let number): ["number": number]
            case .text(let text): ["text": text]
            }
        return ["value": value, "note": answer.note as Any? ?? NSNull(), "evidence": answer.evidence as Any? ?? NSNull()]
    }

    /// An answers file as the page's script holds it, for its writer.
    static func json(_ file: AnswersFile, questionnaires: [Questionnaire]) -> [String: Any] {
        let respondent: [String: Any] = [
            "name": file.respondent.name, "role": file.respondent.role, "organisation": file.respondent.organisation,
            "school": file.respondent.school as Any? ?? NSNull(), "kind": file.respondent.kind.rawValue,
        ]
        let responses: [[String: Any]] = file.responses.map { response in
            let questionnaire = questionnaires.first { $0.id == response.questionnaire && $0.version == response.version }
            return [
                "questionnaire": response.questionnaire, "version": response.version.description,
                "digest": response.digest as Any? ?? NSNull(),
                "order": questionnaire?.questions.map(\.id.description) ?? [],
                "answers": Dictionary(uniqueKeysWithValues: response.answers.map { ($0.key.description, json($0.value)) }),
                "skipped": response.skipped.map(\.description),
            ]
        }
        return [
            "respondent": respondent, "started": file.started as Any? ?? NSNull(), "updated": file.updated as Any? ?? NSNull(),
            "responses": responses,
        ]
    }

    /// A JavaScript literal of a JSON value.
    static func literal(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed]), as: UTF8.self)
    }
}
