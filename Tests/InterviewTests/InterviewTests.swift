import Assessment
import Interview
import Questionnaire
import Testing

@Suite struct InterviewTests {
    typealias F = InterviewFixture

    @Test func asksWhoIsAnsweringThenTheFirstQuestion() throws {
        var interview = Interview(questionnaires: [try F.questionnaire()])
        #expect(interview.step == .respondent(.name))
        #expect(interview.file == nil)
        #expect(interview.perform(.submit("  ")) == .init())
        #expect(interview.screen.error != nil)
        interview.run(.submit("Anna"))
        #expect(interview.step == .respondent(.role))
        #expect(interview.screen.choices?.options.map(\.label).contains("Schoolopleider") == true)
        interview.run(.down, .down, .down, .down, .confirm)
        #expect(interview.step == .respondent(.organisation))
        interview.run(.submit("Stichting De Linde"))
        let outcome = interview.perform(.submit(""))
        #expect(outcome.save)
        #expect(interview.file?.respondent == Respondent(name: "Anna", role: "schoolopleider", organisation: "Stichting De Linde"))
        #expect(interview.step == .question(0, .answer))
        // Before the first question: what this role gets, then the questionnaire's introduction.
        #expect(
            interview.screen.intro
                == "Voor jouw rol (Schoolopleider): 5 vragen, ongeveer 3 minuten (en tot 2 vervolgvragen, afhankelijk van je antwoorden: dan tot 4 minuten).\n\nEen proef."
        )
        #expect(
            interview.screen.progress
                == Progress(
                    questionnaire: "Proef", theme: "Rollen", number: 1, count: 1, percent: 0,
                    overall: 1, overallCount: 5, themeNumber: 1, themeCount: 2, minutesLeft: 3))
    }

    @Test func aChosenAnswerAsksItsNoteAndEvidenceBeforeItIsSaved() throws {
        var interview = try F.started()
        #expect(interview.perform(.choose(2)) == .init())
        #expect(interview.step == .question(0, .remark(.note)))
        #expect(interview.answer("rollen.schoolopleider") == nil)
        interview.run(.submit(""))
        #expect(interview.step == .question(0, .remark(.evidence)))
        interview.run(.submit(""))
        #expect(interview.screen.error == "Bij deze vraag is een onderbouwing nodig.")
        let outcome = interview.perform(.submit("Formatieplan"))
        #expect(outcome.save)
        #expect(interview.answer("rollen.schoolopleider") == Answer(.option("3"), evidence: "Formatieplan"))
        #expect(interview.step == .question(F.index(interview, "rollen.taakprofiel"), .answer))
    }

    @Test func notApplicableNeedsNoEvidence() throws {
        var interview = try F.started()
        interview.run(.choose(4), .submit("Geen scholen met stagiairs"))
        #expect(interview.answer("rollen.schoolopleider") == Answer(.option("n"), note: "Geen scholen met stagiairs"))
    }

    @Test func hiddenQuestionsAreNotAsked() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("Niemand aangesteld"))
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.plan"), .answer))
        #expect(interview.screen.progress?.number == 1)
        #expect(interview.screen.progress?.count == 4)
    }

    @Test func anAnswerThatBecomesHiddenIsRemovedAndTheRespondentTold() throws {
        var interview = try F.started()
        interview.run(.choose(2), .submit(""), .submit("Besluit"))
        interview.run(.choose(1), .submit("In concept"))
        interview.run(.submit("6"))
        #expect(interview.answer("rollen.uren") == Answer(.number(6)))
        interview.run(.back, .back, .back)
        #expect(interview.step == .question(0, .answer))
        #expect(interview.screen.choices?.cursor == 2)
        let outcomes = interview.run(.choose(0), .keep, .keep)
        #expect(outcomes.last?.removed == [F.id("rollen.taakprofiel"), F.id("rollen.uren")])
        #expect(interview.answer("rollen.taakprofiel") == nil)
        #expect(interview.answer("rollen.uren") == nil)
        #expect(interview.screen.notices.count == 2)
        #expect(interview.screen.notices[0].contains("Er is een taakprofiel."))
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.plan"), .answer))
    }

    @Test func requiredQuestionsCannotBeSkippedOptionalOnesCan() throws {
        var interview = try F.started()
        #expect(interview.perform(.skip) == .init())
        #expect(interview.screen.error?.contains("n.v.t.") == true)
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(1))
        interview.run(.chooseSet([0, 2]), .submit("Meer tijd"))
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.leiding"), .answer))
        let outcome = interview.perform(.skip)
        #expect(outcome.save)
        #expect(interview.file?.responses.first?.skipped == [F.id("ontwikkeling.leiding")])
        #expect(interview.step == .review)
    }

    @Test func backFromTheFirstQuestionReturnsToTheRespondent() throws {
        var interview = try F.started()
        interview.run(.back)
        #expect(interview.step == .respondent(.school))
        interview.run(.back, .back)
        #expect(interview.step == .respondent(.role))
        #expect(interview.screen.choices?.cursor == 2)
        interview.run(.keep, .keep, .submit("OBS De Vlinder"))
        #expect(interview.file?.respondent.school == "OBS De Vlinder")
        #expect(interview.step == .question(0, .answer))
    }

    @Test func theRoleDecidesRoleConditions() throws {
        var interview = try F.started(role: 0)
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(1), .chooseSet([]), .submit("Niets"))
        #expect(interview.step == .review)
        #expect(interview.openItems.isEmpty)
    }

    @Test func multipleChoiceTogglesAndConfirms() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(0))
        #expect(interview.screen.choices?.multi == true)
        interview.run(.choose(2), .choose(0), .choose(2), .down)
        #expect(interview.screen.choices?.selected == [0])
        interview.run(.choose(1), .confirm)
        #expect(interview.answer("ontwikkeling.onderwerpen") == Answer(.options(["begeleiden", "beoordelen"])))
    }

    @Test func numbersAreCheckedAndMayUseADecimalComma() throws {
        var interview = try F.started()
        interview.run(.choose(2), .submit(""), .submit("Besluit"), .choose(1), .submit("Concept"))
        interview.run(.submit("41"))
        #expect(interview.screen.error == "Typ een getal (een getal van 0 tot en met 40).")
        interview.run(.submit("veel"))
        #expect(interview.answer("rollen.uren") == nil)
        interview.run(.submit("2,5"))
        #expect(interview.answer("rollen.uren") == Answer(.number(2.5)))
    }

    @Test func quittingKeepsWhatWasConfirmedOnly() throws {
        var interview = try F.started()
        interview.run(.choose(2), .submit(""), .submit("Besluit"), .choose(1))
        #expect(interview.perform(.quit) == .init())
        #expect(interview.step == .stopped)
        #expect(interview.isOver)
        #expect(interview.answer("rollen.taakprofiel") == nil)
        #expect(interview.answer("rollen.schoolopleider") != nil)
    }

    @Test func resumingStartsAtTheFirstOpenQuestion() throws {
        let questionnaire = try F.questionnaire()
        let file = AnswersFile(
            respondent: Respondent(name: "Anna", role: "leraar", organisation: "De Linde"),
            responses: [
                Response(
                    questionnaire: "proef", version: questionnaire.version,
                    answers: [F.id("rollen.schoolopleider"): Answer(.option("1"), evidence: "x"), F.id("ontwikkeling.plan"): Answer(.yesno(false))])
            ])
        var interview = Interview(questionnaires: [questionnaire], file: file)
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.onderwerpen"), .answer))
        #expect(interview.file?.responses.first?.digest == questionnaire.source.digest)
        interview.run(.back)
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.plan"), .answer))
        #expect(interview.screen.choices?.cursor == 1)
        #expect(interview.screen.current == "nee")
    }

    @Test func theReviewListsOpenQuestionsAndReturnsAfterAnswering() throws {
        let questionnaire = try F.questionnaire()
        let file = AnswersFile(
            respondent: Respondent(name: "Anna", role: "leraar", organisation: "De Linde"),
            responses: [
                Response(
                    questionnaire: "proef", version: questionnaire.version,
                    answers: [
                        F.id("rollen.schoolopleider"): Answer(.option("1"), evidence: "x"),
                        F.id("ontwikkeling.plan"): Answer(.yesno(false)),
                        F.id("ontwikkeling.onderwerpen"): Answer(.options([])),
                    ],
                    skipped: [F.id("ontwikkeling.leiding")])
            ])
        var interview = Interview(questionnaires: [questionnaire], file: file)
        // wensen is open, leiding skipped: the interview resumes at wensen and goes on in order.
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.wensen"), .answer))
        interview.run(.submit("Niets"))
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.leiding"), .answer))
        interview.run(.keep)
        #expect(interview.step == .review)
        #expect(interview.openItems == [F.index(interview, "ontwikkeling.leiding")])
        let screen = interview.screen
        #expect(screen.choices?.options.map(\.label) == ["De schoolleiding steunt.", "Afronden (1 vraag blijft open)"])
        #expect(screen.choices?.options.first?.detail == "Proef · Ontwikkeling · overgeslagen")
        #expect(screen.choices?.cursor == 1)
        interview.run(.choose(0))
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.leiding"), .answer))
        #expect(interview.screen.current == "overgeslagen")
        interview.run(.choose(3))
        #expect(interview.step == .review)
        #expect(interview.openItems.isEmpty)
        #expect(interview.screen.intro == "Alle vragen zijn beantwoord.")
        interview.run(.confirm)
        #expect(interview.step == .finished)
        let summary = interview.summary
        #expect(summary.total.shown == 5)
        #expect(summary.total.answered == 5)
        #expect(summary.parts.first?.themes.first?.remarks == 1)
    }

    @Test func anEmptyOptionalTextSkipsIt() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(0), .chooseSet([]))
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.wensen"), .answer))
        let outcome = interview.perform(.submit(" "))
        #expect(outcome.save)
        #expect(interview.file?.responses.first?.skipped == [F.id("ontwikkeling.wensen")])
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.leiding"), .answer))
    }

    @Test func aTextAnswerIsNotFollowedByAnOptionalNote() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(0), .chooseSet([]))
        let outcome = interview.perform(.submit("Meer tijd"))
        #expect(outcome.save)
        #expect(interview.answer("ontwikkeling.wensen") == Answer(.text("Meer tijd")))
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.leiding"), .answer))
    }

    @Test func helpIsShownOnRequest() throws {
        var interview = try F.started()
        #expect(interview.screen.help == nil)
        interview.run(.help)
        #expect(interview.screen.help == "Denk aan een aanstelling met uren.")
        interview.run(.help)
        #expect(interview.screen.help == nil)
    }

    @Test func speaksEnglishWithLanguageEn() throws {
        let interview = try F.started(language: "en")
        let screen = interview.screen
        #expect(screen.text == "Every school has a school-based educator.")
        #expect(screen.tags == ["core"])
        #expect(screen.choices?.options.first?.label == "Not yet")
        #expect(screen.keys.contains("q save and stop"))
        #expect(screen.progress?.questionnaire == "Trial")
    }

    @Test func otherQuestionnairesInTheFileAreKept() throws {
        let questionnaire = try F.questionnaire()
        let other = Response(questionnaire: "waarborg-9", version: SemanticVersion(2, 0, 0), answers: [F.id("a.b"): Answer(.option("1"))])
        let file = AnswersFile(respondent: Respondent(name: "Anna", role: "leraar", organisation: "De Linde"), responses: [other])
        var interview = Interview(questionnaires: [questionnaire], file: file)
        interview.run(.choose(0), .submit(""), .submit("x"))
        #expect(interview.file?.responses.count == 2)
        #expect(interview.file?.responses.first == other)
    }
}

/// A joint self-assessment (`kind: consensus`) is continued in `fill` without a role.
@Suite struct ConsensusInterviewTests {
    typealias F = InterviewFixture

    static func file(_ questionnaire: Questionnaire) -> AnswersFile {
        AnswersFile(
            respondent: Respondent(name: "Bestuur De Linde", role: "", organisation: "De Linde", kind: .consensus),
            responses: [
                Response(
                    questionnaire: "proef", version: questionnaire.version,
                    answers: [F.id("rollen.schoolopleider"): Answer(.option("1"), evidence: "x")])
            ])
    }

    @Test func itContinuesWithoutARoleAndStaysAConsensus() throws {
        let questionnaire = try F.questionnaire()
        var interview = Interview(questionnaires: [questionnaire], file: Self.file(questionnaire))
        #expect(interview.role == nil)
        guard case .question = interview.step else {
            Issue.record("a consensus file should continue at a question, not at \(interview.step)")
            return
        }
        // Back to the respondent: the role's screen is passed both ways.
        interview.run(.back)
        while case .question = interview.step { interview.run(.back) }
        #expect(interview.step == .respondent(.school))
        interview.run(.back)
        #expect(interview.step == .respondent(.organisation))
        interview.run(.back)
        #expect(interview.step == .respondent(.name))
        interview.run(.keep)
        #expect(interview.step == .respondent(.organisation))
        interview.run(.keep, .keep)
        #expect(interview.file?.respondent.isConsensus == true)
        #expect(interview.file?.respondent.role == "")
    }

    @Test func aQuestionShownOnlyByTheRoleIsNotAsked() throws {
        let questionnaire = try F.questionnaire()
        let file = Self.file(questionnaire)
        let interview = Interview(questionnaires: [questionnaire], file: file)
        // `leiding` is shown when role() != "bestuurder": without a role that is empty, so not true.
        let response = try #require(interview.file?.responses.first)
        #expect(!Visibility(questionnaire, role: interview.role).isShown(F.id("ontwikkeling.leiding"), in: response))
        #expect(Visibility(questionnaire, role: "schoolleider").isShown(F.id("ontwikkeling.leiding"), in: response))
    }
}
