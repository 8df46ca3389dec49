/// What a respondent does, whatever the terminal: keys in a TTY and lines from a pipe are
/// both turned into actions (see `KeyMap` and `PlainInput`).
public enum Action: Sendable, Equatable {
    /// Moves the cursor over the options.
    case up
    case down
    /// Chooses the option at this index (0-based): answers at once, or toggles it in a
    /// multiple-choice question.
    case choose(Int)
    /// Chooses exactly these options of a multiple-choice question and confirms.
    case chooseSet([Int])
    /// Enter on a list: chooses the option under the cursor, or confirms a multiple choice.
    case confirm
    /// Keeps the current answer or text and goes on (an empty line in plain mode).
    case keep
    /// A typed line: a name, a number, a text answer, a note.
    case submit(String)
    case back
    case help
    case skip
    /// Saves and stops.
    case quit
    /// Input that means nothing here; the interview says what it expected.
    case invalid(String)
}
