/// Prints a screen as plain numbered text, for pipes, dumb terminals and screen readers.
public enum PlainRenderer {
    /// The screen as text ending in the prompt (without a line break after it).
    ///
    /// `previous` is the screen printed before: headings, introductions and options that did
    /// not change are not repeated, so a screen reader hears only what is new.
    public static func render(_ screen: Screen, previous: Screen?, strings: Strings) -> String {
        var lines: [String] = []
        for notice in screen.notices { lines.append("* " + notice) }
        if let error = screen.error { lines.append("! " + error) }
        let sameQuestion =
            previous.map { $0.text == screen.text && $0.heading == screen.heading && $0.progress?.theme == screen.progress?.theme } ?? false
        if previous?.heading != screen.heading, !screen.heading.isEmpty {
            lines.append("")
            lines.append("== " + screen.heading + " ==")
        }
        if let intro = screen.intro, previous?.intro != intro {
            lines.append(intro)
        }
        if !sameQuestion {
            if let progress = screen.progress { lines.append("[" + strings.progress(progress) + "]") }
            if !screen.text.isEmpty, !screen.isLine || screen.text != screen.lineLabel {
                lines.append(screen.text + (screen.tags.isEmpty ? "" : " (" + screen.tags.joined(separator: ", ") + ")"))
            }
            if let note = screen.tagNote { lines.append(note) }
        }
        if let help = screen.help, previous?.help != help { lines.append(strings.helpLabel + ": " + help) }
        switch screen.input {
        case .choices(let choices):
            if !sameQuestion || previous?.choices?.options != choices.options {
                for (index, option) in choices.options.enumerated() {
                    let number = "\(index + 1)"
                    let key = option.key.flatMap { $0 == number ? nil : " [\($0)]" } ?? ""
                    let tick = choices.multi ? (choices.selected.contains(index) ? "[x] " : "[ ] ") : ""
                    lines.append("  \(number)) \(tick)\(option.label)\(key)")
                    if let detail = option.detail { lines.append("       " + detail) }
                }
            }
            if let current = screen.current, !sameQuestion || previous?.current != current {
                lines.append(strings.currentLabel + ": " + current)
            }
            let keys = screen.plainKeys.isEmpty ? "" : " (" + screen.plainKeys + ")"
            lines.append(strings.choicePrompt + keys + ": ")
        case .line(let label, let initial, _):
            if !initial.isEmpty { lines.append(strings.currentLabel + ": " + initial) }
            let keys = screen.plainKeys.isEmpty ? "" : " (" + screen.plainKeys + ")"
            lines.append(label + keys + ": ")
        }
        return lines.joined(separator: "\n")
    }
}
