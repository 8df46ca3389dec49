import Diagnostics
import Interview

/// Draws an interview screen full-screen on a terminal: wrapped to its width, trimmed to
/// its height, colour only when allowed.
struct ScreenRenderer {
    var columns: Int
    var rows: Int
    var colour: Bool
    var strings: Strings

    /// The bytes that draw `screen`, with the line being typed when it asks for a line.
    func frame(_ screen: Screen, editor: LineEditor?) -> String {
        // Every line is drawn after one space; a line as wide as the terminal would wrap.
        let width = max(10, columns - 2)
        var top: [String] = []
        var intro: [String] = []
        var body: [String] = []
        var bottom: [String] = []

        if let progress = screen.progress {
            // The position goes beside the bar, so a narrow terminal clips only the titles.
            top.append(dim(clip(progress.questionnaire + " · " + progress.theme, width)))
            let position = strings.position(progress)
            let room = width - position.count - 2
            // Too narrow for a bar beside the position: the position alone, clipped.
            top.append(room >= 10 ? dim(bar(progress.percent, width: min(40, room)) + "  " + position) : dim(clip(position, width)))
        } else {
            top.append(bold(clip(screen.heading, width)))
        }
        if let subheading = screen.subheading {
            top.append("")
            top.append(bold(clip(subheading, width)))
        }
        if let text = screen.intro {
            intro.append("")
            intro += wrap(text, width).map(dim)
        }
        let tags = screen.tags.isEmpty ? "" : "  [" + screen.tags.joined(separator: ", ") + "]"
        if !screen.text.isEmpty, screen.text != screen.lineLabel {
            body.append("")
            body += wrap(screen.text + tags, width).map(bold)
        }
        if let note = screen.tagNote {
            body += wrap(note, width, indent: 2).map(dim)
        }
        if let help = screen.help {
            body.append("")
            body += wrap(strings.helpLabel + ": " + help, width, indent: 2).map { paint($0, "36") }
        }
        // The question's own lines come first in the body; what follows is the input.
        let questionEnd = body.count
        var cursorRow: Int?
        /// The line of the body that must stay in view: the cursor's option or the typed line.
        var focus: Int?
        var cursorColumn = 1
        switch screen.input {
        case .choices(let choices):
            body.append("")
            for (index, option) in choices.options.enumerated() {
                let number = "\(index + 1)"
                let key = option.key.flatMap { $0 == number ? nil : "[\($0)]" }
                let tick = choices.multi ? (choices.selected.contains(index) ? "[x] " : "[ ] ") : ""
                let marker = index == choices.cursor ? "›" : " "
                let label = "\(marker) \(number.count < 2 ? " " : "")\(number)  \(tick)\(option.label)" + (key.map { "  " + $0 } ?? "")
                let lines = wrap(label, width, indent: 6)
                if index == choices.cursor || (choices.cursor == nil && index == 0) { focus = body.count }
                body += index == choices.cursor ? lines.map(highlight) : lines
                if let detail = option.detail { body += wrap(detail, width - 6).map { dim("      " + $0) } }
            }
            if let current = screen.current {
                body.append("")
                body += wrap(strings.currentLabel + ": " + current, width).map(dim)
            }
        case .line(let label, _, _):
            if let current = screen.current {
                body.append("")
                body += wrap(current, width).map(dim)
            }
            body.append("")
            body += wrap(label + ":", width)
            let text = editor?.text ?? []
            let position = editor?.cursor ?? 0
            // Long lines scroll sideways so the cursor stays in view.
            let room = max(10, width - 2)
            let first = max(0, position - room + 1)
            let shown = String(text[first..<min(text.count, first + room)])
            body.append("› " + shown)
            cursorRow = body.count
            focus = body.count - 1
            cursorColumn = 3 + position - first
        }
        for notice in screen.notices {
            bottom.append("")
            bottom += wrap("* " + notice, width, indent: 2).map { paint($0, "33") }
        }
        if let error = screen.error {
            bottom.append("")
            bottom += wrap("! " + error, width, indent: 2).map { paint($0, "31") }
        }
        bottom.append("")
        bottom += wrap(screen.keys, width).map(dim)

        // Too tall: the introduction is cut from its end (its first paragraph, such as what
        // the role gets, stays while it fits), with a marker.
        let room = max(1, rows - 1)
        let spare = room - top.count - body.count - bottom.count
        if intro.count > spare {
            intro = spare >= 3 ? Array(intro.prefix(spare - 1)) + [dim("  …")] : []
        }
        // Still too tall: the terminal is too small for this screen. It says so, keeps the
        // question's text at the top (cut at its end, with a marker, only when even that
        // does not fit), and shows the options around the cursor, with a marker for each
        // run of lines left out, so nothing is cut off unseen.
        if top.count + body.count + bottom.count > room {
            let needed = top.count + body.count + bottom.count + 1
            top = Array(top.prefix(2))
            // Below: the notice, the first line of an error, and the keys (what works here).
            let keys = wrap(screen.keys, width).map(dim)
            let error = screen.error.map { wrap("! " + $0, width, indent: 2).map { paint($0, "31") } } ?? []
            bottom = [paint(clip(strings.terminalTooSmall(rows: needed), width), "33")] + error.prefix(1) + keys
            let budget = max(2, room - top.count - bottom.count)
            var question = Array(body[..<questionEnd])
            var input = Array(body[questionEnd...])
            var inputFocus = focus.map { $0 - questionEnd }.flatMap { $0 >= 0 ? $0 : nil } ?? 0
            // The input keeps at least its focus line and a marker on each side.
            let inputRoom = max(min(input.count, 3), budget - question.count)
            if input.count > inputRoom {
                let window = max(1, inputRoom - 2)
                let start = max(0, min(inputFocus - window / 2, input.count - window))
                let end = min(input.count, start + window)
                var kept: [String] = []
                if start > 0 { kept.append(dim(clip(strings.moreAbove(start), width))) }
                kept += input[start..<end]
                if end < input.count { kept.append(dim(clip(strings.moreBelow(input.count - end), width))) }
                inputFocus = inputFocus - start + (start > 0 ? 1 : 0)
                input = kept
            }
            let questionRoom = max(1, budget - input.count)
            if question.count > questionRoom {
                // Leading blank lines go first; then the text is cut at its end.
                while question.count > questionRoom, question.first?.isEmpty == true { question.removeFirst() }
                if question.count > questionRoom {
                    question =
                        Array(question.prefix(max(1, questionRoom - 1))) + [
                            dim(clip(strings.moreBelow(question.count - max(1, questionRoom - 1)), width))
                        ]
                }
            }
            body = question + input
            if focus != nil { focus = question.count + inputFocus }
            if cursorRow != nil { cursorRow = question.count + inputFocus + 1 }
            // A terminal of a few rows: the headings go, then the lines below, and the body is
            // cut around its focus, which always stays in view.
            if top.count + body.count + bottom.count > room { top = [] }
            if top.count + body.count + bottom.count > room { bottom = Array(bottom.prefix(max(0, room - body.count))) }
            if body.count > room {
                let keep = focus ?? 0
                let start = max(0, min(keep - room / 2, body.count - room))
                body = Array(body[start..<(start + room)])
                if let row = cursorRow { cursorRow = row - start }
            }
        }
        let lines = top + intro + body + bottom
        var out = "\u{1B}[H\u{1B}[2J" + lines.prefix(room).map { " " + $0 }.joined(separator: "\r\n")
        if let row = cursorRow, top.count + intro.count + row <= room, row >= 1 {
            let absolute = top.count + intro.count + row
            out += "\u{1B}[\(absolute);\(cursorColumn + 1)H\u{1B}[?25h"
        } else {
            out += "\u{1B}[?25l"
        }
        return out
    }

    // MARK: Text

    /// `text` in lines of at most `width` characters, breaking at spaces; lines after the
    /// first are indented by `indent`. Control characters from files are made visible.
    func wrap(_ text: String, _ width: Int, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in TerminalText.sanitized(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = lines.isEmpty ? "" : pad
            var started = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if !started {
                    line += word
                    started = true
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = pad + word
                }
                while line.count > width {
                    lines.append(String(line.prefix(width)))
                    line = pad + line.dropFirst(width)
                }
            }
            lines.append(line)
        }
        return lines
    }

    private func clip(_ text: String, _ width: Int) -> String {
        let clean = TerminalText.sanitized(text, keepNewlines: false)
        return clean.count <= width ? clean : String(clean.prefix(width - 1)) + "…"
    }

    private func bar(_ percent: Int, width: Int) -> String {
        let filled = max(0, min(width, width * percent / 100))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    private func bold(_ text: String) -> String { paint(text, "1") }
    private func dim(_ text: String) -> String { paint(text, "2") }
    private func highlight(_ text: String) -> String { colour ? "\u{1B}[7m" + text + "\u{1B}[0m" : text }

    private func paint(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
