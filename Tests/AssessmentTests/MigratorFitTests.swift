import Assessment
import Questionnaire
import Testing

/// After a migration, `Migrator.fit` leaves out what the newer version does not accept from
/// the respondent's role, so the migrated file is one `check` accepts; each removal is said.
@Suite struct MigratorFitTests {
    static let newer = """
        questionnaire: proef
        version: 2.0.0
        title: "Proef"
        scales:
          mate:
            - {key: "1", label: "Nog niet", value: 1}
            - {key: "4", label: "Volledig", value: 4}
            - {key: "w", label: "Weet ik niet", unknown: true}
        themes:
          - id: t
            title: "Thema"
            questions:
              - {id: bestuur, text: "Alleen voor het bestuur.", roles: [bestuurder]}
              - {id: bewijs, text: "Met bewijs bij 4.", evidence: {required: true, "for": ["4"]}, note: none}
              - {id: vrij, text: "Mag overgeslagen.", required: false}
              - {id: nodig, text: "Verplicht."}
              - {id: notitie, text: "Zonder toelichting.", note: none}
        """

    private func id(_ text: String) -> QuestionID { QuestionID(text)! }

    @Test func whatTheNewerVersionRefusesIsLeftOutAndSaid() throws {
        let loaded = QuestionnaireLoader.load(bytes: Array(Self.newer.utf8), path: "proef-2.0.0.yaml")
        let questionnaire = try #require(loaded.questionnaire, "\(loaded.diagnostics)")
        var response = Response(questionnaire: "proef", version: SemanticVersion(2, 0, 0))
        response.answers[id("t.bestuur")] = Answer(.option("4"))
        response.answers[id("t.bewijs")] = Answer(.option("4"))
        response.answers[id("t.vrij")] = Answer(.option("1"))
        response.answers[id("t.notitie")] = Answer(.option("1"), note: "oud")
        response.skipped = [id("t.vrij"), id("t.nodig"), id("t.weg")]

        let (fitted, problems) = Migrator.fit(response, to: questionnaire, role: "werkplekbegeleider")
        #expect(fitted.answers[id("t.bestuur")] == nil)
        #expect(fitted.answers[id("t.bewijs")] == nil)
        #expect(fitted.answers[id("t.vrij")] == Answer(.option("1")))
        #expect(fitted.answers[id("t.notitie")] == Answer(.option("1")))
        #expect(fitted.skipped.isEmpty)
        let said = problems.map(\.description)
        #expect(said.contains { $0.hasPrefix("t.bestuur: not carried over: version 2.0.0 does not ask this of werkplekbegeleider") })
        #expect(said.contains { $0.hasPrefix("t.bewijs: not carried over: version 2.0.0 asks evidence with this answer") })
        #expect(said.contains { $0.hasPrefix("t.notitie: its note is not carried over") })
        #expect(said.contains { $0.hasPrefix("t.nodig: skip not carried over: version 2.0.0 requires an answer") })
        #expect(said.contains { $0.hasPrefix("t.weg: skip not carried over: the question is not in version 2.0.0") })
        #expect(said.contains { $0.hasPrefix("t.vrij: skip not carried over: it has an answer now") })
        // The bestuurder keeps the board's answer.
        #expect(Migrator.fit(response, to: questionnaire, role: "bestuurder").response.answers[id("t.bestuur")] != nil)
    }
}
