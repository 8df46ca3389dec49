import Assessment
import Interview
import Questionnaire
import Testing

/// Only an explicit choice records an answer: Enter records nothing until the respondent
/// pointed at an option, and the letters that answer never also move the cursor.
@Suite struct ExplicitChoiceTests {
    typealias F = InterviewFixture

    @Test func enterOnAQuestionWithoutAnAnswerRecordsNothing() throws {
        var interview = try F.started()
        #expect(interview.screen.choices?.cursor == nil)
        let outcome = interview.perform(.confirm)
        #expect(outcome == .init())
        #expect(interview.step == .question(0, .answer))
        #expect(interview.answer("rollen.schoolopleider") == nil)
        #expect(interview.screen.error == "Kies eerst een antwoord: 1–5, of n voor Niet van toepassing.")
        // The same in plain mode, where an empty line is `keep`.
        #expect(interview.perform(.keep) == .init())
        #expect(interview.step == .question(0, .answer))
    }

    @Test func movingTheCursorAndEnterChooses() throws {
        var interview = try F.started()
        interview.run(.down)
        #expect(interview.screen.choices?.cursor == 0)
        interview.run(.down, .down, .up, .confirm)
        #expect(interview.step == .question(0, .remark(.note)))
        #expect(interview.screen.current == "Gekozen: 2 (In ontwikkeling)")
    }

    @Test func theFirstArrowUpShowsTheLastOption() throws {
        var interview = try F.started()
        interview.run(.up)
        #expect(interview.screen.choices?.cursor == 4)
    }

    @Test func enterOnAnAnsweredQuestionKeepsTheAnswer() throws {
        var interview = try F.started()
        interview.run(.choose(2), .submit("Eén"), .submit("Plan"))
        let taakprofiel = F.index(interview, "rollen.taakprofiel")
        #expect(interview.step == .question(taakprofiel, .answer))
        interview.run(.back)
        #expect(interview.step == .question(0, .answer))
        #expect(interview.screen.choices?.cursor == 2)
        let outcome = interview.perform(.confirm)
        #expect(!outcome.save)
        #expect(interview.step == .question(taakprofiel, .answer))
        #expect(interview.answer("rollen.schoolopleider") == Answer(.option("3"), note: "Eén", evidence: "Plan"))
    }

    @Test func aMultipleChoiceNeedsATickOrNone() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(0))
        let multi = F.index(interview, "ontwikkeling.onderwerpen")
        #expect(interview.step == .question(multi, .answer))
        #expect(interview.perform(.confirm) == .init())
        #expect(interview.screen.error == "Zet eerst aan wat past (spatie of cijfer), of kies - voor geen.")
        #expect(interview.perform(.chooseSet([])).save)
        #expect(interview.answer("ontwikkeling.onderwerpen") == Answer(.options([])))
    }

    @Test(arguments: [
        ("nl", "j", true), ("nl", "n", false), ("nl", "J", true),
        ("en", "y", true), ("en", "j", true), ("en", "n", false),
    ])
    func lettersAnswerYesOrNo(_ language: String, _ letter: Character, _ yes: Bool) throws {
        var interview = try F.started(language: language)
        interview.run(.choose(0), .submit(""), .submit("x"))
        #expect(interview.step == .question(F.index(interview, "ontwikkeling.plan"), .answer))
        let action = try #require(KeyMap.action(for: .character(letter), on: interview.screen))
        #expect(interview.perform(action).save)
        #expect(interview.answer("ontwikkeling.plan") == Answer(.yesno(yes)))
    }

    @Test func yesOrNoNamesItsLettersAndTheWordsAreAccepted() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("x"))
        let screen = interview.screen
        #expect(KeyMap.action(for: .character("y"), on: screen) == .invalid("y"))
        #expect(PlainInput.action(for: "ja", on: screen) == .choose(0))
        #expect(PlainInput.action(for: "Nee", on: screen) == .choose(1))
        #expect(screen.keys.hasPrefix("1–2, j, n antwoordt · ↑↓ en Enter kiezen · b terug · q opslaan en stoppen"))
        interview.run(.invalid("x"))
        #expect(interview.screen.error == "'x' is geen antwoord; kies 1 tot en met 2 of j, n.")
        interview.run(.confirm)
        #expect(interview.screen.error == "Kies eerst een antwoord: 1–2, of j voor Ja of n voor Nee.")
    }

    @Test func theFooterNamesHelpSkipAndBackWhereTheyWork() throws {
        var interview = try F.started()
        #expect(interview.screen.keys == "1–5, n antwoordt · ↑↓ en Enter kiezen · ? of F1 hulp · b terug · q opslaan en stoppen")
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(0), .chooseSet([]))
        #expect(interview.screen.keys == "Enter bevestigen · leeg laten en Enter slaat over · Esc terug · Ctrl-C opslaan en stoppen")
        interview.run(.submit("Meer tijd"))
        #expect(interview.screen.keys.contains("s overslaan"))
    }

    @Test func kernIsExplainedTheFirstTimeOnly() throws {
        var interview = try F.started()
        #expect(interview.screen.tags == ["kern"])
        #expect(interview.screen.tagNote?.hasPrefix("[kern] = kernvraag") == true)
        interview.run(.choose(0), .submit(""), .submit("x"))
        #expect(interview.screen.tagNote == nil)
    }

    @Test func theSummaryNamesOpenQuestionsAndTheNextCommand() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("x"))
        let text = interview.strings.summary(interview.summary, file: "a.yaml", open: interview.openQuestions)
        #expect(text.contains("Nog open:\n  - Ontwikkeling · Er is een plan.\n"))
        #expect(text.contains("Verder invullen: waarborg fill a.yaml\n"))
        #expect(text.hasSuffix("Volgende stap, het rapport: waarborg report a.yaml\n"))
    }
}
