import Interview
import Testing

@Suite struct InputTests {
    typealias F = InterviewFixture

    @Test(arguments: [
        (Key.character("3"), Action.choose(2)),
        (.character("n"), .choose(4)),
        (.character("5"), .choose(4)),
        (.character("N"), .choose(4)),
        (.character("j"), .invalid("j")),
        (.character("k"), .invalid("k")),
        (.help, .help),
        (.down, .down),
        (.up, .up),
        (.enter, .confirm),
        (.character("?"), .help),
        (.character("b"), .back),
        (.backspace, .back),
        (.character("s"), .skip),
        (.character("q"), .quit),
        (.character("x"), .invalid("x")),
        (.character("9"), .invalid("9")),
    ])
    func keysOnAScale(_ key: Key, _ action: Action) throws {
        let screen = try F.started().screen
        #expect(KeyMap.action(for: key, on: screen) == action)
    }

    @Test func spaceTicksInAMultipleChoice() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(0))
        // No cursor yet: space is Enter, which asks to tick something first.
        #expect(KeyMap.action(for: .character(" "), on: interview.screen) == .confirm)
        #expect(KeyMap.action(for: .character("-"), on: interview.screen) == .chooseSet([]))
        interview.run(.down)
        #expect(KeyMap.action(for: .character(" "), on: interview.screen) == .choose(0))
    }

    @Test(arguments: [
        ("3", Action.choose(2)),
        (" n ", .choose(4)),
        ("N", .choose(4)),
        ("5", .choose(4)),
        ("", .keep),
        ("?", .help),
        ("terug", .back),
        ("s", .skip),
        ("stop", .quit),
        ("7", .invalid("7")),
        ("drie", .invalid("drie")),
    ])
    func linesOnAScale(_ line: String, _ action: Action) throws {
        let screen = try F.started().screen
        #expect(PlainInput.action(for: line, on: screen) == action)
    }

    @Test func linesOnAMultipleChoiceAndALinePrompt() throws {
        var interview = try F.started()
        interview.run(.choose(0), .submit(""), .submit("x"), .choose(0))
        let multi = interview.screen
        #expect(PlainInput.action(for: "1,3", on: multi) == .chooseSet([0, 2]))
        #expect(PlainInput.action(for: "inductie begeleiden", on: multi) == .chooseSet([2, 0]))
        #expect(PlainInput.action(for: "-", on: multi) == .chooseSet([]))
        #expect(PlainInput.action(for: "1,8", on: multi) == .invalid("1,8"))
        let name = Interview(questionnaires: [try F.questionnaire()]).screen
        #expect(PlainInput.action(for: "Anna", on: name) == .submit("Anna"))
        #expect(PlainInput.action(for: "", on: name) == .submit(""))
        var noted = try F.started()
        noted.run(.choose(0), .submit("Mijn toelichting"), .back)
        let note = noted.screen
        #expect(note.isLine)
        #expect(PlainInput.action(for: "", on: note) == .keep)
        #expect(PlainInput.action(for: "-", on: note) == .submit(""))
    }

    @Test func theLineEditorEdits() {
        var editor = LineEditor("Eén")
        #expect(editor.cursor == 3)
        for key in [Key.character(" "), .character("t"), .character("w"), .backspace, .character("x"), .left, .left, .delete] {
            #expect(editor.handle(key) == .editing)
        }
        #expect(editor.string == "Eén x")
        #expect(editor.handle(.home) == .editing)
        #expect(editor.handle(.character("»")) == .editing)
        #expect(editor.handle(.enter) == .submit("»Eén x"))
        #expect(editor.handle(.escape) == .cancel)
        #expect(editor.handle(.clearLine) == .editing)
        #expect(editor.handle(.endOfFile) == .endOfInput)
        #expect(editor.handle(.interrupt) == .interrupt)
    }

    @Test func plainPromptsNumberTheOptionsAndRepeatOnlyWhatIsNew() throws {
        var interview = try F.started()
        let first = interview.screen
        let text = PlainRenderer.render(first, previous: nil, strings: interview.strings)
        #expect(
            text == """

                == Proef ==
                Voor jouw rol (Schoolleider): 5 vragen, ongeveer 3 minuten (en tot 2 vervolgvragen, afhankelijk van je antwoorden: dan tot 4 minuten).

                Een proef.
                [Proef · Rollen · vraag 1 van 5 · thema 1 van 2 · ± 3 min]
                Elke school heeft een schoolopleider. (kern)
                [kern] = kernvraag: het laagste antwoord hierop is altijd een ontwikkelpunt.
                  1) Nog niet
                  2) In ontwikkeling
                  3) Grotendeels
                  4) Volledig
                  5) Niet van toepassing [n]
                Je keuze (typ het nummer of de sleutel, ? hulp, b terug, q stoppen): 
                """)
        interview.run(.invalid("7"))
        let again = PlainRenderer.render(interview.screen, previous: first, strings: interview.strings)
        #expect(
            again == """
                ! '7' is geen antwoord; kies 1 tot en met 5 of n.
                Je keuze (typ het nummer of de sleutel, ? hulp, b terug, q stoppen): 
                """)
    }
}
