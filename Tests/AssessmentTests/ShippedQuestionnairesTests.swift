import Assessment
import Foundation
import Questionnaire
import TestSupport
import Testing

/// The shipped questionnaires' newest versions as the partnership asks them to be: the
/// region's words, about one kern statement per theme, the same bands across the set, and
/// no role asked more than about 25 minutes of questions.
@Suite struct ShippedQuestionnairesTests {
    static let folder = Fixtures.repositoryPath("questionnaires")

    static func newest() throws -> [Questionnaire] {
        let catalog = try Catalog.directory(folder)
        return try catalog.ids.map { id in
            let entry = try #require(catalog.newest(id))
            let result = try catalog.load(entry)
            return try #require(result.questionnaire, "\(entry.reference): \(result.diagnostics)")
        }
    }

    /// Words the region does not use, or a second word for the same thing, with the one to use.
    static let wrongWords: [(word: String, instead: String)] = [
        ("stageplaats", "opleidingsplaats"), ("stage lopen", "een opleidingsplaats hebben"),
        ("stageloper", "student"), ("taakbeleid", "werkverdelingsplan"),
        ("zelfevaluatie", "zelfassessment"), ("begeleidingsarrangement", "inductiearrangement"),
        ("kernpunt", "kernuitspraak"), ("vastgesteld in het gmr", "vastgesteld door het bestuur"),
        ("vastgesteld in de gmr", "vastgesteld door het bestuur"),
    ]

    @Test func theNewestVersionsUseTheRegionsWords() throws {
        for questionnaire in try Self.newest() {
            // What a reader sees: the file before its migration section (which names the
            // old ids, such as stageplaatsen.voldoende), without comments.
            let file = try String(contentsOfFile: questionnaire.source.path, encoding: .utf8)
            let text = file.components(separatedBy: "\nmigration:")[0]
                .split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
                .joined(separator: "\n").lowercased()
            for (word, instead) in Self.wrongWords {
                #expect(!text.contains(word), "\(questionnaire.reference) says '\(word)'; write '\(instead)'")
            }
            #expect(text.contains("kwaliteitskader samen opleiden"), "\(questionnaire.reference) does not say whose translation it is")
        }
    }

    @Test func kernMarksAboutOneAgreementPerTheme() throws {
        for questionnaire in try Self.newest() {
            for theme in questionnaire.themes {
                let kern = theme.questions.filter(\.kern).count
                #expect(kern <= 1, "\(questionnaire.reference) theme \(theme.id) has \(kern) kern statements")
            }
        }
    }

    @Test func theBandsAreTheSameAcrossTheSet() throws {
        let sets = try Self.newest().map { questionnaire in
            questionnaire.scoring.levels.map { "\($0.id) \($0.label.text("nl"))" }
        }
        #expect(Set(sets).count == 1, "\(sets)")
        #expect(!sets.joined().contains { $0.contains("Op orde") })
    }

    @Test func noRoleAnswersMoreThanAbout25Minutes() throws {
        let questionnaires = try Self.newest()
        for role in Role.defaults {
            let workload = Workload(questionnaires, role: role.id)
            #expect(workload.minutes <= 25, "\(role.id): \(workload.questions) questions, \(workload.minutes) minutes")
        }
    }
}
